using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>Members: the disasters, ongoing then past, with drills listed apart; the way to declare one.</summary>
[Authorize(Policy = Policies.Member)]
public class IndexModel(RenkeiDbContext db) : PageModel
{
    public IReadOnlyList<Disaster> Ongoing { get; private set; } = [];
    public IReadOnlyList<Disaster> Past { get; private set; } = [];
    public IReadOnlyList<Disaster> Drills { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await db.Disasters.AsNoTracking().OrderByDescending(d => d.StartedAt).ThenByDescending(d => d.Id).ToListAsync(ct);
        Ongoing = all.Where(d => !d.IsDrill && d.IsOpen).ToList();
        Past = all.Where(d => !d.IsDrill && !d.IsOpen).ToList();
        // Ongoing drills first: they are the ones people are taking part in.
        Drills = all.Where(d => d.IsDrill).OrderBy(d => d.IsOpen ? 0 : 1).ToList();
    }
}
