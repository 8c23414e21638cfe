using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>Secretariat: every meeting by fiscal year, newest first, with how many invited associations have answered.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(RenkeiDbContext db) : PageModel
{
    public sealed record Row(Meeting Meeting, int Invited, int Answered);

    public List<IGrouping<int, Row>> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().OrderByDescending(m => m.StartsAt).ToListAsync(ct);
        var counts = await db.Attendances.GroupBy(a => a.MeetingId)
            .Select(g => new { g.Key, Invited = g.Count(), Answered = g.Count(a => a.Mode != AttendanceMode.Unanswered) })
            .ToDictionaryAsync(g => g.Key, ct);
        Years = meetings
            .Select(m => new Row(m, counts.GetValueOrDefault(m.Id)?.Invited ?? 0, counts.GetValueOrDefault(m.Id)?.Answered ?? 0))
            .GroupBy(r => r.Meeting.FiscalYear)
            .OrderByDescending(g => g.Key)
            .ToList();
    }
}
