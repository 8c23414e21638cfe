using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
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
                AccountGate.IsBearer(c) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
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
            o.Events.OnValidatePrincipal = ValidateWhenDueAsync;
            // A signed-in person without the right role gets a 403 page, not a redirect.
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // A deactivated user's or a changed password's sessions end within a minute: cookies are checked
        // against the security stamp (and IsActive, see RenkeiSignInManager) this often.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // Password-reset links are short-lived; invitation links get a week (InvitationTokenProvider).
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(3));
        builder.Services.Configure<InvitationTokenProviderOptions>(o =>
        {
            o.Name = InvitationTokenProvider.ProviderName;
            o.TokenLifespan = InvitationTokenProvider.Lifetime;
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
            .AddClaimsPrincipalFactory<RenkeiClaimsFactory>()
            .AddErrorDescriber<RenkeiErrorDescriber>()
            .AddEntityFrameworkStores<RenkeiDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddApiEndpoints()
            // After AddApiEndpoints, which registers the plain SignInManager again.
            .AddSignInManager<RenkeiSignInManager>();

        builder.Services.AddScoped<AccountMail>();
        builder.Services.AddScoped<UserAdministration>();

        // Everything needs a signed-in user unless it says [AllowAnonymous]: a page that forgets to state
        // who may use it is closed, not open.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Secretariat, p => p.RequireRole(Roles.SecretariatAdmin))
            .AddPolicy(Policies.AssociationAdmin, p => p.RequireRole(Roles.AssociationAdmin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.SecretariatAdmin, Roles.AssociationAdmin))
            .AddPolicy(Policies.Member, p => p.RequireRole(Roles.All));
        return builder;
    }

    /// <summary>
    /// Identity's security stamp check, only once the cookie is older than the check interval. Identity builds its
    /// validator (with a sign-in manager, user manager and DbContext) on every request just to find out that the cookie
    /// is not due yet; under hundreds of readers (the disaster board) that was an eighth of the work. Same clock, same
    /// rule as the validator itself.
    /// </summary>
    static Task ValidateWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval) return Task.CompletedTask;
        return SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    static Task AnswerApiOr(RedirectContext<CookieAuthenticationOptions> c, int status)
    {
        if (WebPlumbing.IsApi(c.HttpContext)) c.Response.StatusCode = status;
        else c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Maps the account endpoints and puts <see cref="AccountGate"/> into the pipeline. This runs after
    /// UseWebPlumbing (so after authentication and authorization) and before the endpoints themselves.
    /// </summary>
    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.UseMiddleware<AccountGate>();
        app.MapIdentityTokenEndpoints();
        app.MapAccountsApi();
        return app;
    }
}
