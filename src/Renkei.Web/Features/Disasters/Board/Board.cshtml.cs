using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// Members: the coordination board of one disaster: the affected associations and their status, the open needs
/// (urgent first) with what is still missing, offers awaiting a decision, who is on the way, the timeline and the tile
/// map. Requests still in their block are left out for other blocks' members (the block rule), as everywhere.
/// </summary>
[Authorize(Policy = Policies.Member)]
public class BoardModel(RenkeiDbContext db, TimeProvider clock, Support.EscalationSweep sweep) : PageModel
{
    public BoardView Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // Escalation does not wait for the worker's next minute: a request overdue is escalated before it is shown.
        await sweep.RunAsync(id, ct);
        var who = await Responder.OfAsync(db, User, clock, ct);
        var board = await BoardView.LoadAsync(db, id, who, clock, ct);
        if (board is null) return NotFound();
        Board = board;
        // The board changes by the minute; a stale copy in a shared cache would mislead (and it is members-only).
        Response.Headers.CacheControl = "private, no-cache";
        return Page();
    }
}
