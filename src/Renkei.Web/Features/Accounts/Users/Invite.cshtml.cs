using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Accounts.Users;

/// <summary>
/// Admin: invites a user by e-mail. The secretariat invites secretariat admins and any association's
/// users; an association admin invites admins and staff of their own association only.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public class InviteModel(UserAdministration admin, RenkeiDbContext db, IStringLocalizer<AccountsText> text) : PageModel
{
    public class InviteInput
    {
        [Required(ErrorMessage = "{0}を入力してください。")]
        [Display(Name = "メールアドレス")]
        public string Email { get; set; } = "";

        [Display(Name = "表示名")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "{0}を入力してください。")]
        [Display(Name = "役割")]
        public string Role { get; set; } = "";

        [Display(Name = "所属する協会")]
        public string? AssociationCode { get; set; }

        [Display(Name = "メールの言語")]
        public string? Culture { get; set; } = "ja";
    }

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public string[] RolesOffered { get; private set; } = [];
    public List<AssociationChoices.Choice> Associations { get; private set; } = [];
    public bool Secretariat => User.IsSecretariat();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Role = RolesOffered.Contains(Roles.AssociationAdmin) ? Roles.AssociationAdmin : RolesOffered.FirstOrDefault() ?? "";
        Input.Culture = Localization.IsEnglish ? "en" : "ja";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!ModelState.IsValid) return Page();
        var change = await admin.InviteAsync(User, new InvitationRequest(Input.Email, Input.Role, Input.AssociationCode, Input.DisplayName, Input.Culture));
        switch (change.Outcome)
        {
            case Outcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case Outcome.Invalid:
                foreach (var (field, messages) in change.Errors!)
                    foreach (var m in messages) ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, m);
                return Page();
        }
        TempData["Flash"] = text["{0} に招待メールを送りました。", change.User!.Email!].Value;
        return Redirect($"/users/{change.User.Id}");
    }

    async Task LoadAsync()
    {
        RolesOffered = UserAdministration.InvitableRoles(User);
        if (Secretariat) Associations = await AssociationChoices.CurrentAsync(db, Localization.IsEnglish);
    }
}
