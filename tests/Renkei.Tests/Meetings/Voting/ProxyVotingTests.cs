using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Proxies (委任状): to the chair (held by the chair's association) and to a member association; the giver
/// cannot vote itself; the tally shows the votes by proxy.</summary>
public class ProxyVotingTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Proxy_holders_vote_for_the_givers_and_the_tally_shows_it()
    {
        // codes[0] is the chair's association; codes[1] gives its proxy to the chair, codes[2] to codes[3].
        var codes = await CodesAsync(factory, 4);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        var voters = await RepresentativesAsync(factory, meeting.Id, [codes[0], codes[3]]);
        var giverAdmin = await factory.AssociationAdmin(codes[1]);
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[1], AttendanceMode.Proxy, giverAdmin);
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[2], AttendanceMode.Proxy, proxyHolder: codes[3]);
        var motion = meeting.Item(AgendaItemKind.Motion);
        var chair = voters[codes[0]].Client;
        var holder = voters[codes[3]].Client;

        var toChair = await chair.VoteOkAsync(meeting.Id, motion.Id, "for", association: codes[1]);
        Assert.Equal((codes[1], Ballot.ChairHolder), ((string)toChair["association"]!, (string)toChair["proxyHolder"]!));
        var toMember = await holder.VoteOkAsync(meeting.Id, motion.Id, "against", association: codes[2]);
        Assert.Equal((codes[2], codes[3]), ((string)toMember["association"]!, (string)toMember["proxyHolder"]!));
        await chair.VoteOkAsync(meeting.Id, motion.Id, "for");
        await holder.VoteOkAsync(meeting.Id, motion.Id, "for");

        // The giver named a representative, but its proxy stands: it cannot vote itself.
        var giver = await (await factory.BearerClient(giverAdmin)).VoteAsync(meeting.Id, motion.Id, "against");
        Assert.Equal(HttpStatusCode.Forbidden, giver.StatusCode);
        Assert.Contains("委任状", (string)(await giver.JsonAsync())["detail"]!);
        // Holding one proxy is not holding another's.
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.VoteAsync(meeting.Id, motion.Id, "for", association: codes[2])).StatusCode);

        // The giver sees the ballot cast for it; the holder sees what it cast for the giver; neither sees the rest.
        var giverSees = (await (await factory.BearerClient(await factory.AssociationStaff(codes[2]))).GetAsync(BallotsUrl(meeting.Id, motion.Id))).JsonAsync();
        Assert.Equal([codes[2]], (await giverSees)["ballots"]!.AsArray().Select(b => (string)b!["association"]!));
        var holderSees = await (await holder.GetAsync(BallotsUrl(meeting.Id, motion.Id))).JsonAsync();
        Assert.Equal([codes[2], codes[3]], holderSees["ballots"]!.AsArray().Select(b => (string)b!["association"]!).Order());

        await CloseVoteAsync(factory, meeting.Id);
        var item = (await (await factory.BearerClient(await factory.AssociationStaff(codes[0]))).ResultsAsync(meeting.Id)).ItemOf(motion.Id);
        Assert.Equal(2, (int)item["byProxy"]!);
        Assert.Equal((3, 1, 0, 0), item.Counts());
        Assert.Equal("approved", (string)item["verdict"]!["code"]!);
    }
}
