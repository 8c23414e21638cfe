using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings;

/// <summary>A ballot as asked for: the item (and candidate, 0 for none), the choice, and for whom, when the caller
/// holds a proxy or is the secretariat recording a paper vote (null: the caller's own association).</summary>
public record BallotRequest(int MeetingId, int ItemId, BallotChoice Choice, int CandidateNumber = 0, string? ForAssociation = null);

/// <summary>
/// Casting a ballot, the one way every vote reaches the tally (pages, API, the secretariat's recording). Checks, in
/// order: the caller may see the meeting (404), the item takes votes (400), the caller may vote for that association
/// (403: its named representative, the holder of its proxy, or the secretariat recording it), the choice and candidate
/// are valid (400), the vote is open (409). Who may vote comes before what was sent, so that someone who may not vote
/// gets 403 whatever the body says. Then appends the ballot; an earlier one stays as history.
/// </summary>
public class BallotBox(RenkeiDbContext db, IStringLocalizer<MeetingText> text, TimeProvider clock)
{
    const int Attempts = 3;

    /// <summary>The ballot the last successful <see cref="CastAsync"/> of this instance appended (one per request: the box is scoped).</summary>
    public Ballot? LastCast { get; private set; }

    public async Task<StepResult> CastAsync(BallotRequest request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var meeting = await MeetingAccess.FindVisibleAsync(db, request.MeetingId, user, ct);
        var item = meeting is null ? null
            : await db.AgendaItems.Include(i => i.Candidates).SingleOrDefaultAsync(i => i.Id == request.ItemId && i.MeetingId == meeting.Id, ct);
        if (meeting is null || item is null) return new StepResult(StepOutcome.NotFound);
        if (!item.IsVoted) return StepResult.Invalid("itemId", text["報告事項には投票できません。"]);

        var secretariat = user.IsSecretariat();
        var forCode = request.ForAssociation ?? user.AssociationCodeOf();
        var attendances = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync(ct);
        var voter = attendances.SingleOrDefault(a => a.AssociationCode == forCode);
        if (voter is null)
            return secretariat ? StepResult.Invalid("association", text["この会議に招集されていない協会です。"]) : new StepResult(StepOutcome.Forbidden, text["この協会の投票はできません。"]);
        if (!secretariat && !MayVote(meeting, voter, attendances, user))
            return new StepResult(StepOutcome.Forbidden, Refusal(voter, user));

        if (!Enum.IsDefined(request.Choice)) return StepResult.Invalid("choice", text["賛成・反対・棄権のいずれかを選んでください。"]);
        var perCandidate = item.Kind == AgendaItemKind.Election && item.ElectionMode == ElectionMode.PerCandidate;
        if (perCandidate ? item.Candidates.All(c => c.Number != request.CandidateNumber) : request.CandidateNumber != 0)
            return StepResult.Invalid("candidateNumber", perCandidate ? text["候補者を選んでください。"] : text["この議案は候補者ごとの投票ではありません。"]);
        var proxyHolder = ProxyHolder(voter);

        var now = clock.GetUtcNow().UtcDateTime;
        if (meeting.Status != MeetingStatus.Convened || item.IsClosed(meeting, now))
            return new StepResult(StepOutcome.Closed, text["この議案の投票は締め切られました。締切後は投票も変更もできません。"]);
        BallotChannel channel;
        if (secretariat) channel = BallotChannel.Recorded;
        else if (Channel(meeting, now) is { } open) channel = open;
        else return new StepResult(StepOutcome.Closed, NotOpen(meeting, now));

        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Ballots.Where(b => b.AgendaItemId == item.Id && b.CandidateNumber == request.CandidateNumber && b.AssociationCode == voter.AssociationCode)
                .MaxAsync(b => (int?)b.Sequence, ct) ?? 0;
            var ballot = new Ballot
            {
                MeetingId = meeting.Id,
                AgendaItemId = item.Id,
                CandidateNumber = request.CandidateNumber,
                AssociationCode = voter.AssociationCode,
                Sequence = last + 1,
                Choice = request.Choice,
                Channel = channel,
                ProxyHolderCode = proxyHolder,
                CastByUserId = user.UserId() ?? "",
                CastByName = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
                CastAt = now,
                KeepUntil = item.Majority == MajorityRule.AllMembersConsent ? JapanDate.Today(clock).AddYears(10) : null,
            };
            db.Ballots.Add(ballot);
            try
            {
                await db.SaveChangesAsync(ct);
                LastCast = ballot;
                return StepResult.Done;
            }
            catch (DbUpdateException)
            {
                // Another cast for the same association took this sequence number at the same moment: both are the
                // association's own changes, so take the next number and append after it. When casts keep colliding,
                // the caller is told to send again rather than getting a server error.
                db.ChangeTracker.Clear();
                if (attempt == Attempts) return new StepResult(StepOutcome.Conflict, text["同じ協会の投票が同時に重なりました。もう一度送ってください。"]);
            }
        }
    }

    /// <summary>Whether this user casts the ballots of <paramref name="voter"/>: as its representative (when it gave no
    /// proxy) or as the representative of the association holding its proxy (the chair's association for the chair).</summary>
    public static bool MayVote(Meeting meeting, Attendance voter, IReadOnlyCollection<Attendance> attendances, ClaimsPrincipal user)
    {
        var own = attendances.SingleOrDefault(a => a.AssociationCode == user.AssociationCodeOf());
        if (own is null || own.RepresentativeUserId is null || own.RepresentativeUserId != user.UserId()) return false;
        if (voter.AssociationCode == own.AssociationCode) return !voter.GaveProxy;
        return voter.GaveProxy && (voter.ProxyHolderCode ?? meeting.ChairAssociationCode) == own.AssociationCode;
    }

    /// <summary>Who cast a ballot of an association that gave a proxy: the holder, also when the secretariat records it
    /// from paper or a show of hands (the holder raised the hand), so that the tally shows every vote by proxy.</summary>
    static string? ProxyHolder(Attendance voter) => voter.GaveProxy ? voter.ProxyHolderCode ?? Ballot.ChairHolder : null;

    /// <summary>書面表決 before the meeting (or all along in a written meeting) until its deadline; online once the meeting has begun.</summary>
    public static BallotChannel? Channel(Meeting meeting, DateTime now)
    {
        if (meeting.WrittenVoteDeadline is { } written && now < written && (now < meeting.StartsAt || meeting.Format == MeetingFormat.InWriting))
            return BallotChannel.Written;
        if (now >= meeting.StartsAt && meeting.Format != MeetingFormat.InWriting) return BallotChannel.Online;
        return null;
    }

    string NotOpen(Meeting meeting, DateTime now) =>
        meeting.Format == MeetingFormat.InWriting || meeting.WrittenVoteDeadline is { } d && now >= d
            ? text["書面表決の受付は締め切られました。"].Value + (meeting.Format == MeetingFormat.InWriting ? "" : " " + text["開会後に投票してください。"])
            : text["この会議は事前の書面表決を受け付けていません。開会後に投票してください。"];

    string Refusal(Attendance voter, ClaimsPrincipal user) =>
        voter.AssociationCode != user.AssociationCodeOf() ? text["この協会の委任状を受けていないため、投票できません。"]
        : voter.GaveProxy ? text["委任状を提出しているため、投票は受任者が行います。"]
        : text["投票できるのは、協会が指名した代表者だけです。"];
}
