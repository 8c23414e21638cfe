using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings;

/// <summary>A candidate's own verdict in a per-candidate election.</summary>
public record CandidateResult(ElectionCandidate Candidate, Verdict Verdict);

/// <summary>One item's result: final once its vote is closed; <see cref="Counted"/> are the ballots that count (latest per association).</summary>
public record ItemResult(AgendaItem Item, bool Final, Verdict Verdict, IReadOnlyList<Ballot> Counted, IReadOnlyList<CandidateResult> Candidates)
{
    public int ByProxy => Counted.Count(b => b.ProxyHolderCode is not null);
    public int ByChannel(BallotChannel channel) => Counted.Count(b => b.Channel == channel);
}

/// <summary>A meeting's results: its quorum and each agenda item's verdict.</summary>
public record MeetingResultsReport(Meeting Meeting, QuorumCheck Quorum, IReadOnlyList<ItemResult> Items)
{
    public bool AllFinal => Items.All(i => i.Final);
}

/// <summary>
/// Computes a meeting's results from its attendance and ballots. The results page, the API, the minutes and the
/// officer register all read them here, so they cannot disagree. Who may see an unfinished tally is the caller's rule:
/// members see an item's counts only once it is final.
/// </summary>
public class MeetingResults(RenkeiDbContext db, IStringLocalizer<MeetingText> text, TimeProvider clock)
{
    /// <summary>Loads the meeting with its agenda and attendance (no tracking); null when there is none.</summary>
    public Task<Meeting?> LoadAsync(int meetingId, CancellationToken ct = default) =>
        db.Meetings.AsNoTracking()
            .Include(m => m.Items).ThenInclude(i => i.Candidates).ThenInclude(c => c.Position)
            .Include(m => m.Attendances).ThenInclude(a => a.Attendees)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == meetingId, ct);

    public async Task<MeetingResultsReport> ComputeAsync(Meeting meeting, CancellationToken ct = default)
    {
        var ballots = await db.Ballots.AsNoTracking().Where(b => b.MeetingId == meeting.Id).ToListAsync(ct);
        return Compute(meeting, ballots, clock.GetUtcNow().UtcDateTime);
    }

    public static MeetingResultsReport Compute(Meeting meeting, IEnumerable<Ballot> ballots, DateTime now)
    {
        var invited = meeting.Attendances.Select(a => a.AssociationCode).ToHashSet();
        var counted = VotingRules.Counted(ballots, invited);
        var quorum = VotingRules.Quorum(meeting.Quorum, meeting.Attendances, counted);
        var items = meeting.Items.OrderBy(i => i.Number).Select(item =>
        {
            var closed = item.IsClosed(meeting, now);
            var mine = counted.Where(b => b.AgendaItemId == item.Id).ToList();
            var perCandidate = item.Kind == AgendaItemKind.Election && item.ElectionMode == ElectionMode.PerCandidate;
            var candidates = perCandidate
                ? item.Candidates.OrderBy(c => c.Number)
                    .Select(c => new CandidateResult(c, VotingRules.Decide(item, closed, quorum, mine.Where(b => b.CandidateNumber == c.Number).ToList(), candidate: true)))
                    .ToList()
                : new List<CandidateResult>();
            var verdict = perCandidate
                ? Summary(item, closed, candidates)
                : VotingRules.Decide(item, closed, quorum, mine.Where(b => b.CandidateNumber == 0).ToList());
            return new ItemResult(item, closed || item.Kind == AgendaItemKind.Report, verdict, mine, candidates);
        }).ToList();
        return new MeetingResultsReport(meeting, quorum, items);
    }

    // A per-candidate election as a whole: elected when every candidate was, else the first candidate's failing verdict.
    static Verdict Summary(AgendaItem item, bool closed, IReadOnlyList<CandidateResult> candidates)
    {
        if (!closed) return new Verdict(VerdictKind.Open, false, null);
        var failed = candidates.FirstOrDefault(c => !c.Verdict.Passed);
        return failed is not null
            ? failed.Verdict with { Count = null }
            : new Verdict(VerdictKind.Elected, candidates.Count > 0 && candidates.All(c => c.Verdict.Unanimous), null);
    }

    /// <summary>承認, 可決（全会一致）, 否決, 不成立 …, as the minutes print it.</summary>
    public string Label(Verdict verdict)
    {
        var label = verdict.Kind switch
        {
            VerdictKind.Open => text["投票中"],
            VerdictKind.Reported => text["報告"],
            VerdictKind.Approved => text["承認"],
            VerdictKind.Carried => text["可決"],
            VerdictKind.Elected => text["選任"],
            VerdictKind.Rejected => text["否決"],
            _ => text["不成立"],
        };
        return verdict.Unanimous ? text["{0}（全会一致）", label] : label;
    }

    /// <summary>The figures behind a verdict in a sentence: who was present, the quorum, the votes and what was needed.</summary>
    public string Explain(Verdict verdict, QuorumCheck quorum, AgendaItem item)
    {
        if (verdict.Kind == VerdictKind.Reported) return text["報告事項のため、採決はありません。"];
        var c = verdict.Count;
        if (c is null) return Label(verdict);
        if (item.Majority == MajorityRule.AllMembersConsent)
            return verdict.Kind == VerdictKind.NotConsented
                ? text["全{0}団体のうち同意{1}、不同意{2}、棄権{3}、未回答{4}。全会員の同意が必要なため成立しませんでした。", c.Base, c.For, c.Against, c.Abstain, c.NotVoted]
                : text["全{0}団体のうち同意{1}、不同意{2}、棄権{3}、未回答{4}。", c.Base, c.For, c.Against, c.Abstain, c.NotVoted];
        var figures = text["出席{0}団体（定足数{1}）、賛成{2}、反対{3}、棄権{4}、投票なし{5}。可決に必要な賛成は{6}。",
            quorum.Present, quorum.Required, c.For, c.Against, c.Abstain, c.NotVoted, c.Needed];
        return verdict.Kind == VerdictKind.NoQuorum
            ? text["出席が定足数（{0}団体）に達しなかったため、採決は成立しませんでした。", quorum.Required] + " " + figures
            : figures;
    }
}
