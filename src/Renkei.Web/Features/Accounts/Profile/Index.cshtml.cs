using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Accounts.Profile;

/// <summary>Member (any signed-in user): their own profile: display name, language of e-mails, links to password and two-factor.</summary>
[Authorize(Policy = Policies.Member)]
public class IndexModel(RenkeiSignInManager signIn, RenkeiDbContext db, IStringLocalizer<AccountsText> text) : PageModel
{
    public class ProfileInput
    {
        [StringLength(100, ErrorMessage = "{0}は{1}文字以内で入力してください。")]
        [Display(Name = "表示名")]
        public string? DisplayName { get; set; }

        [Display(Name = "メールの言語")]
        public string? PreferredCulture { get; set; } = "ja";

        public string? ConcurrencyStamp { get; set; }
    }

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public RenkeiUser Account { get; private set; } = null!;
    public string? Role { get; private set; }
    public string? AssociationName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return Challenge();
        Input = new ProfileInput { DisplayName = Account.DisplayName, PreferredCulture = Account.PreferredCulture, ConcurrencyStamp = Account.ConcurrencyStamp };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Challenge();
        if (!ModelState.IsValid) return Page();
        if (Input.ConcurrencyStamp != Account.ConcurrencyStamp)
        {
            Input = new ProfileInput { DisplayName = Account.DisplayName, PreferredCulture = Account.PreferredCulture, ConcurrencyStamp = Account.ConcurrencyStamp };
            ModelState.Clear();
            ModelState.AddModelError("", text["このプロフィールは別の画面で変更されています。最新の内容を読み込み直しました。"]);
            return Page();
        }
        Account.DisplayName = AccountInput.Optional(Input.DisplayName);
        Account.PreferredCulture = AccountInput.Culture(Input.PreferredCulture);
        var result = await signIn.UserManager.UpdateAsync(Account);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        // The display name travels in the sign-in cookie.
        await signIn.RefreshSignInAsync(Account);
        TempData["Flash"] = text["プロフィールを保存しました。"].Value;
        return Redirect("/account");
    }

    async Task<bool> LoadAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user) return false;
        Account = user;
        Role = (await signIn.UserManager.GetRolesAsync(user)).FirstOrDefault();
        if (user.AssociationCode is { } code)
            AssociationName = (await db.AssociationVersions.Where(v => v.AssociationCode == code && v.ValidTo == null)
                .OrderByDescending(v => v.ValidFrom).FirstOrDefaultAsync())?.DisplayName(Localization.IsEnglish);
        return true;
    }
}
