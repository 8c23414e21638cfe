using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>
/// API v1 for preparedness. Members read their own block's associations (the secretariat every block); another block's
/// association is 404. Its own admins and the secretariat change it (If-Match with the ETag of the last read: 428
/// without, 412 when stale) and confirm it; staff get 403, another association's admin 404.
/// </summary>
public static class PreparednessApi
{
    /// <summary>Members: read; admins and the secretariat: change and confirm.</summary>
    public static void Map(WebApplication app)
    {
        var read = app.MapGroup("/api/v1/preparedness").WithTags("Preparedness").RequireAuthorization(Policies.Member)
            .AddEndpointFilter(RegistryApi.CallerCulture).ProducesProblem(StatusCodes.Status401Unauthorized);
        read.MapGet("/", List).WithSummary("The preparedness of the associations the caller sees: its block (the secretariat: all, ?block= to filter)");
        read.MapGet("/{code}", Get).WithSummary("One association's emergency contacts and support capacity (ETag for If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var write = app.MapGroup("/api/v1/preparedness").WithTags("Preparedness").RequireAuthorization(Policies.Admin)
            .AddEndpointFilter(RegistryApi.CallerCulture).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        write.MapPut("/{code}", Put).WithSummary("Replace the contacts and capacity (If-Match required); saving counts as confirming")
            .Accepts<PreparednessBody>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        write.MapPost("/{code}/confirm", Confirm).WithSummary("Confirm that the stored contacts and capacity are still right (If-Match optional)")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    static async Task<Ok<List<PreparednessResource>>> List(string? block, HttpContext http, RenkeiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var entries = await ReadinessScope.ListAsync(db, who, block, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(entries.Select(e => PreparednessResource.Of(e, now, Localization.IsEnglish)).ToList());
    }

    static async Task<Results<Ok<PreparednessResource>, ProblemHttpResult>> Get(string code, HttpContext http, RenkeiDbContext db, TimeProvider clock,
        IStringLocalizer<ReadinessText> t, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        return await AnswerAsync(http, db, who, code, clock, ct) is { } ok ? ok : NotFound(t);
    }

    static async Task<Results<Ok<PreparednessResource>, ProblemHttpResult>> Put(string code, HttpContext http, RenkeiDbContext db, PreparednessRules rules,
        PreparednessEditing editing, FieldText fieldText, TimeProvider clock, IStringLocalizer<ReadinessText> t, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        if (await ReadinessScope.FindAsync(db, who, code, ct) is not { } entry || !ReadinessScope.MayEdit(http.User, entry.Code)) return NotFound(t);
        switch (RegistryApi.IfMatch(http.Request, entry.Stamp))
        {
            case RegistryApi.Precondition.Missing: return RegistryApi.IfMatchMissing(fieldText);
            case RegistryApi.Precondition.Stale: return RegistryApi.Stale(fieldText);
        }
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var input = Input(body);
        if (body.Errors.Any) return Invalid(body.Errors, t);
        var (values, errors) = rules.Check(input);
        if (values is null)
        {
            var renamed = new RuleErrors();
            foreach (var (field, message) in errors.All) renamed.Add(FieldOf(field), message);
            return Invalid(renamed, t);
        }
        if (await editing.SaveAsync(entry.Code, values, entry.Stamp, who.Name, ct) != ReadinessOutcome.Saved) return RegistryApi.Stale(fieldText);
        return (await AnswerAsync(http, db, who, entry.Code, clock, ct))!;
    }

    static async Task<Results<Ok<PreparednessResource>, ProblemHttpResult>> Confirm(string code, HttpContext http, RenkeiDbContext db,
        PreparednessEditing editing, FieldText fieldText, TimeProvider clock, IStringLocalizer<ReadinessText> t, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        if (await ReadinessScope.FindAsync(db, who, code, ct) is not { } entry || !ReadinessScope.MayEdit(http.User, entry.Code)) return NotFound(t);
        // If-Match is optional here: with it, a confirmation of what the caller no longer sees is refused.
        var precondition = RegistryApi.IfMatch(http.Request, entry.Stamp);
        if (precondition == RegistryApi.Precondition.Stale) return RegistryApi.Stale(fieldText);
        Guid? expected = precondition == RegistryApi.Precondition.Matches ? entry.Stamp : null;
        switch (await editing.ConfirmAsync(entry.Code, expected, who.Name, ct))
        {
            case ReadinessOutcome.NothingToConfirm:
                return TypedResults.Problem(title: t["まだ確認できません"],
                    detail: t["24時間連絡先が登録されていません。先に緊急連絡先と支援体制を登録してください（PUT）。"], statusCode: StatusCodes.Status409Conflict);
            case ReadinessOutcome.Conflict:
                return RegistryApi.Stale(fieldText);
        }
        return (await AnswerAsync(http, db, who, entry.Code, clock, ct))!;
    }

    /// <summary>200 with the association's preparedness and its ETag; null when the caller may not see it.</summary>
    static async Task<Ok<PreparednessResource>?> AnswerAsync(HttpContext http, RenkeiDbContext db, Responder who, string code, TimeProvider clock, CancellationToken ct)
    {
        if (await ReadinessScope.FindAsync(db, who, code, ct) is not { } entry) return null;
        RegistryApi.SetETag(http, entry.Stamp);
        return TypedResults.Ok(PreparednessResource.Of(entry, clock.GetUtcNow().UtcDateTime, Localization.IsEnglish));
    }

    /// <summary>The body, {contacts: {...}, capacity: {..., languages: [...]}}, as the form's input, so that the same rules check both.</summary>
    static PreparednessInput Input(JsonBody body)
    {
        var input = new PreparednessInput();
        if (body.Object("contacts") is { } contacts)
        {
            input.Phone24h = contacts.Text("phone24h");
            input.Email = contacts.Text("email");
            input.BackupName = contacts.Text("backupName");
            input.BackupPhone = contacts.Text("backupPhone");
            input.BackupEmail = contacts.Text("backupEmail");
        }
        if (body.Object("capacity") is { } capacity)
        {
            input.DispatchableStaff = capacity.Text("dispatchableStaff");
            input.RemoteSupportNote = capacity.Text("remoteSupportNote");
            input.RemoteSupport = capacity.Bool("remoteSupport") ?? false;
            foreach (var row in capacity.Objects("languages") ?? [])
                input.Languages.Add(new LanguageInput { Language = row.Text("language"), Interpreters = row.Text("interpreters"), Translators = row.Text("translators") });
        }
        return input;
    }

    /// <summary>The rules' field ("Languages[2].Interpreters") as the body names it ("capacity.languages[2].interpreters").</summary>
    static string FieldOf(string ruleField)
    {
        var camel = string.Join('.', ruleField.Split('.').Select(p => char.ToLowerInvariant(p[0]) + p[1..]));
        return ruleField switch
        {
            "Phone24h" or "Email" or "BackupName" or "BackupPhone" or "BackupEmail" => "contacts." + camel,
            _ => "capacity." + camel,
        };
    }

    static ProblemHttpResult Invalid(RuleErrors errors, IStringLocalizer<ReadinessText> t) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Title = t["入力内容を確認してください。"], Status = StatusCodes.Status400BadRequest });

    static ProblemHttpResult NotFound(IStringLocalizer<ReadinessText> t) =>
        TypedResults.Problem(title: t["見つかりません"], detail: t["この協会の備えはないか、見る権限がありません。"], statusCode: StatusCodes.Status404NotFound);
}

/// <summary>One association's preparedness as the API shows it. Who confirmed is a name, never an e-mail. IsSample: demo
/// data, so that a program showing it can say so as the pages do.</summary>
public sealed record PreparednessResource(string Association, string Name, string Block, bool Registered, ContactsResource Contacts,
    CapacityResource Capacity, DateTime? ConfirmedAt, string? ConfirmedBy, bool NeedsConfirmation, DateTime? UpdatedAt, bool IsSample)
{
    public static PreparednessResource Of(PreparednessEntry e, DateTime now, bool english)
    {
        var p = e.Row;
        return new PreparednessResource(e.Code, e.DisplayName(english), e.BlockId, e.IsRegistered,
            new ContactsResource(p?.Phone24h, p?.Email, p?.BackupName, p?.BackupPhone, p?.BackupEmail),
            new CapacityResource(p?.DispatchableStaff ?? 0, p?.RemoteSupport ?? false, p?.RemoteSupportNote,
                BlockCapacity.Of(e.BlockId, [e]).Languages),
            Utc(p?.ConfirmedAt), e.ConfirmedByText(english), e.NeedsConfirmation(now), Utc(p?.UpdatedAt), e.IsSample);
    }

    static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}

/// <summary>What PUT replaces: the same contacts and capacity as GET shows (read by hand, so each wrong value is named).</summary>
public sealed record PreparednessBody(ContactsResource Contacts, CapacityResource Capacity);

public sealed record ContactsResource(string? Phone24h, string? Email, string? BackupName, string? BackupPhone, string? BackupEmail);

/// <summary>What the association could send: counts only, never names.</summary>
public sealed record CapacityResource(int DispatchableStaff, bool RemoteSupport, string? RemoteSupportNote, IReadOnlyList<LanguageCount> Languages);
