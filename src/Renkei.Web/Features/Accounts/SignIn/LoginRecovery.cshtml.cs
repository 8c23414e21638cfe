using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Accounts.SignIn;

/// <summary>Anyone who has just given a correct password: the second step with a one-time recovery code.</summary>
[AllowAnonymous]
public class LoginRecoveryModel(RenkeiSignInManager signIn, IStringLocalizer<AccountsText> text) : PageModel
{
    public class RecoveryInput
    {
        [Required(ErrorMessage = "{0}を入力してください。")]
        [Display(Name = "回復コード")]
        public string Code { get; set; } = "";
    }

    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return Redirect("/account/login");
        if (!ModelState.IsValid) return Page();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(AccountInput.RecoveryCode(Input.Code));
        if (result.Succeeded)
        {
            TempData["Flash"] = text["回復コードでログインしました。使った回復コードはもう使えません。認証アプリを設定し直すことをおすすめします。"].Value;
            return LocalRedirect(LoginModel.SafeReturnUrl(Url, ReturnUrl));
        }
        Error = result.IsLockedOut
            ? text["ログインに続けて失敗したため、このアカウントはしばらくロックされています。15分ほどたってからもう一度お試しください。"]
            : text["回復コードが正しくないか、すでに使われています。"];
        return Page();
    }
}
