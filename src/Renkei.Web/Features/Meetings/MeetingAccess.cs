using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings;

/// <summary>
/// Which meetings a signed-in caller may see: the secretariat every one; an association's users the meetings their
/// association is invited to once convened (a draft, or a block meeting of another block, is 404 to them).
/// </summary>
public static class MeetingAccess
{
    public static IQueryable<Meeting> VisibleTo(this IQueryable<Meeting> meetings, ClaimsPrincipal user)
    {
        if (user.IsSecretariat()) return meetings;
        var code = user.AssociationCodeOf();
        return meetings.Where(m => m.Status != MeetingStatus.Draft && m.Attendances.Any(a => a.AssociationCode == code));
    }

    /// <summary>The meeting if the caller may see it, else null (→ 404). Tracked, without includes.</summary>
    public static Task<Meeting?> FindVisibleAsync(RenkeiDbContext db, int id, ClaimsPrincipal user, CancellationToken ct = default) =>
        db.Meetings.VisibleTo(user).SingleOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>The caller's association's attendance row in a meeting, or null when it is not invited.</summary>
    public static Task<Attendance?> OwnAttendanceAsync(RenkeiDbContext db, int meetingId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var code = user.AssociationCodeOf();
        return code is null
            ? Task.FromResult<Attendance?>(null)
            : db.Attendances.Include(a => a.Attendees).SingleOrDefaultAsync(a => a.MeetingId == meetingId && a.AssociationCode == code, ct);
    }
}
