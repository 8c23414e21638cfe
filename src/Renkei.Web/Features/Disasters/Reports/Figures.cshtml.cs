using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>Members: statistics across disasters: real disasters in the main figures, drills counted apart and never
/// mixed in; made from the requests the caller sees (another block's requests count only once escalated).</summary>
[Authorize(Policy = Policies.Member)]
public class FiguresModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public DisasterFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, User, clock, ct);
        Figures = await DisasterFigures.LoadAsync(db, who, ct);
        // Members only. The same value a form's antiforgery token sets, should the page ever hold one: another would
        // be overridden, with a warning logged on every request.
        Response.Headers.CacheControl = "no-cache, no-store";
        return Page();
    }
}

/// <summary>One set of figures on the page: the real disasters or the drills (ids in the page start with <paramref name="Id"/>).</summary>
public sealed record FigureSetView(FigureSet Set, string Id, bool Drills);
