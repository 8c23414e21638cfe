using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>Members: the caller's own association's emergency contacts and support capacity (admins confirm and edit,
/// staff read); the secretariat, which has no association of its own, is sent to the list of all.</summary>
[Authorize(Policy = Policies.Member)]
public class MineModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public PreparednessView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.IsSecretariat()) return Redirect("/preparedness/block");
        var who = await Responder.OfAsync(db, User, clock, ct);
        if (await ReadinessScope.FindAsync(db, who, who.AssociationCode, ct) is not { } entry) return NotFound();
        View = new PreparednessView(entry, ReadinessScope.MayEdit(User, entry.Code), true, clock.GetUtcNow().UtcDateTime);
        return Page();
    }
}
