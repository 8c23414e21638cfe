using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>
/// Output caching of a published edition's files for anonymous readers: rendering the xlsx or the PDF of 63
/// entries costs tens to hundreds of milliseconds, and the files only change with a correction. The cache key
/// holds the edition's state (its stamp, sample flag, and how many published versions it has and the newest),
/// read with one small query per request, so a correction is served at once without any eviction hook. Registry
/// edits (association names, blocks) evict through the registry's tag, like the public pages. Members' copies
/// carry members-only fields and working copies change constantly: neither is cached.
/// </summary>
public sealed class DirectoryFileCache : IOutputCachePolicy
{
    public static readonly DirectoryFileCache Instance = new();

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        context.EnableOutputCaching = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PublicPageCache.Expiry;
        context.Tags.Add(PublicPageCache.Tag);
        var state = Anonymous(http.Request) && http.Request.RouteValues["fiscalYear"] is string y && int.TryParse(y, out var year)
            ? await StateAsync(http.RequestServices.GetRequiredService<RenkeiDbContext>(), year, ct) : null;
        context.AllowCacheLookup = context.AllowCacheStorage = state is not null;
        if (state is not null) context.CacheVaryByRules.VaryByValues["directory-edition"] = state;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(context.HttpContext.Response.Headers.SetCookie))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    static bool Anonymous(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && StringValues.IsNullOrEmpty(request.Headers.Authorization)
        && request.HttpContext.User.Identity?.IsAuthenticated != true
        && request.Query.Count == 0;

    sealed record EditionState(Guid Stamp, bool IsSample, int Versions, int? Newest);

    // Compiled once: this runs on every anonymous download, so EF's per-query translation is worth skipping.
    static readonly Func<RenkeiDbContext, int, CancellationToken, Task<EditionState?>> State = EF.CompileAsyncQuery(
        (RenkeiDbContext db, int year, CancellationToken ct) => db.DirectoryEditions.AsNoTracking()
            .Where(e => e.FiscalYear == year && e.Status == EditionStatus.Published)
            .Select(e => new EditionState(
                e.ConcurrencyStamp,
                e.IsSample,
                db.DirectoryEntryVersions.Count(v => db.DirectoryEntries.Any(x => x.Id == v.EntryId && x.FiscalYear == year)),
                db.DirectoryEntryVersions.Where(v => db.DirectoryEntries.Any(x => x.Id == v.EntryId && x.FiscalYear == year)).Max(v => (int?)v.Id)))
            .SingleOrDefault());

    /// <summary>"stamp/sample/versions/newest" of a published edition; null when it is not published (not cached).</summary>
    static async Task<string?> StateAsync(RenkeiDbContext db, int year, CancellationToken ct) =>
        await State(db, year, ct) is { } s ? $"{s.Stamp:N}/{s.IsSample}/{s.Versions}/{s.Newest}" : null;
}
