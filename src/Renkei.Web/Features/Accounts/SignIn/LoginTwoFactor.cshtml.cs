using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Accounts.SignIn;

/// <summary>Anyone who has just given a correct password: the second step, a code from the authenticator app.</summary>
[AllowAnonymous]
public class LoginTwoFactorModel(RenkeiSignInManager signIn, IConfiguration config, IStringLocalizer<AccountsText> text, TimeProvider clock) : PageModel
{
    public class CodeInput
    {
        [Required(ErrorMessage = "{0}を入力してください。")]
        [Display(Name = "認証コード")]
        public string Code { get; set; } = "";
    }

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public string? Error { get; private set; }

    /// <summary>In demo mode, the demo secretariat's current code, so that people trying Renkei can sign in.</summary>
    public string? DemoCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect("/account/login");
        ShowDemoCode(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect("/account/login");
        ShowDemoCode(user);
        if (!ModelState.IsValid) return Page();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(AccountInput.Code(Input.Code), RememberMe, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(LoginModel.SafeReturnUrl(Url, ReturnUrl));
        Error = result.IsLockedOut
            ? text["ログインに続けて失敗したため、このアカウントはしばらくロックされています。15分ほどたってからもう一度お試しください。"]
            : text["認証コードが正しくありません。認証アプリに表示されている最新のコードを入力してください。"];
        return Page();
    }

    void ShowDemoCode(RenkeiUser user)
    {
        if (RenkeiHost.IsDemo(config) && user.Email == DemoData.Secretariat.Email)
            DemoCode = DemoData.SecretariatTotpCode(clock.GetUtcNow().UtcDateTime);
    }
}
