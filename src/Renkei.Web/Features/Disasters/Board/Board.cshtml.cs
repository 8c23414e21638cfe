using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// Members: the coordination board of one disaster: the affected associations and their status, the open needs
/// (urgent first) with what is still missing, offers awaiting a decision, who is on the way, the timeline and the tile
/// map. Requests still in their block are left out for other blocks' members (the block rule), as everywhere.
/// </summary>
[Authorize(Policy = Policies.Member)]
public class BoardModel(BoardCache boards) : PageModel
{
    public BoardView Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var board = await boards.ViewAsync(id, User, HttpContext.RequestServices, ct);
        if (board is null) return NotFound();
        Board = board;
        // The board changes by the minute; a stale copy in any cache would mislead (and it is members-only). The same
        // value a form's antiforgery token sets, should the page ever hold one: another would be overridden, with a
        // warning logged on every request.
        Response.Headers.CacheControl = "no-cache, no-store";
        return Page();
    }
}
