using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Accounts.SignIn;

/// <summary>Anyone holding an invitation link: chooses a display name and a password, which activates the account.</summary>
[AllowAnonymous]
public class InvitationModel(UserManager<RenkeiUser> users, IStringLocalizer<AccountsText> text) : PageModel
{
    public enum LinkState { Valid, Used, Invalid }

    public class AcceptInput : NewPasswordInput
    {
        [StringLength(100, ErrorMessage = "{0}は{1}文字以内で入力してください。")]
        [Display(Name = "表示名")]
        public string? DisplayName { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public AcceptInput Input { get; set; } = new();

    public LinkState State { get; private set; }
    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await CheckAsync();
        if (user is not null) Input.DisplayName = user.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CheckAsync();
        if (user is null || !ModelState.IsValid) return Page();
        user.DisplayName = AccountInput.Optional(Input.DisplayName);
        // The invitation e-mail reached this address, so it is confirmed. Setting the password changes the
        // security stamp, which makes this link unusable from now on.
        user.EmailConfirmed = true;
        var result = await users.AddPasswordAsync(user, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("Input.NewPassword", e.Description);
            return Page();
        }
        TempData["Flash"] = text["アカウントの準備ができました。設定したパスワードでログインしてください。"].Value;
        return Redirect("/account/login");
    }

    async Task<RenkeiUser?> CheckAsync()
    {
        State = LinkState.Invalid;
        var token = AccountMail.DecodeToken(Code);
        var user = string.IsNullOrEmpty(UserId) || token is null ? null : await users.FindByIdAsync(UserId);
        if (user is not { IsActive: true }) return null;
        if (user.PasswordHash is not null)
        {
            State = LinkState.Used;
            return null;
        }
        if (!await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token!)) return null;
        State = LinkState.Valid;
        Email = user.Email;
        return user;
    }
}
