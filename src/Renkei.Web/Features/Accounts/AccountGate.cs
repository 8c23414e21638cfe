using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Accounts;

/// <summary>
/// Checks every signed-in request after authorization (registered by MapAccounts):
/// a bearer token of a deactivated user, or one issued before a password change, is refused (cookies get
/// the same check from the security stamp validator); and a secretariat user who must set up two-factor
/// can use only the set-up page and sign-out until it is done.
/// </summary>
public sealed class AccountGate(RequestDelegate next)
{
    public const string TwoFactorSetupPath = "/account/two-factor";

    public static bool IsBearer(HttpContext c) =>
        c.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context, IConfiguration config, IStringLocalizer<AccountsText> text)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        if (IsBearer(context))
        {
            var signIn = context.RequestServices.GetRequiredService<SignInManager<RenkeiUser>>();
            if (await signIn.ValidateSecurityStampAsync(user) is null)
            {
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized,
                    detail: text["このトークンは無効です。アカウントが無効にされたか、パスワードが変更されました。"]).ExecuteAsync(context);
                return;
            }
        }
        if (RenkeiSignInManager.TwoFactorRequiredForSecretariat(config) && user.IsSecretariat()
            && user.FindFirst(RenkeiClaims.TwoFactor)?.Value != "true" && !AllowedBeforeTwoFactor(context.Request.Path))
        {
            if (WebPlumbing.IsApi(context))
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                    detail: text["事務局のアカウントは二要素認証が必須です。先に /account/two-factor で設定してください。"]).ExecuteAsync(context);
            else
                context.Response.Redirect(TwoFactorSetupPath);
            return;
        }
        await next(context);
    }

    static bool AllowedBeforeTwoFactor(PathString path) =>
        path.StartsWithSegments(TwoFactorSetupPath) || path.StartsWithSegments("/account/logout")
        || path.StartsWithSegments("/error") || path.StartsWithSegments(IdentityTokenEndpoints.Prefix);
}
