using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Accounts.Users;

/// <summary>
/// Admin: one user's details; deactivate, re-activate, or send a pending invitation again. An association
/// admin reaches only their own association's users (anyone else is 404); the secretariat reaches everyone.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public class DetailsModel(UserAdministration admin, RenkeiDbContext db, IStringLocalizer<AccountsText> text) : PageModel
{
    public UserRow Row { get; private set; } = null!;
    public string? AssociationName { get; private set; }
    public bool IsSelf => Row.Id == User.UserId();

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostDeactivateAsync(string id) =>
        ChangeAsync(id, () => admin.SetActiveAsync(User, id, false), text["利用者を無効にしました。この利用者はログインできなくなり、ログイン中の画面も1分以内に使えなくなります。"]);

    public Task<IActionResult> OnPostReactivateAsync(string id) =>
        ChangeAsync(id, () => admin.SetActiveAsync(User, id, true), text["利用者を有効にしました。"]);

    public Task<IActionResult> OnPostResendAsync(string id) =>
        ChangeAsync(id, () => admin.ResendInvitationAsync(User, id), text["招待メールを送り直しました。前の招待リンクは使えなくなりました。"]);

    async Task<IActionResult> ChangeAsync(string id, Func<Task<Change>> change, string done)
    {
        var result = await change();
        if (result.Outcome == Outcome.NotFound) return NotFound();
        if (result.Outcome == Outcome.Invalid)
        {
            foreach (var m in result.Errors!.Values.SelectMany(v => v)) ModelState.AddModelError("", m);
            return await LoadAsync(id) ? Page() : NotFound();
        }
        TempData["Flash"] = done;
        return Redirect($"/users/{id}");
    }

    async Task<bool> LoadAsync(string id)
    {
        if (await admin.Rows(admin.Visible(User).Where(u => u.Id == id)).AsNoTracking().FirstOrDefaultAsync() is not { } row) return false;
        Row = row;
        if (row.AssociationCode is { } code)
            AssociationName = (await db.AssociationVersions.Where(v => v.AssociationCode == code && v.ValidTo == null)
                .OrderByDescending(v => v.ValidFrom).FirstOrDefaultAsync())?.DisplayName(Localization.IsEnglish);
        return true;
    }
}
