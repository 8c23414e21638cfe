using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>Minutes a caller may read, with their meeting; <see cref="IsDraft"/> only ever for the secretariat.</summary>
public sealed record ReadableMinutes(Meeting Meeting, MeetingMinutes Minutes)
{
    public bool IsDraft => Minutes.Status != MinutesStatus.Approved;
}

/// <summary>What the page, the PDF and the API answer: the minutes, "sign in first" (anonymous), or 404.</summary>
public sealed record MinutesLookup(ReadableMinutes? Found, bool SignIn);

/// <summary>
/// Who reads a meeting's minutes, the one rule for the page, the PDF and the API: the secretariat always (a draft
/// marked as such); once approved, the invited associations' users, and anyone when the secretariat made the
/// meeting's results public. Anything else is 404 to a signed-in caller and a sign-in to an anonymous one, so an
/// unpublished meeting's minutes are never shown and their existence is not given away.
/// </summary>
public static class MinutesReading
{
    public static async Task<MinutesLookup> FindAsync(RenkeiDbContext db, int meetingId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        var none = new MinutesLookup(null, SignIn: !signedIn);
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Minutes).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting?.Minutes is not { } minutes) return none;
        var found = new MinutesLookup(new ReadableMinutes(meeting, minutes), false);
        if (user.IsSecretariat()) return found;
        if (minutes.Status != MinutesStatus.Approved || meeting.Status == MeetingStatus.Draft) return none;
        if (meeting.ResultsPublic) return found;
        return signedIn && await db.Meetings.VisibleTo(user).AnyAsync(m => m.Id == meetingId, ct) ? found : none;
    }

    /// <summary>Whether anyone may read them: approved and the results public. Such copies may be cached by anyone.</summary>
    public static bool IsPublic(ReadableMinutes minutes) => !minutes.IsDraft && minutes.Meeting.ResultsPublic && minutes.Meeting.Status != MeetingStatus.Draft;
}
