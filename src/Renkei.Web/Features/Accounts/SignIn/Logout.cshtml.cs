using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Accounts.SignIn;

/// <summary>Anyone: signs out (POST); a GET shows a button, since signing out must not happen by following a link.</summary>
[AllowAnonymous]
public class LogoutModel(RenkeiSignInManager signIn, IStringLocalizer<AccountsText> text) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Flash"] = text["ログアウトしました。"].Value;
        return Redirect("/");
    }
}
