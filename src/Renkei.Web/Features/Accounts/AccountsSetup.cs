using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Accounts;

public static class AccountsSetup
{
    /// <summary>Cookies for people, bearer tokens for scripts; this scheme picks one per request.</summary>
    public const string Scheme = "Renkei";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = c =>
                c.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/error/403";
            o.Cookie.Name = "renkei.auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = c => AnswerApiOr(c, StatusCodes.Status401Unauthorized);
            // A signed-in person without the right role gets a 403 page, not a redirect.
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        builder.Services.AddIdentityCore<RenkeiUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RenkeiDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddApiEndpoints();

        // Everything needs a signed-in user unless it says [AllowAnonymous]: a page that forgets to state
        // who may use it is closed, not open.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Secretariat, p => p.RequireRole(Roles.SecretariatAdmin))
            .AddPolicy(Policies.AssociationAdmin, p => p.RequireRole(Roles.AssociationAdmin))
            .AddPolicy(Policies.Member, p => p.RequireRole(Roles.All));
        return builder;
    }

    static Task AnswerApiOr(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (WebPlumbing.IsApi(c.HttpContext)) c.Response.StatusCode = status;
        else c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }

    // Renkei is invitation-only: of Identity's API endpoints only token sign-in and refresh are kept.
    // /register and the rest are not mapped at all (they answer 404), so no one can create an account.
    static readonly string[] KeptIdentityEndpoints = ["/login", "/refresh"];

    public static WebApplication MapAccounts(this WebApplication app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.MapIdentityApi<RenkeiUser>().Add(endpoint =>
        {
            // The pattern here includes the group's prefix (/api/v1/auth/login), hence EndsWith.
            if (endpoint is RouteEndpointBuilder route && !KeptIdentityEndpoints.Any(k => route.RoutePattern.RawText?.EndsWith(k, StringComparison.Ordinal) == true))
                route.RequestDelegate = NotMapped;
            else // signing in is what an anonymous caller does; the fallback policy would refuse it
                endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
        });
        return app;
    }

    static Task NotMapped(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
