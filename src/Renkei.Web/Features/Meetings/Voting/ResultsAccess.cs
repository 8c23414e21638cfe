using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>Who reads a meeting's results: the secretariat (live tally too), an invited member, or the public.</summary>
public enum ResultsAudience { Secretariat, Member, Public }

/// <summary>Why results are not shown: no such meeting for this caller (404), or sign in first (page → login, API → 401).</summary>
public enum ResultsRefusal { None, NotFound, SignIn }

/// <summary>A meeting's results as one audience may read them: counts of an item only once final, except for the secretariat.</summary>
public sealed record ResultsView(MeetingResultsReport Report, ResultsAudience Audience)
{
    public Meeting Meeting => Report.Meeting;
    public bool Shows(ItemResult item) => Audience == ResultsAudience.Secretariat || item.Final;

    /// <summary>The ballots that count for the item itself (0) or one candidate.</summary>
    public static IReadOnlyList<Ballot> Ballots(ItemResult item, int candidate) => item.Counted.Where(b => b.CandidateNumber == candidate).ToList();
}

/// <summary>
/// The results' rule, for the page and the API alike: the secretariat always; members of an invited association
/// (MeetingAccess) with counts only once an item is final; anyone, signed in or not, once the meeting is closed and
/// the secretariat made its results public. Otherwise a member of another association gets 404 and anonymous signs in.
/// </summary>
public static class ResultsAccess
{
    public static async Task<(ResultsView? View, ResultsRefusal Refusal)> ResolveAsync(RenkeiDbContext db, MeetingResults results, int meetingId,
        ClaimsPrincipal user, CancellationToken ct = default)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        ResultsAudience audience;
        if (signedIn && user.IsSecretariat()) audience = ResultsAudience.Secretariat;
        else if (signedIn && await db.Meetings.VisibleTo(user).AnyAsync(m => m.Id == meetingId, ct)) audience = ResultsAudience.Member;
        else if (await db.Meetings.AnyAsync(m => m.Id == meetingId && m.Status == MeetingStatus.Closed && m.ResultsPublic, ct)) audience = ResultsAudience.Public;
        else return (null, signedIn ? ResultsRefusal.NotFound : ResultsRefusal.SignIn);
        if (await results.LoadAsync(meetingId, ct) is not { } meeting) return (null, ResultsRefusal.NotFound);
        return (new ResultsView(await results.ComputeAsync(meeting, ct), audience), ResultsRefusal.None);
    }
}

/// <summary>One tally as a small table (for, against, abstain, not voting; by channel and by proxy), on the results
/// page and the secretariat's live view.</summary>
public sealed record CountsPanel(string Id, string Caption, AgendaItem Item, ItemCount Count, IReadOnlyList<Ballot> Ballots);
