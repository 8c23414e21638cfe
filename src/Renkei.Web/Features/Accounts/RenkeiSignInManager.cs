using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Renkei.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in with Renkei's rules: a deactivated account cannot sign in and its sessions and
/// tokens stop working; a secretariat account without two-factor gets no bearer token.
/// </summary>
public class RenkeiSignInManager(
    UserManager<RenkeiUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<RenkeiUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<RenkeiUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<RenkeiUser> confirmation,
    IConfiguration config)
    : SignInManager<RenkeiUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>Security:RequireTwoFactorForSecretariat, true unless configured otherwise.</summary>
    public static bool TwoFactorRequiredForSecretariat(IConfiguration config) =>
        config.GetValue("Security:RequireTwoFactorForSecretariat", true);

    /// <summary>Whether this user must set up two-factor before using Renkei.</summary>
    public async Task<bool> MustSetUpTwoFactorAsync(RenkeiUser user) =>
        TwoFactorRequiredForSecretariat(config) && !user.TwoFactorEnabled
        && await UserManager.IsInRoleAsync(user, Roles.SecretariatAdmin);

    public override async Task<bool> CanSignInAsync(RenkeiUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

    /// <summary>Used by the cookie's periodic check, /refresh and <see cref="AccountGate"/> for bearer tokens.</summary>
    public override async Task<RenkeiUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsActive: true } user ? user : null;

    protected override async Task<SignInResult> SignInOrTwoFactorAsync(RenkeiUser user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        // A cookie session of such a user is confined to the set-up page (AccountGate); a token would not be.
        if (AuthenticationScheme == IdentityConstants.BearerScheme && await MustSetUpTwoFactorAsync(user))
        {
            var text = Context.RequestServices.GetRequiredService<IStringLocalizer<AccountsText>>();
            return new TwoFactorSetUpRequired(text["事務局のアカウントは二要素認証が必須です。Web でログインして /account/two-factor で認証アプリを設定してから、トークンを取得してください。"]);
        }
        return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);
    }

    /// <summary>A refusal whose text Identity's /login endpoint puts into its problem details.</summary>
    sealed class TwoFactorSetUpRequired : SignInResult
    {
        readonly string message;
        public TwoFactorSetUpRequired(string message)
        {
            this.message = message;
            IsNotAllowed = true;
        }
        public override string ToString() => message;
    }
}
