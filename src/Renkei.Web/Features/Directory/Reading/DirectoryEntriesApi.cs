using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Audit;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory;

/// <summary>A block as an entry carries it: its id and its name in the caller's language.</summary>
public sealed record DirectoryBlockResource(string Id, string Name);

/// <summary>One published entry in API v1: its latest version; content without members-only fields for the public.</summary>
public sealed record DirectoryEntryResource(int FiscalYear, string Code, string AssociationName, DirectoryBlockResource Block, int Version,
    DateTime PublishedAt, DateTime? CorrectedAt, EntryContent Content)
{
    public static DirectoryEntryResource From(PublishedEntry e, bool english) =>
        new(e.FiscalYear, e.Code, e.Name(english), new(e.Block.Id, e.Block.Name(english)), e.Version,
            JapanTime.AsUtc(e.PublishedAt), e.CorrectedAt is { } c ? JapanTime.AsUtc(c) : null, e.Content);
}

/// <summary>API v1 for reading the published directory, by the same rules as its pages.</summary>
static class DirectoryEntriesApi
{
    /// <summary>Anyone: a published edition's entries, filtered like the directory page; members get members-only fields too.</summary>
    public static void Map(WebApplication app)
    {
        var read = app.MapGroup("/api/v1/directory").WithTags("Directory").AllowAnonymous().AddEndpointFilter(RegistryApi.CallerCulture);
        read.MapGet("/{fiscalYear:int}/entries", List)
            .WithSummary("The entries of a published edition, in block and code order")
            .WithDescription("Filters as on /directory/{fiscalYear}: block, legalForm, category, language (a code or its label), and q "
                + "(free text; every space-separated term must match; kana and width are ignored). Signed-in callers also get members-only fields.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    static async Task<Results<Ok<List<DirectoryEntryResource>>, ProblemHttpResult>> List(
        int fiscalYear, string? block, string? legalForm, string? category, string? language, string? q,
        HttpContext http, PublishedDirectory directory, RenkeiDbContext db, IStringLocalizer<ReadingText> t, CancellationToken ct)
    {
        if (await directory.EditionAsync(fiscalYear, ct) is null)
            return TypedResults.Problem(title: t["見つかりません"], detail: t["{0}のダイレクトリーは公開されていません。", FiscalYear.Label(fiscalYear, Localization.IsEnglish)],
                statusCode: StatusCodes.Status404NotFound);

        var blockIds = await db.Blocks.AsNoTracking().Select(b => b.Id).ToListAsync(ct);
        var filter = DirectorySearch.Parse(block, legalForm, category, language, q, blockIds, out var unknown);
        if (unknown.Count > 0)
        {
            var errors = unknown.ToDictionary(p => p, p => new[] { t["{0} に指定された値は選択肢にありません。", p].Value });
            return TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Title = t["検索条件に誤りがあります。"],
                Status = StatusCodes.Status400BadRequest,
            });
        }

        var members = DirectoryReading.IsMember(http.User);
        // Not output-cached: the answer depends on the caller (members-only fields) and on Accept-Language, which
        // CallerCulture reads after the cache would have chosen its key. Members' answers stay out of shared caches.
        if (members) http.Response.Headers.CacheControl = "private, no-store";
        var english = Localization.IsEnglish;
        var entries = await directory.EntriesAsync(fiscalYear, members, ct);
        return TypedResults.Ok(DirectorySearch.Apply(entries, filter).Select(e => DirectoryEntryResource.From(e, english)).ToList());
    }
}
