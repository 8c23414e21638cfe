using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Accounts.Profile;

/// <summary>Member (any signed-in user): changes their own password; their other sessions end.</summary>
[Authorize(Policy = Policies.Member)]
public class PasswordModel(RenkeiSignInManager signIn, IStringLocalizer<AccountsText> text) : PageModel
{
    public class ChangeInput : NewPasswordInput
    {
        [Required(ErrorMessage = "{0}を入力してください。")]
        [Display(Name = "現在のパスワード")]
        public string CurrentPassword { get; set; } = "";
    }

    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (await signIn.UserManager.GetUserAsync(User) is not { } user) return Challenge();
        var result = await signIn.UserManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword", e.Description);
            return Page();
        }
        // The new security stamp ends other sessions; this one is renewed so it goes on.
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = text["パスワードを変更しました。"].Value;
        return Redirect("/account");
    }
}
