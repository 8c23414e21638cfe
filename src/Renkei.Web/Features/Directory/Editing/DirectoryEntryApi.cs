using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory.Editing;

/// <summary>One entry as API v1 returns it. <paramref name="Version"/>: the latest published version, null before publication.</summary>
public sealed record DirectoryEntryResource(int FiscalYear, string Code, string AssociationName, string EditionStatus, string Status,
    DateTime UpdatedAt, int? Version, string? ReturnComment, EntryContent Content);

/// <summary>
/// API v1 for one directory entry, by the same rules as its page: anyone reads a published entry (members
/// also its members-only fields); an unpublished one is read and changed only by its own association and the
/// secretariat; another association's is 404. Changes need If-Match with the ETag of the last read.
/// </summary>
static class DirectoryEntryApi
{
    const string Entry = "/{fiscalYear:int}/entries/{code}";

    public static void Map(WebApplication app)
    {
        MapRead(app);
        MapWrites(app);
    }

    /// <summary>Anyone: a published entry; own association and the secretariat: an unpublished one (others 404, anonymous 401).</summary>
    static void MapRead(WebApplication app) =>
        app.MapGroup("/api/v1/directory").WithTags("Directory").AllowAnonymous().AddEndpointFilter(RegistryApi.CallerCulture)
            .MapGet(Entry, Get).WithSummary("One directory entry (ETag for If-Match)")
            .WithDescription("Published editions: public fields for anyone, members-only fields (contacts) for members. Unpublished: the association's own users and the secretariat.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Own association (staff and admins) and the secretariat: change an entry; own association admins and the secretariat: submit it.</summary>
    static void MapWrites(WebApplication app)
    {
        var write = app.MapGroup("/api/v1/directory").WithTags("Directory").AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesValidationProblem();
        write.MapPut(Entry, Put).RequireAuthorization(Policies.Member)
            .WithSummary("Replace an entry's content (own association or secretariat; If-Match required)")
            .WithDescription("Send the whole content (as GET returns it under content, or that object itself). The secretariat corrects a published entry with a changeNote: a new published version.")
            .Accepts<EntryContent>("application/json").ProducesProblem(StatusCodes.Status428PreconditionRequired);
        write.MapPost(Entry + "/submit", Submit).RequireAuthorization(Policies.Admin)
            .WithSummary("Submit an entry for review (own association admin, or the secretariat on its behalf; If-Match optional)");
    }

    static async Task<Results<Ok<DirectoryEntryResource>, ProblemHttpResult, ChallengeHttpResult>> Get(
        int fiscalYear, string code, HttpContext http, DirectoryCycle cycle, RenkeiDbContext db, IStringLocalizer<EditingText> text, CancellationToken ct)
    {
        var user = http.User;
        var entry = LocalGovernmentCode.Normalize(code) is { } normalized ? await cycle.FindAsync(fiscalYear, normalized, ct) : null;
        var published = entry?.Edition!.Status == EditionStatus.Published;
        if (entry is null || !(published || MayWork(user, entry.AssociationCode)))
            return user.Identity?.IsAuthenticated == true ? NotFound(text, fiscalYear) : TypedResults.Challenge();
        return await Answer(entry, http, db, ct);
    }

    static async Task<Results<Ok<DirectoryEntryResource>, ProblemHttpResult>> Put(
        int fiscalYear, string code, HttpContext http, DirectoryCycle cycle, RenkeiDbContext db, CurrentActor actor,
        FieldText fieldText, IStringLocalizer<EditingText> text, CancellationToken ct)
    {
        if (await FindOwnAsync(fiscalYear, code, http.User, cycle, ct) is not { } entry) return NotFound(text, fiscalYear);
        var precondition = RegistryApi.IfMatch(http.Request, entry.ConcurrencyStamp);
        if (precondition == RegistryApi.Precondition.Missing) return RegistryApi.IfMatchMissing(fieldText);
        if (precondition == RegistryApi.Precondition.Stale) return RegistryApi.Stale(fieldText);
        var (body, refusal) = await EntryApiBody.ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;

        var bySecretariat = http.User.IsSecretariat();
        var result = entry.Edition!.Status == EditionStatus.Published && bySecretariat
            ? await cycle.CorrectAsync(entry, body.Content, body.ChangeNote, entry.ConcurrencyStamp, actor.Name, ct)
            : await cycle.SaveDraftAsync(entry, body.Content, entry.ConcurrencyStamp, actor.Name, bySecretariat, ct);
        return await Outcome(result, entry, http, db, fieldText, text, ct);
    }

    static async Task<Results<Ok<DirectoryEntryResource>, ProblemHttpResult>> Submit(
        int fiscalYear, string code, HttpContext http, DirectoryCycle cycle, RenkeiDbContext db, CurrentActor actor,
        FieldText fieldText, IStringLocalizer<EditingText> text, CancellationToken ct)
    {
        if (await FindOwnAsync(fiscalYear, code, http.User, cycle, ct) is not { } entry) return NotFound(text, fiscalYear);
        if (RegistryApi.IfMatch(http.Request, entry.ConcurrencyStamp) == RegistryApi.Precondition.Stale) return RegistryApi.Stale(fieldText);
        if (JsonBody.NotJson(http.Request) is { } notJson) return notJson;
        var result = await cycle.SubmitAsync(entry, entry.ConcurrencyStamp, actor.Name, http.User.IsSecretariat(), ct);
        return await Outcome(result, entry, http, db, fieldText, text, ct);
    }

    static async Task<Results<Ok<DirectoryEntryResource>, ProblemHttpResult>> Outcome(CycleResult result, DirectoryEntry entry, HttpContext http,
        RenkeiDbContext db, FieldText fieldText, IStringLocalizer<EditingText> text, CancellationToken ct) => result.Outcome switch
        {
            CycleOutcome.Done => await Answer(entry, http, db, ct),
            CycleOutcome.Conflict => RegistryApi.Stale(fieldText),
            CycleOutcome.NotAllowed => TypedResults.Problem(title: text["この操作はいまはできません"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem(new HttpValidationProblemDetails(result.Errors ?? [])
            {
                Title = result.Message ?? text["入力内容に誤りがあります。"],
                Status = StatusCodes.Status400BadRequest,
            }),
        };

    /// <summary>200 with the entry as the caller may read it, and its ETag.</summary>
    static async Task<Ok<DirectoryEntryResource>> Answer(DirectoryEntry entry, HttpContext http, RenkeiDbContext db, CancellationToken ct)
    {
        var user = http.User;
        var own = MayWork(user, entry.AssociationCode);
        var members = Roles.All.Any(user.IsInRole);
        var association = await db.Associations.AsNoTracking().SingleAsync(a => a.Code == entry.AssociationCode, ct);
        var latest = entry.LatestVersion;
        // The public reads what was published (the latest version); the working copy follows it after publication.
        var content = entry.Edition!.Status == EditionStatus.Published ? latest?.Content ?? entry.Content : entry.Content;
        RegistryApi.SetETag(http, entry.ConcurrencyStamp);
        return TypedResults.Ok(new DirectoryEntryResource(entry.FiscalYear, entry.AssociationCode, association.Current.Name,
            entry.Edition.StatusCode, entry.Status.ToString().ToLowerInvariant(), DateTime.SpecifyKind(entry.UpdatedAt, DateTimeKind.Utc),
            latest?.Number, own ? entry.ReturnComment : null, members ? content : content.ForPublic()));
    }

    static bool MayWork(ClaimsPrincipal user, string code) => user.IsSecretariat() || user.AssociationCodeOf() == code;

    /// <summary>The entry when the caller is its association or the secretariat; null (404) otherwise.</summary>
    static async Task<DirectoryEntry?> FindOwnAsync(int fiscalYear, string code, ClaimsPrincipal user, DirectoryCycle cycle, CancellationToken ct) =>
        LocalGovernmentCode.Normalize(code) is { } normalized && MayWork(user, normalized) ? await cycle.FindAsync(fiscalYear, normalized, ct) : null;

    static ProblemHttpResult NotFound(IStringLocalizer<EditingText> text, int fiscalYear) =>
        TypedResults.Problem(title: text["見つかりません"], detail: text["{0}のダイレクトリーに、この協会の登録内容はありません。", Infrastructure.Localization.FiscalYear.Label(fiscalYear, Infrastructure.Localization.Localization.IsEnglish)],
            statusCode: StatusCodes.Status404NotFound);
}
