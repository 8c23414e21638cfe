using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Accounts.Profile;

/// <summary>
/// Member (any signed-in user): sets up TOTP two-factor with an authenticator app, makes new recovery
/// codes, sets the app up again, or turns two-factor off (not for the secretariat when it is required).
/// </summary>
[Authorize(Policy = Policies.Member)]
public class TwoFactorModel(RenkeiSignInManager signIn, IConfiguration config, IStringLocalizer<AccountsText> text) : PageModel
{
    public const string RecoveryCodesKey = "RecoveryCodes";

    public class EnableInput
    {
        [Required(ErrorMessage = "{0}を入力してください。")]
        [Display(Name = "認証コード")]
        public string Code { get; set; } = "";
    }

    [BindProperty]
    public EnableInput Input { get; set; } = new();

    public RenkeiUser Account { get; private set; } = null!;
    public bool Required { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string? FormattedKey { get; private set; }
    public string? QrSvg { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return Challenge();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (!await LoadAsync()) return Challenge();
        if (Account.TwoFactorEnabled) return Redirect("/account/two-factor");
        if (!ModelState.IsValid) return Page();
        var users = signIn.UserManager;
        if (!await users.VerifyTwoFactorTokenAsync(Account, users.Options.Tokens.AuthenticatorTokenProvider, AccountInput.Code(Input.Code)))
        {
            ModelState.AddModelError("Input.Code", text["認証コードが正しくありません。認証アプリに表示されている最新のコードを入力してください。"]);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(Account, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(Account, 10);
        // Enabling changed the security stamp; renewing the cookie keeps this session (and lifts AccountGate).
        await signIn.RefreshSignInAsync(Account);
        return ShowRecoveryCodes(codes);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (!await LoadAsync()) return Challenge();
        if (!Account.TwoFactorEnabled) return Redirect("/account/two-factor");
        var codes = await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(Account, 10);
        return ShowRecoveryCodes(codes);
    }

    /// <summary>A new key for a new phone: two-factor is off until a code from the new key is verified.</summary>
    public async Task<IActionResult> OnPostResetAsync()
    {
        if (!await LoadAsync()) return Challenge();
        await signIn.UserManager.SetTwoFactorEnabledAsync(Account, false);
        await signIn.UserManager.ResetAuthenticatorKeyAsync(Account);
        await signIn.RefreshSignInAsync(Account);
        TempData["Flash"] = text["認証アプリの登録を取り消しました。新しいキーで設定し直してください。"].Value;
        return Redirect("/account/two-factor");
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (!await LoadAsync()) return Challenge();
        if (Required)
        {
            ModelState.AddModelError("", text["事務局のアカウントは二要素認証を無効にできません。"]);
            return Page();
        }
        await signIn.UserManager.SetTwoFactorEnabledAsync(Account, false);
        await signIn.RefreshSignInAsync(Account);
        TempData["Flash"] = text["二要素認証を無効にしました。"].Value;
        return Redirect("/account/two-factor");
    }

    IActionResult ShowRecoveryCodes(IEnumerable<string>? codes)
    {
        TempData[RecoveryCodesKey] = string.Join(' ', codes ?? []);
        return Redirect("/account/two-factor/recovery-codes");
    }

    async Task<bool> LoadAsync()
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(User) is not { } user) return false;
        Account = user;
        Required = RenkeiSignInManager.TwoFactorRequiredForSecretariat(config) && await users.IsInRoleAsync(user, Roles.SecretariatAdmin);
        if (user.TwoFactorEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return true;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // The new key changed the security stamp; without this the session would end at its next check.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after reset.");
        }
        FormattedKey = AuthenticatorSetup.FormatKey(key);
        QrSvg = AuthenticatorSetup.QrSvg(AuthenticatorSetup.Uri(user.Email!, key));
        return true;
    }
}
