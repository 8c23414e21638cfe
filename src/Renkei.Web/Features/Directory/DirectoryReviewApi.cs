using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory.Manage;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>POST .../entries/{code}/return: what the association's admins are asked to fix (they receive it by e-mail).</summary>
public sealed record ReturnBody(string Comment);

/// <summary>An entry's review state after a step; <c>submittedAt</c> and <c>approvedAt</c> are UTC.</summary>
public sealed record ReviewStateResource(int FiscalYear, string Code, string Status, DateTime? SubmittedAt, DateTime? ApprovedAt, string? ReturnComment)
{
    public static ReviewStateResource From(DirectoryEntry e) => new(e.FiscalYear, e.AssociationCode, e.Status.ToString().ToLowerInvariant(),
        Utc(e.SubmittedAt), Utc(e.ApprovedAt), e.Status == EntryStatus.Returned ? e.ReturnComment : null);

    static DateTime? Utc(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}

/// <summary>API v1 for the secretariat's review of one entry: return it with a comment, or approve it. If-Match optional.</summary>
static class DirectoryReviewApi
{
    public static void Map(WebApplication app)
    {
        // Secretariat only: association users get 403 whichever entry they name.
        var review = app.MapGroup("/api/v1/directory/{fiscalYear:int}/entries/{code}").WithTags("Directory")
            .RequireAuthorization(Policies.Secretariat).AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        review.MapPost("/return", Return).WithSummary("Return a submitted or approved entry with a comment; its admins are e-mailed")
            .Accepts<ReturnBody>("application/json").ProducesValidationProblem();
        review.MapPost("/approve", Approve).WithSummary("Approve an entry that has every required field")
            .ProducesValidationProblem();
    }

    static async Task<Results<Ok<ReviewStateResource>, ProblemHttpResult>> Return(int fiscalYear, string code, HttpContext http, DirectoryCycle cycle,
        CurrentActor actor, IStringLocalizer<ReviewText> text, CancellationToken ct)
    {
        if (await FindAsync(fiscalYear, code, cycle, ct) is not { } entry) return ReviewApi.NotFound(text["この年度に地方公共団体コード「{0}」の登録内容はありません。", Echo(code)], text);
        if (ReviewApi.Stale(http.Request, entry.ConcurrencyStamp, text) is { } stale) return stale;
        var (body, refusal) = await ReviewApi.ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        var comment = body.String("comment");
        if (body.Errors.Any) return ReviewApi.Invalid(body.Errors.ToDictionary(), text["入力内容に誤りがあります。"]);
        return Answer(await cycle.ReturnAsync(entry, comment, entry.ConcurrencyStamp, actor.Name, ct), entry, http, text);
    }

    static async Task<Results<Ok<ReviewStateResource>, ProblemHttpResult>> Approve(int fiscalYear, string code, HttpContext http, DirectoryCycle cycle,
        CurrentActor actor, IStringLocalizer<ReviewText> text, CancellationToken ct)
    {
        if (await FindAsync(fiscalYear, code, cycle, ct) is not { } entry) return ReviewApi.NotFound(text["この年度に地方公共団体コード「{0}」の登録内容はありません。", Echo(code)], text);
        if (ReviewApi.Stale(http.Request, entry.ConcurrencyStamp, text) is { } stale) return stale;
        return Answer(await cycle.ApproveAsync(entry, entry.ConcurrencyStamp, actor.Name, ct), entry, http, text);
    }

    static Results<Ok<ReviewStateResource>, ProblemHttpResult> Answer(CycleResult result, DirectoryEntry entry, HttpContext http, IStringLocalizer<ReviewText> text)
    {
        if (!result.Succeeded) return ReviewApi.Refused(result, text);
        RegistryApi.SetETag(http, entry.ConcurrencyStamp);
        return TypedResults.Ok(ReviewStateResource.From(entry));
    }

    static async Task<DirectoryEntry?> FindAsync(int fiscalYear, string code, DirectoryCycle cycle, CancellationToken ct) =>
        LocalGovernmentCode.Normalize(code) is { } normalized ? await cycle.FindAsync(fiscalYear, normalized, ct) : null;

    static string Echo(string code) => code.Length > 12 ? code[..12] + "…" : code;
}
