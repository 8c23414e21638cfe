using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Renkei.Web.Features.Associations;

/// <summary>
/// Output caching for the public registry pages (home, list, map, an association's page): they are
/// read far more than the registry changes, and must stay fast on a phone during a disaster.
/// Entries vary by language and by the query keys a page names, carry the <see cref="Tag"/> tag and
/// are evicted whenever registry data is saved (see <see cref="RegistryChangeEviction"/>), so an edit
/// shows at once. The expiry only bounds staleness on other app instances, whose memory this
/// instance cannot evict.
/// </summary>
public static class PublicPageCache
{
    public const string Tag = "registry";

    /// <summary>How long another instance may serve a page from before a registry edit.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    /// <summary>Set by a page that rendered something not worth keeping (an unknown filter value, say).</summary>
    public const string DoNotStoreItem = "Renkei.PublicPageCache.DoNotStore";

    /// <summary>Drops every cached public registry page. Call after changing registry data outside EF Core.</summary>
    public static ValueTask EvictAsync(IOutputCacheStore store, CancellationToken ct = default) => store.EvictByTagAsync(Tag, ct);

    public static void DoNotStore(HttpContext context) => context.Items[DoNotStoreItem] = true;
}

/// <summary>
/// Caches a public page for anonymous readers only. Like the framework's default policy (GET or HEAD,
/// no user, only 200 responses without Set-Cookie), plus: the language is part of the key; requests
/// with query keys the page does not know, or with a pending flash message, bypass the cache (so junk
/// query strings cannot fill it, and a flash is never swallowed).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicPageCacheAttribute : Attribute, IOutputCachePolicy
{
    /// <summary>The query keys that select different content (e.g. "block").</summary>
    public string[] QueryKeys { get; init; } = [];

    const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var attempt = Cacheable(context.HttpContext.Request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PublicPageCache.Expiry;
        context.Tags.Add(PublicPageCache.Tag);
        if (QueryKeys.Length > 0) context.CacheVaryByRules.QueryKeys = new StringValues(QueryKeys);
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(http.Response.Headers.SetCookie)
            || http.Items.ContainsKey(PublicPageCache.DoNotStoreItem))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    bool Cacheable(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && StringValues.IsNullOrEmpty(request.Headers.Authorization)
        && request.HttpContext.User.Identity?.IsAuthenticated != true
        && !request.Cookies.ContainsKey(TempDataCookie)
        && request.Query.Keys.All(k => QueryKeys.Contains(k, StringComparer.OrdinalIgnoreCase));
}
