namespace Renkei.Web.Features.Meetings;

/// <summary>定足数の判定: how many of the invited associations were present, against the meeting's rule.</summary>
public record QuorumCheck(QuorumRule Rule, int Invited, int Present, int Required)
{
    public bool Met => Present >= Required;
}

/// <summary>The verdicts Renkei computes: 承認, 可決, 選任, 否決, 不成立 (no quorum, or a written resolution without every consent).</summary>
public enum VerdictKind
{
    /// <summary>投票中: the vote is not closed yet.</summary>
    Open,
    /// <summary>報告: a report item, not voted on.</summary>
    Reported,
    Approved,
    Carried,
    Elected,
    Rejected,
    NoQuorum,
    NotConsented,
}

/// <summary>The counts behind a verdict: what was cast, the base it is measured against and how many "for" it needed.</summary>
public record ItemCount(int For, int Against, int Abstain, int Base, int Needed)
{
    public int Cast => For + Against + Abstain;
    /// <summary>Associations of the base that cast no ballot (present but silent, or, in a written resolution, no answer).</summary>
    public int NotVoted => Math.Max(0, Base - Cast);
}

public record Verdict(VerdictKind Kind, bool Unanimous, ItemCount? Count)
{
    public bool Passed => Kind is VerdictKind.Approved or VerdictKind.Carried or VerdictKind.Elected;

    public static string Code(VerdictKind kind) => kind switch
    {
        VerdictKind.NoQuorum => "no-quorum",
        VerdictKind.NotConsented => "not-consented",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// The pure rules of a vote, apart from the database so that each can be tested alone: which ballots count,
/// whether the quorum is met, and what an item's verdict is.
/// </summary>
public static class VotingRules
{
    /// <summary>
    /// The ballots that count: per association the latest one (highest sequence) of the invited associations only.
    /// Earlier ballots stay in the table as the history of changes.
    /// </summary>
    public static IReadOnlyList<Ballot> Counted(IEnumerable<Ballot> ballots, IReadOnlySet<string> invited) =>
        ballots.Where(b => invited.Contains(b.AssociationCode))
            .GroupBy(b => (b.AgendaItemId, b.CandidateNumber, b.AssociationCode))
            .Select(g => g.MaxBy(b => (b.Sequence, b.Id))!)
            .ToList();

    /// <summary>The least number present that meets the rule: 過半数 is more than half, the fractions are "or more".</summary>
    public static int RequiredForQuorum(QuorumRule rule, int invited) => rule switch
    {
        QuorumRule.Majority => invited / 2 + 1,
        QuorumRule.TwoThirds => (2 * invited + 2) / 3,
        QuorumRule.OneThird => (invited + 2) / 3,
        _ => 0,
    };

    /// <summary>
    /// Present (出席): someone checked in on site or online, a proxy given (委任状), or a ballot cast in the meeting
    /// (a written vote, 書面表決, counts as presence, as the council's practice and the law for associations treat it).
    /// </summary>
    public static QuorumCheck Quorum(QuorumRule rule, IReadOnlyCollection<Attendance> invited, IEnumerable<Ballot> ballots)
    {
        var voted = ballots.Select(b => b.AssociationCode).ToHashSet();
        var present = invited.Count(a => a.CheckedIn || a.GaveProxy || voted.Contains(a.AssociationCode));
        return new QuorumCheck(rule, invited.Count, present, RequiredForQuorum(rule, invited.Count));
    }

    /// <summary>"For" votes needed out of <paramref name="present"/> associations (or, for a written resolution, of all invited).</summary>
    public static int Needed(MajorityRule rule, int present, int invited) => rule switch
    {
        MajorityRule.Simple => present / 2 + 1,
        MajorityRule.TwoThirds => (2 * present + 2) / 3,
        MajorityRule.Unanimous => present,
        _ => invited,
    };

    /// <summary>
    /// The verdict of one item (or one candidate of a per-candidate election). Abstentions count in the base and so
    /// weigh like votes against, as under the law's "出席した社員の議決権の過半数". A written resolution ignores the
    /// quorum: it needs every invited association's consent, and a missing answer is not a consent.
    /// </summary>
    public static Verdict Decide(AgendaItem item, bool closed, QuorumCheck quorum, IReadOnlyCollection<Ballot> counted, bool candidate = false)
    {
        if (item.Kind == AgendaItemKind.Report) return new Verdict(VerdictKind.Reported, false, null);
        var written = item.Majority == MajorityRule.AllMembersConsent;
        var basis = written ? quorum.Invited : quorum.Present;
        var count = new ItemCount(
            counted.Count(b => b.Choice == BallotChoice.For),
            counted.Count(b => b.Choice == BallotChoice.Against),
            counted.Count(b => b.Choice == BallotChoice.Abstain),
            basis,
            Needed(item.Majority, quorum.Present, quorum.Invited));
        if (!closed) return new Verdict(VerdictKind.Open, false, count);
        if (!written && !quorum.Met) return new Verdict(VerdictKind.NoQuorum, false, count);
        var passed = count.For >= count.Needed && count.For > 0;
        if (!passed) return new Verdict(written ? VerdictKind.NotConsented : VerdictKind.Rejected, false, count);
        var unanimous = count.For == basis;
        var kind = candidate ? VerdictKind.Elected
            : item.Wording == PassWording.Carried ? VerdictKind.Carried : VerdictKind.Approved;
        return new Verdict(kind, unanimous, count);
    }
}
