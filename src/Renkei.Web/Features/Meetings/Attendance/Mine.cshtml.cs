using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>A meeting in the list: the caller's association's answer, or (secretariat) how many of the invited have answered.</summary>
public sealed record MeetingRow(Meeting Meeting, Attendance? Own, int Invited, int Answered);

/// <summary>Any signed-in user: the meetings their association is invited to, upcoming and past, with its answer and deadlines; the secretariat sees every meeting with answer counts.</summary>
[Authorize(Policy = Policies.Member)]
public class MineModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MeetingRow> Upcoming { get; private set; } = [];
    public IReadOnlyList<MeetingRow> Past { get; private set; } = [];
    public bool English => Localization.IsEnglish;
    public bool IsSecretariat => User.IsSecretariat();
    public bool IsAdmin => User.IsInRole(Roles.AssociationAdmin);
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var meetings = await db.Meetings.VisibleTo(User).AsNoTracking().OrderBy(m => m.StartsAt).ToListAsync(ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var code = User.AssociationCodeOf();
        var own = code is null ? []
            : await db.Attendances.AsNoTracking().Include(a => a.Attendees)
                .Where(a => ids.Contains(a.MeetingId) && a.AssociationCode == code).ToDictionaryAsync(a => a.MeetingId, ct);
        var counts = IsSecretariat
            ? await db.Attendances.AsNoTracking().Where(a => ids.Contains(a.MeetingId))
                .GroupBy(a => a.MeetingId)
                .Select(g => new { g.Key, Invited = g.Count(), Answered = g.Count(a => a.Mode != AttendanceMode.Unanswered) })
                .ToDictionaryAsync(x => x.Key, x => (x.Invited, x.Answered), ct)
            : [];
        var rows = meetings.Select(m => new MeetingRow(m, own.GetValueOrDefault(m.Id),
            counts.GetValueOrDefault(m.Id).Invited, counts.GetValueOrDefault(m.Id).Answered)).ToList();
        Upcoming = rows.Where(r => !IsPast(r.Meeting)).ToList();
        Past = rows.Where(r => IsPast(r.Meeting)).OrderByDescending(r => r.Meeting.StartsAt).ToList();
    }

    /// <summary>Past once it ended (three hours after the start when no end is set) or once closed.</summary>
    bool IsPast(Meeting m) => m.Status == MeetingStatus.Closed || (m.EndsAt ?? m.StartsAt.AddHours(3)) < Now;
}
