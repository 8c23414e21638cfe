using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>All 63 representatives voting at once: exactly one counted ballot per association; one representative sending
/// several at once: a consistent history and never a server error.</summary>
public class VotingConcurrencyTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Sixty_three_representatives_voting_at_once_give_one_counted_ballot_each()
    {
        var codes = await MeetingData.MemberCodesAsync(factory);
        Assert.Equal(63, codes.Count);
        var meeting = await MeetingData.CreateAsync(factory, codes, MeetingData.InSession);
        var voters = await RepresentativesAsync(factory, meeting.Id, codes);
        var motion = meeting.Item(AgendaItemKind.Motion);

        var responses = await Task.WhenAll(voters.Values.Select(v => v.Client.VoteAsync(meeting.Id, motion.Id, "for")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ballots = await BallotsAsync(factory, motion.Id);
        Assert.Equal(63, ballots.Count);
        Assert.Equal(63, ballots.Select(b => b.AssociationCode).Distinct().Count());
        Assert.All(ballots, b => Assert.Equal(1, b.Sequence));
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var item = (await secretariat.ResultsAsync(meeting.Id)).ItemOf(motion.Id);
        Assert.Equal((63, 0, 0, 0), item.Counts());
        Assert.Equal(63, (int)(await secretariat.ResultsAsync(meeting.Id))["quorum"]!["present"]!);
    }

    [Fact]
    public async Task One_representative_sending_at_once_keeps_a_consistent_history()
    {
        var codes = await CodesAsync(factory, 1);
        var meeting = await MeetingData.CreateAsync(factory, codes, MeetingData.InSession);
        var rep = (await RepresentativesAsync(factory, meeting.Id, codes))[codes[0]].Client;
        var motion = meeting.Item(AgendaItemKind.Motion);

        var responses = await Task.WhenAll(new[] { "for", "against", "abstain", "for" }.Select(c => rep.VoteAsync(meeting.Id, motion.Id, c)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)r.StatusCode}"));
        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.True(created >= 2, $"only {created} of 4 went through");
        var ballots = await BallotsAsync(factory, motion.Id);
        Assert.Equal(Enumerable.Range(1, created), ballots.Select(b => b.Sequence).Order());
        var history = (await (await rep.GetAsync(BallotsUrl(meeting.Id, motion.Id))).JsonAsync())["ballots"]!.AsArray();
        Assert.Equal(created, history.Count);
        Assert.Single(history, b => (bool)b!["counted"]!);
        Assert.Equal(created, (int)history.Single(b => (bool)b!["counted"]!)!["sequence"]!);
    }
}
