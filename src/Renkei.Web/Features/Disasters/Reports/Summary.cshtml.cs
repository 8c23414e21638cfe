using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>Members: a disaster's support summary (支援実績), so far while it is open and final once closed, made from the
/// requests the caller sees (another block's requests count only once escalated); 404 for no such disaster.</summary>
[Authorize(Policy = Policies.Member)]
public class SummaryModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public SituationReport Report { get; private set; } = null!;
    public SupportSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, User, clock, ct);
        if (await SituationReport.LoadAsync(db, id, who, clock.GetUtcNow().UtcDateTime, ct) is not { } report) return NotFound();
        Report = report;
        Summary = SupportSummary.Of(report.Disaster, report.Requests, report.BlockOf);
        // Members only. The same value a form's antiforgery token sets, should the page ever hold one: another would
        // be overridden, with a warning logged on every request.
        Response.Headers.CacheControl = "no-cache, no-store";
        return Page();
    }
}
