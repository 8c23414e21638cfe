using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>Members of the association's block and the secretariat: one association's preparedness (another block's
/// users get 404). Its own admins and the secretariat confirm it here; staff get 403, other associations 404.</summary>
[Authorize(Policy = Policies.Member)]
public class DetailsModel(RenkeiDbContext db, PreparednessEditing editing, TimeProvider clock, IStringLocalizer<ReadinessText> t) : PageModel
{
    public PreparednessView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, User, clock, ct);
        if (await ReadinessScope.FindAsync(db, who, code, ct) is not { } entry) return NotFound();
        View = new PreparednessView(entry, ReadinessScope.MayEdit(User, entry.Code), entry.Code == who.AssociationCode, clock.GetUtcNow().UtcDateTime);
        return Page();
    }

    /// <summary>確認: the stored contacts and capacity are still right. The form's stamp says which version was seen.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string code, string? stamp, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, User, clock, ct);
        if (await ReadinessScope.FindAsync(db, who, code, ct) is not { } entry) return NotFound();
        if (!ReadinessScope.MayEdit(User, entry.Code)) return User.IsInRole(Roles.AssociationAdmin) ? NotFound() : Forbid();
        var seen = Guid.TryParse(stamp, out var g) ? g : Guid.Empty;
        TempData["Flash"] = await editing.ConfirmAsync(entry.Code, seen, who.Name, ct) switch
        {
            ReadinessOutcome.Saved => t["確認しました。ご協力ありがとうございます。"].Value,
            ReadinessOutcome.NothingToConfirm => t["24時間連絡先がまだ登録されていないため、確認できません。先に登録してください。"].Value,
            _ => t["確認の前に、ほかの人が内容を変更しました。最新の内容を見直してから、もう一度確認してください。"].Value,
        };
        return Redirect(ReadinessPages.PageOf(entry.Code, who.AssociationCode));
    }
}
