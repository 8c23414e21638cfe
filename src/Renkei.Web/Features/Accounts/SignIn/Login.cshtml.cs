using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Accounts.SignIn;

/// <summary>Anyone: signs in with e-mail and password; in demo mode the demo accounts are listed here.</summary>
[AllowAnonymous]
public class LoginModel(RenkeiSignInManager signIn, IConfiguration config, IStringLocalizer<AccountsText> text, TimeProvider clock) : PageModel
{
    public class LoginInput
    {
        [Required(ErrorMessage = "{0}を入力してください。")]
        [Display(Name = "メールアドレス")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "{0}を入力してください。")]
        [Display(Name = "パスワード")]
        public string Password { get; set; } = "";

        [Display(Name = "ログインしたままにする")]
        public bool RememberMe { get; set; }
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool Demo => RenkeiHost.IsDemo(config);

    public string DemoTotpCode => DemoData.SecretariatTotpCode(clock.GetUtcNow().UtcDateTime);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await signIn.UserManager.FindByEmailAsync(AccountInput.Clean(Input.Email));
        // Unknown address, wrong password and a deactivated account all get the same answer.
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return await signIn.MustSetUpTwoFactorAsync(user!) ? Redirect(AccountGate.TwoFactorSetupPath) : LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
        if (result.RequiresTwoFactor)
            return Redirect(QueryHelpers.AddQueryString("/account/login/two-factor", TwoFactorQuery(ReturnUrl, Input.RememberMe)));
        Error = result.IsLockedOut
            ? text["ログインに続けて失敗したため、このアカウントはしばらくロックされています。15分ほどたってからもう一度お試しください。"]
            : text["メールアドレスまたはパスワードが正しくありません。"];
        return Page();
    }

    /// <summary>Only a local URL is followed after sign-in, so a link cannot send people elsewhere.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    public static Dictionary<string, string?> TwoFactorQuery(string? returnUrl, bool rememberMe) => new()
    {
        ["returnUrl"] = returnUrl,
        ["rememberMe"] = rememberMe ? "true" : null,
    };
}
