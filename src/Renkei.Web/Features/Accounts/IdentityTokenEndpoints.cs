using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace Renkei.Web.Features.Accounts;

/// <summary>
/// Token sign-in for scripts: Identity's own /login and /refresh endpoints under /api/v1/auth, and
/// nothing else of MapIdentityApi. Renkei is invitation-only, so /register (and /forgotPassword,
/// /manage/..., which bypass the rules of the pages) must not exist: they are never added to the app's
/// endpoints, so they answer 404 and stay out of the OpenAPI document.
/// </summary>
public static class IdentityTokenEndpoints
{
    public const string Prefix = "/api/v1/auth";

    // Compared with the full route pattern: inside a group the raw text includes the group's prefix.
    static readonly string[] Kept = [Prefix + "/login", Prefix + "/refresh"];

    public static void MapIdentityTokenEndpoints(this WebApplication app)
    {
        // MapIdentityApi maps onto a private route builder; only the kept endpoints reach the app.
        var identityApi = new DetachedRouteBuilder(app);
        identityApi.MapGroup(Prefix).WithTags("Auth").AllowAnonymous().MapIdentityApi<RenkeiUser>();
        ((IEndpointRouteBuilder)app).DataSources.Add(new KeptEndpoints(identityApi.DataSources, e =>
            e is RouteEndpoint { RoutePattern: RoutePattern p } && Kept.Contains(p.RawText, StringComparer.OrdinalIgnoreCase)));
        // Anything else under the prefix is plainly not found, for anonymous callers too (without this, the
        // fallback policy would answer 401, as if /register existed behind a sign-in).
        app.MapMethods(Prefix + "/{**rest}", ["GET", "POST", "PUT", "PATCH", "DELETE"], () => TypedResults.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
    }

    sealed class DetachedRouteBuilder(IEndpointRouteBuilder app) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => app.ServiceProvider;
        public ICollection<EndpointDataSource> DataSources { get; } = [];
        public IApplicationBuilder CreateApplicationBuilder() => app.CreateApplicationBuilder();
    }

    sealed class KeptEndpoints(ICollection<EndpointDataSource> sources, Func<Endpoint, bool> keep) : EndpointDataSource
    {
        // Built once, on first use (after every convention has been added), like the app's own sources.
        readonly Lazy<IReadOnlyList<Endpoint>> endpoints = new(() => sources.SelectMany(s => s.Endpoints).Where(keep).ToList());

        public override IReadOnlyList<Endpoint> Endpoints => endpoints.Value;

        public override IChangeToken GetChangeToken() => new CancellationChangeToken(CancellationToken.None);
    }
}
