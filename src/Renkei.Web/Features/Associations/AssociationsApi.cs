using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Associations;

/// <summary>API v1 for associations: anyone reads the registry; the secretariat changes it, by the same rules as its pages.</summary>
static class AssociationsApi
{
    public static void Map(WebApplication app)
    {
        MapReads(app);
        MapWrites(app);
    }

    /// <summary>Anyone: read the registry (current members, one association, its history).</summary>
    static void MapReads(WebApplication app)
    {
        var read = app.MapGroup("/api/v1/associations").WithTags("Associations").AllowAnonymous().AddEndpointFilter(RegistryApi.CallerCulture);
        read.MapGet("/", List).WithSummary("Current member associations in block and code order")
            .WithDescription("Filter with ?block=kanto; ?includeWithdrawn=true adds associations whose certification ended.")
            .ProducesValidationProblem()
            // Same cache and eviction as the public pages: anonymous reads only, dropped on any registry save.
            .CacheOutput(new PublicPageCacheAttribute { QueryKeys = ["block", "includeWithdrawn", "culture"] });
        read.MapGet("/{code}", Get).WithSummary("One association (ETag for If-Match)").ProducesProblem(StatusCodes.Status404NotFound);
        read.MapGet("/{code}/history", History).WithSummary("Every version of an association's details, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Secretariat: edit, certify, withdraw and re-certify associations.</summary>
    static void MapWrites(WebApplication app)
    {
        var write = app.MapGroup("/api/v1/associations").WithTags("Associations").RequireAuthorization(Policies.Secretariat)
            .AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        write.MapPut("/{code}", Edit).WithSummary("Edit an association (secretariat; If-Match required)")
            .WithDescription("Send every editable field; a missing optional field is cleared. Changed details become a new version from effectiveFrom (default today); the old version stays in the history.")
            .Accepts<AssociationEditBody>("application/json").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        write.MapPost("/", Certify).WithSummary("Certify a new association (secretariat)")
            .Accepts<CertificationBody>("application/json").ProducesValidationProblem();
        write.MapPost("/{code}/withdrawal", Withdraw).WithSummary("Record a withdrawal (secretariat); the association is kept")
            .Accepts<WithdrawalBody>("application/json").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        write.MapDelete("/{code}/withdrawal", Reinstate).WithSummary("Undo a withdrawal: re-certify (secretariat)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    static async Task<Results<Ok<List<AssociationResource>>, ProblemHttpResult>> List(
        string? block, string? includeWithdrawn, RenkeiDbContext db, TimeProvider clock, FieldText text, CancellationToken ct)
    {
        var errors = new RuleErrors();
        var withdrawnToo = InputText.Compact(includeWithdrawn)?.ToLowerInvariant() switch
        {
            null or "false" or "0" => false,
            "true" or "1" => true,
            _ => Add(errors, "includeWithdrawn", text.T["includeWithdrawn は true または false です。"]),
        };
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.SortOrder, ct);
        var blockId = InputText.Compact(block)?.ToLowerInvariant();
        if (blockId is not null && !blocks.ContainsKey(blockId)) errors.Add("block", text.T["ブロック「{0}」はありません。", blockId]);
        if (errors.Any) return RegistryApi.Invalid(text, errors);

        var today = clock.Today();
        var all = await db.Associations.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(all
            .Where(a => withdrawnToo ? a.CertifiedOn is null || a.CertifiedOn <= today : a.IsCurrentMember(today))
            .Select(AssociationResource.From)
            .Where(a => blockId is null || a.Block == blockId)
            .OrderBy(a => blocks.GetValueOrDefault(a.Block)).ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList());
    }

    static bool Add(RuleErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return false;
    }

    /// <summary>The association with this code (full-width digits allowed); null for a malformed or unknown one.</summary>
    internal static async Task<Association?> FindAsync(RenkeiDbContext db, string code, bool track, CancellationToken ct)
    {
        if (LocalGovernmentCode.Normalize(code) is not { } normalized) return null;
        var query = track ? db.Associations : db.Associations.AsNoTracking();
        return await query.FirstOrDefaultAsync(a => a.Code == normalized, ct);
    }

    static async Task<Results<Ok<AssociationResource>, ProblemHttpResult>> Get(string code, HttpContext http, RenkeiDbContext db, FieldText text, CancellationToken ct)
    {
        if (await FindAsync(db, code, track: false, ct) is not { } association) return RegistryApi.AssociationNotFound(text, code);
        RegistryApi.SetETag(http, association.ConcurrencyStamp);
        return TypedResults.Ok(AssociationResource.From(association));
    }

    static async Task<Results<Ok<AssociationHistoryResource>, ProblemHttpResult>> History(string code, RenkeiDbContext db, FieldText text, CancellationToken ct)
    {
        if (await FindAsync(db, code, track: false, ct) is not { } association) return RegistryApi.AssociationNotFound(text, code);
        var versions = association.Versions.OrderBy(v => v.ValidFrom).ThenBy(v => v.Id).Select(AssociationVersionResource.From).ToList();
        return TypedResults.Ok(new AssociationHistoryResource(association.Code, versions));
    }

    static async Task<Results<Ok<AssociationResource>, ProblemHttpResult>> Edit(string code, HttpContext http, RenkeiDbContext db, AssociationEdit edit, FieldText text, CancellationToken ct)
    {
        if (await FindAsync(db, code, track: true, ct) is not { } association) return RegistryApi.AssociationNotFound(text, code);
        var precondition = RegistryApi.IfMatch(http.Request, association.ConcurrencyStamp);
        if (precondition == RegistryApi.Precondition.Missing) return RegistryApi.IfMatchMissing(text);
        if (precondition == RegistryApi.Precondition.Stale) return RegistryApi.Stale(text);

        var (body, refusal) = await RegistryApi.ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        var change = new AssociationChange(
            new DetailsInput(body.String("name"), body.String("nameKana"), body.String("nameEn"), body.String("legalForm"), body.String("website"), body.String("block")),
            body.String("certifiedOn"), body.String("effectiveFrom"));
        if (body.Errors.Any) return RegistryApi.Invalid(text, body.Errors);

        var result = await edit.ApplyAsync(association, change, association.ConcurrencyStamp, ct);
        return await Answer(result, code, http, db, text, ct);
    }

    static async Task<Results<Created<AssociationResource>, ProblemHttpResult>> Certify(HttpContext http, AssociationCertification certification, RenkeiDbContext db, FieldText text, CancellationToken ct)
    {
        var (body, refusal) = await RegistryApi.ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        var input = new CertificationInput(body.String("code"), body.String("kind"), body.String("prefecture"), body.String("prefectureEn"),
            body.String("city"), body.String("cityEn"),
            new DetailsInput(body.String("name"), body.String("nameKana"), body.String("nameEn"), body.String("legalForm"), body.String("website"), body.String("block")),
            body.String("certifiedOn"));
        if (body.Errors.Any) return RegistryApi.Invalid(text, body.Errors);

        var (result, newCode) = await certification.CertifyAsync(input, ct);
        if (result.Status != ChangeStatus.Saved) return RegistryApi.Invalid(text, result.Errors);
        var created = (await FindAsync(db, newCode!, track: false, ct))!;
        RegistryApi.SetETag(http, created.ConcurrencyStamp);
        return TypedResults.Created($"/api/v1/associations/{created.Code}", AssociationResource.From(created));
    }

    static async Task<Results<Ok<AssociationResource>, ProblemHttpResult>> Withdraw(string code, HttpContext http, RenkeiDbContext db, AssociationWithdrawal withdrawal, FieldText text, CancellationToken ct)
    {
        if (await FindAsync(db, code, track: true, ct) is not { } association) return RegistryApi.AssociationNotFound(text, code);
        if (RegistryApi.IfMatch(http.Request, association.ConcurrencyStamp) == RegistryApi.Precondition.Stale) return RegistryApi.Stale(text);
        var (body, refusal) = await RegistryApi.ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        var withdrawnOn = body.String("withdrawnOn");
        if (body.Errors.Any) return RegistryApi.Invalid(text, body.Errors);
        var result = await withdrawal.WithdrawAsync(association, withdrawnOn, association.ConcurrencyStamp, ct);
        return await Answer(result, code, http, db, text, ct);
    }

    static async Task<Results<Ok<AssociationResource>, ProblemHttpResult>> Reinstate(string code, HttpContext http, RenkeiDbContext db, AssociationWithdrawal withdrawal, FieldText text, CancellationToken ct)
    {
        if (await FindAsync(db, code, track: true, ct) is not { } association) return RegistryApi.AssociationNotFound(text, code);
        if (RegistryApi.IfMatch(http.Request, association.ConcurrencyStamp) == RegistryApi.Precondition.Stale) return RegistryApi.Stale(text);
        var result = await withdrawal.ReinstateAsync(association, association.ConcurrencyStamp, ct);
        return await Answer(result, code, http, db, text, ct);
    }

    /// <summary>Saved or unchanged: 200 with the association as it now is and its new ETag. Otherwise a problem.</summary>
    static async Task<Results<Ok<AssociationResource>, ProblemHttpResult>> Answer(ChangeResult result, string code, HttpContext http, RenkeiDbContext db, FieldText text, CancellationToken ct)
    {
        if (result.Status == ChangeStatus.Invalid) return RegistryApi.Invalid(text, result.Errors);
        if (result.Status == ChangeStatus.Conflict) return RegistryApi.Stale(text);
        db.ChangeTracker.Clear();
        var now = (await FindAsync(db, code, track: false, ct))!;
        RegistryApi.SetETag(http, now.ConcurrencyStamp);
        return TypedResults.Ok(AssociationResource.From(now));
    }
}
