using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Accounts.SignIn;

/// <summary>Anyone holding a reset link from the e-mail: chooses a new password.</summary>
[AllowAnonymous]
public class ResetPasswordModel(UserManager<RenkeiUser> users, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    /// <summary>False when the link is unknown, used or expired (one message for all, revealing nothing).</summary>
    public bool LinkValid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        LinkValid = await FindAsync() is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, token) = await FindAsync() is { } found ? found : default;
        LinkValid = user is not null;
        if (user is null || !ModelState.IsValid) return Page();
        var result = await users.ResetPasswordAsync(user, token!, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("Input.NewPassword", e.Description);
            return Page();
        }
        // Whoever was guessing the old password locked the account; the owner has now proven who they are.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Flash"] = text["パスワードを変更しました。新しいパスワードでログインしてください。"].Value;
        return Redirect("/account/login");
    }

    async Task<(RenkeiUser User, string Token)?> FindAsync()
    {
        if (AccountMail.DecodeToken(Code) is not { } token || string.IsNullOrEmpty(UserId)) return null;
        var user = await users.FindByIdAsync(UserId);
        if (user is not { IsActive: true, PasswordHash: not null }) return null;
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<RenkeiUser>.ResetPasswordTokenPurpose, token);
        return valid ? (user, token) : null;
    }
}
