using System.Net;
using System.Net.Http.Json;
using Renkei.Tests.Accounts;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Late votes on a fake clock: 書面表決 closes at its deadline, online votes open at the start, nothing changes after
/// the vote deadline or once the secretariat closed an item (409 with the reason), and the tally stays as it was.</summary>
public class LateVoteTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Written_votes_close_at_their_deadline_online_votes_open_at_the_start_and_nothing_counts_after_the_vote_deadline()
    {
        var t0 = factory.Clock.GetUtcNow().UtcDateTime;
        var codes = await CodesAsync(factory, 2);
        var meeting = await MeetingData.CreateAsync(factory, codes, m =>
        {
            m.RegistrationDeadline = t0.AddDays(-1);
            m.WrittenVoteDeadline = t0.AddMinutes(20);
            m.StartsAt = t0.AddMinutes(40);
            m.EndsAt = t0.AddMinutes(60);
            m.VoteDeadline = t0.AddMinutes(50);
        });
        var rep = (await RepresentativesAsync(factory, meeting.Id, codes.Take(1)))[codes[0]].Client;
        var motion = meeting.Item(AgendaItemKind.Motion);

        Assert.Equal("written", (string)(await rep.VoteOkAsync(meeting.Id, motion.Id, "for"))["channel"]!);

        factory.Clock.Advance(TimeSpan.FromMinutes(30)); // after the written deadline, before the start
        var between = await rep.VoteAsync(meeting.Id, motion.Id, "against");
        Assert.Equal(HttpStatusCode.Conflict, between.StatusCode);
        Assert.Contains("書面表決の受付は締め切られました", (string)(await between.JsonAsync())["detail"]!);

        factory.Clock.Advance(TimeSpan.FromMinutes(15)); // the meeting has begun
        Assert.Equal("online", (string)(await rep.VoteOkAsync(meeting.Id, motion.Id, "against"))["channel"]!);

        factory.Clock.Advance(TimeSpan.FromMinutes(10)); // past the vote deadline
        var late = await rep.VoteAsync(meeting.Id, motion.Id, "for");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("締め切られました", (string)(await late.JsonAsync())["detail"]!);

        var ballots = await BallotsAsync(factory, motion.Id);
        Assert.Equal([BallotChoice.For, BallotChoice.Against], ballots.Select(b => b.Choice));
        var item = (await rep.ResultsAsync(meeting.Id)).ItemOf(motion.Id);
        Assert.True((bool)item["final"]!);
        Assert.Equal((0, 1, 0, 0), item.Counts());
    }

    [Fact]
    public async Task Once_the_secretariat_closes_an_item_its_tally_is_final()
    {
        var t0 = factory.Clock.GetUtcNow().UtcDateTime;
        var codes = await CodesAsync(factory, 2, skip: 2);
        var meeting = await MeetingData.CreateAsync(factory, codes, m =>
        {
            m.RegistrationDeadline = t0.AddDays(-1);
            m.WrittenVoteDeadline = t0.AddMinutes(-20);
            m.StartsAt = t0.AddMinutes(-10);
        });
        var voters = await RepresentativesAsync(factory, meeting.Id, codes);
        var motion = meeting.Item(AgendaItemKind.Motion);
        await voters[codes[0]].Client.VoteOkAsync(meeting.Id, motion.Id, "for");
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var close = $"/api/v1/meetings/{meeting.Id}/items/{motion.Id}/close";

        Assert.Equal(HttpStatusCode.Forbidden, (await voters[codes[0]].Client.PostAsJsonAsync(close, new { confirm = true })).StatusCode);
        var unconfirmed = await secretariat.PostAsJsonAsync(close, new { confirm = false });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal("online", (string)(await voters[codes[1]].Client.VoteOkAsync(meeting.Id, motion.Id, "for"))["channel"]!);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var closed = await secretariat.PostAsJsonAsync(close, new { confirm = true });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var result = await closed.JsonAsync();
        Assert.Equal(("approved", "承認（全会一致）"), ((string)result["verdict"]!["code"]!, (string)result["verdict"]!["label"]!));

        var late = await voters[codes[1]].Client.VoteAsync(meeting.Id, motion.Id, "against");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("この議案の投票は締め切られました。締切後は投票も変更もできません。", (string)(await late.JsonAsync())["detail"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await secretariat.PostAsJsonAsync(close, new { confirm = true })).StatusCode);
        Assert.Equal((2, 0, 0, 0), (await voters[codes[0]].Client.ResultsAsync(meeting.Id)).ItemOf(motion.Id).Counts());
        // The other items stay open.
        Assert.Equal(HttpStatusCode.Created, (await voters[codes[1]].Client.VoteAsync(meeting.Id, meeting.Item(AgendaItemKind.Election).Id, "for")).StatusCode);
    }
}
