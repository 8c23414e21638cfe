using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>An association whose ballots the caller casts: its own, or one whose proxy (委任状) it holds.</summary>
public sealed record VoterSlot(string Code, string Name, bool ByProxy);

/// <summary>
/// What the ballot page shows one caller: whether it is its association's representative, the associations it votes
/// for (its own and the proxies it holds, by the same rule as <see cref="BallotBox.MayVote"/>), the votable items,
/// the ballots that count now, the history it may read, and how a ballot cast now would reach the tally.
/// </summary>
public sealed class VoteSheet
{
    public required Meeting Meeting { get; init; }
    public Attendance? Own { get; init; }
    public bool IsRepresentative { get; init; }
    public required IReadOnlyList<VoterSlot> Voters { get; init; }
    public required IReadOnlyList<AgendaItem> Items { get; init; }
    /// <summary>Oldest first, as <see cref="BallotHistory.VisibleAsync"/> returns them.</summary>
    public required IReadOnlyList<Ballot> History { get; init; }
    public required Dictionary<BallotKey, Ballot> Counted { get; init; }
    public required IReadOnlyDictionary<string, string> Names { get; init; }
    /// <summary>The channel a ballot cast now would have (書面表決 or online); null when no vote is taken now.</summary>
    public BallotChannel? Channel { get; init; }
    public DateTime Now { get; init; }

    public bool IsOpen => Meeting.Status == MeetingStatus.Convened && Channel is not null;
    public bool ItemOpen(AgendaItem item) => IsOpen && !item.IsClosed(Meeting, Now);
    public Ballot? CountedFor(string code, AgendaItem item, int candidate) => Counted.GetValueOrDefault(new BallotKey(item.Id, candidate, code));
    public VoterSlot? Slot(string code) => Voters.FirstOrDefault(v => v.Code == code);

    /// <summary>The sheet for a caller, or null when the meeting does not exist for it (404).</summary>
    public static async Task<VoteSheet?> LoadAsync(RenkeiDbContext db, MeetingResults results, int meetingId, ClaimsPrincipal user, TimeProvider clock,
        bool english, CancellationToken ct = default)
    {
        if (!await db.Meetings.VisibleTo(user).AnyAsync(m => m.Id == meetingId, ct)) return null;
        var meeting = (await results.LoadAsync(meetingId, ct))!;
        var code = user.AssociationCodeOf();
        var own = code is null ? null : meeting.Attendances.SingleOrDefault(a => a.AssociationCode == code);
        var representative = own is not null && own.RepresentativeUserId is not null && own.RepresentativeUserId == user.UserId();
        var slots = user.IsSecretariat() ? [] : meeting.Attendances.Where(a => BallotBox.MayVote(meeting, a, meeting.Attendances, user))
            .OrderBy(a => a.AssociationCode != code).ThenBy(a => a.AssociationCode, StringComparer.Ordinal).ToList();
        var history = await BallotHistory.VisibleAsync(db, meeting, user, ct: ct);
        var names = await AssociationNames.OfAsync(db, [.. meeting.Attendances.Select(a => a.AssociationCode), .. history.Select(b => b.AssociationCode)], english, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new VoteSheet
        {
            Meeting = meeting,
            Own = own,
            IsRepresentative = representative,
            Voters = slots.Select(a => new VoterSlot(a.AssociationCode, names.Of(a.AssociationCode), a.AssociationCode != code)).ToList(),
            Items = meeting.Items.Where(i => i.IsVoted).OrderBy(i => i.Number).ToList(),
            History = history,
            Counted = BallotHistory.Latest(history),
            Names = names,
            Channel = BallotBox.Channel(meeting, now),
            Now = now,
        };
    }
}
