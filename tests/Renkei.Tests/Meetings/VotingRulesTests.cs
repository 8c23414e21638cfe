using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The pure rules of a vote: which ballots count, the quorum, majorities, unanimity and written resolutions.</summary>
public class VotingRulesTests
{
    static readonly DateTime Now = new(2026, 5, 22, 5, 0, 0, DateTimeKind.Utc);

    static List<Attendance> Invited(int count) =>
        Enumerable.Range(1, count).Select(i => new Attendance { AssociationCode = $"{i:000000}" }).ToList();

    static Ballot Vote(int i, BallotChoice choice, int item = 1, int sequence = 1, int candidate = 0) => new()
    {
        Id = i * 10 + sequence, AgendaItemId = item, AssociationCode = $"{i:000000}", Sequence = sequence, Choice = choice,
        CandidateNumber = candidate, CastByUserId = "u", CastByName = "u",
    };

    static AgendaItem Motion(MajorityRule rule = MajorityRule.Simple, PassWording wording = PassWording.Approved) =>
        new() { Id = 1, Number = 1, Kind = AgendaItemKind.Motion, TitleJa = "議案", Majority = rule, Wording = wording };

    static QuorumCheck Present(int present, int invited, QuorumRule rule = QuorumRule.Majority) =>
        new(rule, invited, present, VotingRules.RequiredForQuorum(rule, invited));

    [Theory]
    [InlineData(QuorumRule.Majority, 63, 32)]
    [InlineData(QuorumRule.Majority, 62, 32)]
    [InlineData(QuorumRule.Majority, 1, 1)]
    [InlineData(QuorumRule.TwoThirds, 63, 42)]
    [InlineData(QuorumRule.TwoThirds, 62, 42)]
    [InlineData(QuorumRule.OneThird, 63, 21)]
    [InlineData(QuorumRule.OneThird, 64, 22)]
    [InlineData(QuorumRule.None, 63, 0)]
    public void The_quorum_needs_more_than_half_or_the_fraction_or_more(QuorumRule rule, int invited, int required) =>
        Assert.Equal(required, VotingRules.RequiredForQuorum(rule, invited));

    [Fact]
    public void Presence_is_a_check_in_a_proxy_or_a_ballot_and_nothing_else()
    {
        var invited = Invited(6);
        invited[0].Attendees.Add(new Attendee { Name = "a", CheckedInAt = Now });
        invited[1].Mode = AttendanceMode.Proxy;
        invited[2].Mode = AttendanceMode.OnSite; // registered but never checked in: not present
        invited[2].Attendees.Add(new Attendee { Name = "b" });
        invited[4].Mode = AttendanceMode.Absent;
        var quorum = VotingRules.Quorum(QuorumRule.Majority, invited, [Vote(4, BallotChoice.For)]);
        Assert.Equal(3, quorum.Present);
        Assert.Equal(4, quorum.Required);
        Assert.False(quorum.Met);
    }

    [Fact]
    public void The_latest_ballot_of_an_association_counts_and_the_uninvited_do_not()
    {
        var counted = VotingRules.Counted(
            [Vote(1, BallotChoice.Against, sequence: 1), Vote(1, BallotChoice.For, sequence: 2), Vote(2, BallotChoice.Abstain), Vote(99, BallotChoice.For)],
            new HashSet<string> { "000001", "000002" });
        Assert.Equal(2, counted.Count);
        Assert.Equal(BallotChoice.For, counted.Single(b => b.AssociationCode == "000001").Choice);
    }

    [Fact]
    public void A_simple_majority_needs_more_than_half_of_those_present_and_abstentions_weigh_against()
    {
        var ballots = Enumerable.Range(1, 5).Select(i => Vote(i, BallotChoice.For))
            .Concat(Enumerable.Range(6, 5).Select(i => Vote(i, BallotChoice.Abstain))).ToList();
        var verdict = VotingRules.Decide(Motion(), closed: true, Present(10, 12), ballots);
        Assert.Equal(VerdictKind.Rejected, verdict.Kind);
        Assert.Equal(6, verdict.Count!.Needed);

        verdict = VotingRules.Decide(Motion(wording: PassWording.Carried), true, Present(10, 12), [.. ballots, Vote(11, BallotChoice.For)]);
        Assert.Equal(VerdictKind.Carried, verdict.Kind);
        Assert.False(verdict.Unanimous);
    }

    [Fact]
    public void Two_thirds_means_two_thirds_or_more_of_those_present()
    {
        var present = Present(9, 12);
        var six = Enumerable.Range(1, 6).Select(i => Vote(i, BallotChoice.For)).ToList();
        Assert.Equal(VerdictKind.Approved, VotingRules.Decide(Motion(MajorityRule.TwoThirds), true, present, six).Kind);
        Assert.Equal(VerdictKind.Rejected, VotingRules.Decide(Motion(MajorityRule.TwoThirds), true, present, six.Take(5).ToList()).Kind);
    }

    [Fact]
    public void Every_present_association_for_is_unanimous_and_one_abstention_is_not()
    {
        var all = Enumerable.Range(1, 51).Select(i => Vote(i, BallotChoice.For)).ToList();
        var verdict = VotingRules.Decide(Motion(), true, Present(51, 63), all);
        Assert.Equal(VerdictKind.Approved, verdict.Kind);
        Assert.True(verdict.Unanimous);

        all[50] = Vote(51, BallotChoice.Abstain);
        verdict = VotingRules.Decide(Motion(), true, Present(51, 63), all);
        Assert.Equal(VerdictKind.Approved, verdict.Kind);
        Assert.False(verdict.Unanimous);
        Assert.Equal(VerdictKind.Rejected, VotingRules.Decide(Motion(MajorityRule.Unanimous), true, Present(51, 63), all).Kind);
    }

    [Fact]
    public void Without_the_quorum_nothing_passes_even_unanimously()
    {
        var ballots = Enumerable.Range(1, 20).Select(i => Vote(i, BallotChoice.For)).ToList();
        var verdict = VotingRules.Decide(Motion(), true, Present(20, 63), ballots);
        Assert.Equal(VerdictKind.NoQuorum, verdict.Kind);
        Assert.Equal(20, verdict.Count!.For);
    }

    [Fact]
    public void A_written_resolution_needs_every_invited_association_and_a_missing_answer_fails_it()
    {
        var rule = Motion(MajorityRule.AllMembersConsent);
        var consents = Enumerable.Range(1, 62).Select(i => Vote(i, BallotChoice.For)).ToList();
        var verdict = VotingRules.Decide(rule, true, Present(62, 63), consents);
        Assert.Equal(VerdictKind.NotConsented, verdict.Kind);
        Assert.Equal(1, verdict.Count!.NotVoted);

        verdict = VotingRules.Decide(rule, true, Present(63, 63), [.. consents, Vote(63, BallotChoice.For)]);
        Assert.Equal(VerdictKind.Approved, verdict.Kind);
        Assert.True(verdict.Unanimous);

        verdict = VotingRules.Decide(rule, true, Present(63, 63), [.. consents, Vote(63, BallotChoice.Against)]);
        Assert.Equal(VerdictKind.NotConsented, verdict.Kind);
        Assert.Equal(1, verdict.Count!.Against);
    }

    [Fact]
    public void An_open_vote_has_no_verdict_and_a_report_none_at_all()
    {
        Assert.Equal(VerdictKind.Open, VotingRules.Decide(Motion(), false, Present(63, 63), [Vote(1, BallotChoice.For)]).Kind);
        var report = new AgendaItem { Kind = AgendaItemKind.Report, TitleJa = "報告" };
        Assert.Equal(VerdictKind.Reported, VotingRules.Decide(report, true, Present(0, 63), []).Kind);
    }

    [Fact]
    public void Results_count_proxies_and_channels_and_elect_candidates_one_by_one()
    {
        var meeting = new Meeting { TitleJa = "総会", Status = MeetingStatus.Closed, Attendances = Invited(3) };
        var election = new AgendaItem
        {
            Id = 2, Number = 2, Kind = AgendaItemKind.Election, TitleJa = "選任", ElectionMode = ElectionMode.PerCandidate,
            Candidates = [new() { Number = 1, PersonName = "甲", AssociationCode = "000001" }, new() { Number = 2, PersonName = "乙", AssociationCode = "000002" }],
        };
        meeting.Items = [Motion(), election];
        var proxy = Vote(3, BallotChoice.For);
        proxy.ProxyHolderCode = "000001";
        proxy.Channel = BallotChannel.Recorded;
        Ballot[] ballots =
        [
            Vote(1, BallotChoice.For), Vote(2, BallotChoice.For), proxy,
            Vote(1, BallotChoice.For, item: 2, candidate: 1), Vote(2, BallotChoice.For, item: 2, candidate: 1), Vote(3, BallotChoice.For, item: 2, candidate: 1),
            Vote(1, BallotChoice.Against, item: 2, candidate: 2), Vote(2, BallotChoice.Against, item: 2, candidate: 2), Vote(3, BallotChoice.For, item: 2, candidate: 2),
        ];
        var report = MeetingResults.Compute(meeting, ballots, Now);
        Assert.Equal(3, report.Quorum.Present);
        var motion = report.Items[0];
        Assert.True(motion.Final);
        Assert.Equal(1, motion.ByProxy);
        Assert.Equal(1, motion.ByChannel(BallotChannel.Recorded));
        Assert.True(motion.Verdict.Unanimous);
        var result = report.Items[1];
        Assert.Equal([VerdictKind.Elected, VerdictKind.Rejected], result.Candidates.Select(c => c.Verdict.Kind));
        Assert.Equal(VerdictKind.Rejected, result.Verdict.Kind);
    }
}
