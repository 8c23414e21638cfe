using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Accounts.SignIn;

/// <summary>Anyone: asks for a password-reset link by e-mail. The answer never tells whether the address has an account.</summary>
[AllowAnonymous]
public class ForgotPasswordModel(RenkeiSignInManager signIn, AccountMail mail, RenkeiDbContext db) : PageModel
{
    public class ForgotInput
    {
        [Required(ErrorMessage = "{0}を入力してください。")]
        [StringLength(256, ErrorMessage = "{0}は{1}文字以内で入力してください。")]
        [Display(Name = "メールアドレス")]
        public string Email { get; set; } = "";
    }

    [BindProperty]
    public ForgotInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await signIn.UserManager.FindByEmailAsync(AccountInput.Clean(Input.Email));
        // Only active accounts that have a password (not pending invitations) get a link.
        if (user is { IsActive: true, PasswordHash: not null })
        {
            var token = await signIn.UserManager.GeneratePasswordResetTokenAsync(user);
            mail.PasswordReset(user, token);
            await db.SaveChangesAsync();
        }
        return Redirect("/account/forgot-password?sent=true");
    }
}
