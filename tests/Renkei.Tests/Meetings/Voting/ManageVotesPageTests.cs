using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The secretariat's page: who has voted and the live tally; paper and show-of-hands ballots recorded per
/// association (never a total); closing an item's vote only after a confirmation.</summary>
public class ManageVotesPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_secretariat_records_ballots_association_by_association_and_sees_the_tally()
    {
        var codes = await CodesAsync(factory, 4);
        var meeting = await MeetingData.CreateAsync(factory, codes, MeetingData.InSession);
        var rep = (await RepresentativesAsync(factory, meeting.Id, codes.Take(1)))[codes[0]].Client;
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[3], AttendanceMode.Proxy, proxyHolder: codes[0]);
        var motion = meeting.Item(AgendaItemKind.Motion);
        await rep.VoteOkAsync(meeting.Id, motion.Id, "for");
        var client = await factory.SignedInClient(await factory.Secretariat());
        var url = $"/meetings/manage/{meeting.Id}/votes?item={motion.Id}";

        var page = await client.GetPage(url);
        Assert.Equal(4, page.QuerySelectorAll("#vote-grid tbody tr").Length);
        Assert.Equal("for", page.QuerySelector($"#row-{codes[0]} [data-choice]")!.GetAttribute("data-choice"));
        Assert.Contains("オンライン", page.QuerySelector($"#row-{codes[0]}")!.TextContent);
        Assert.Equal("1", page.QuerySelector("#selected-counts [data-count=for]")!.TextContent);
        var response = await client.SubmitForm(page, "#record-form", new Dictionary<string, string>
        {
            [$"Record[{codes[1]}]"] = "against",
            [$"Record[{codes[3]}]"] = "for",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ballots = await BallotsAsync(factory, motion.Id);
        Assert.Equal(3, ballots.Count);
        Assert.Equal([(codes[1], BallotChoice.Against, (string?)null), (codes[3], BallotChoice.For, codes[0])],
            ballots.Where(b => b.Channel == BallotChannel.Recorded).OrderBy(b => b.AssociationCode).Select(b => (b.AssociationCode, b.Choice, b.ProxyHolderCode)));
        page = await client.GetPage(response.Headers.Location!.OriginalString);
        Assert.Contains("2協会", page.QuerySelector(".flash")!.TextContent);
        Assert.Equal(("2", "1"), (page.QuerySelector("#selected-counts [data-count=for]")!.TextContent, page.QuerySelector("#selected-counts [data-count=against]")!.TextContent));
        Assert.Contains("委任による投票 1", page.QuerySelector("#selected-counts-channels")!.TextContent);
        Assert.Equal("against", page.QuerySelector($"#row-{codes[1]} [data-choice]")!.GetAttribute("data-choice"));
        Assert.Null(page.QuerySelector($"#row-{codes[2]} [data-choice=for]"));
    }

    [Fact]
    public async Task Closing_an_item_needs_a_confirmation_and_then_refuses_every_ballot()
    {
        var codes = await CodesAsync(factory, 2);
        var meeting = await MeetingData.CreateAsync(factory, codes, MeetingData.InSession);
        var motion = meeting.Item(AgendaItemKind.Motion);
        var client = await factory.SignedInClient(await factory.Secretariat());
        var url = $"/meetings/manage/{meeting.Id}/votes?item={motion.Id}";

        var unconfirmed = await client.PostForm(url, "#close-form");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("チェックを入れてください", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Null(await ClosedAtAsync(motion.Id));

        var page = await client.GetPage(url);
        var closed = await client.SubmitForm(page, "#close-form", new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.NotNull(await ClosedAtAsync(motion.Id));
        page = await client.GetPage(closed.Headers.Location!.OriginalString);
        Assert.Contains("締め切りました", page.QuerySelector(".flash")!.TextContent);
        Assert.Null(page.QuerySelector("#close-form"));
        Assert.Null(page.QuerySelector("#record-form input[type=radio]"));
        // A grid posted for the closed item (as from a page loaded before the close) is refused row by row.
        var open = await client.GetPage($"/meetings/manage/{meeting.Id}/votes?item={meeting.Item(AgendaItemKind.Election).Id}");
        var stale = await client.SubmitForm(open, "#record-form", new Dictionary<string, string> { ["Item"] = motion.Id.ToString(), [$"Record[{codes[1]}]"] = "for" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("締め切られました", Forms.Parse(await stale.Content.ReadAsStringAsync()).QuerySelector($"#row-{codes[1]}")!.TextContent);
        Assert.Empty(await BallotsAsync(factory, motion.Id));
    }

    [Fact]
    public async Task Association_users_get_403_and_an_unknown_item_404()
    {
        var codes = await CodesAsync(factory, 1);
        var meeting = await MeetingData.CreateAsync(factory, codes, MeetingData.InSession);
        var admin = await factory.SignedInClient(await factory.AssociationAdmin(codes[0]));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/meetings/manage/{meeting.Id}/votes")).StatusCode);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/meetings/manage/{meeting.Id}/votes?item=0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/meetings/manage/0/votes")).StatusCode);
    }

    Task<DateTime?> ClosedAtAsync(int itemId) => factory.WithDb(db => db.AgendaItems.Where(i => i.Id == itemId).Select(i => i.ClosedAt).SingleAsync());
}
