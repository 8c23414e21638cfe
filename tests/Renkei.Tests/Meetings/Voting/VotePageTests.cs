using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The ballot page, submitted as a browser would: the representative votes for itself and its proxies in one
/// form; only changes are cast; others are told who votes; a closed item is refused with its reason.</summary>
public class VotePageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_representative_votes_for_itself_and_a_proxy_in_one_form()
    {
        // codes[0] holds the chair; codes[1] gave its proxy to the chair.
        var codes = await CodesAsync(factory, 3);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        var rep = await factory.AssociationAdmin(codes[0]);
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[0], AttendanceMode.OnSite, rep, null, "会長");
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[1], AttendanceMode.Proxy);
        var client = await factory.SignedInClient(rep);
        var (motion, election) = (meeting.Item(AgendaItemKind.Motion), meeting.Item(AgendaItemKind.Election));
        var url = $"/meetings/{meeting.Id}/vote";

        var page = await client.GetPage(url);
        Assert.Contains("書面表決", page.QuerySelector("#vote-channel")!.TextContent);
        Assert.Contains("（委任）", page.QuerySelector($"#f-{codes[1]}-{motion.Id}-0 legend")!.TextContent);
        Assert.Null(page.QuerySelector($"#f-{codes[2]}-{motion.Id}-0"));
        Assert.Null(page.QuerySelector($"[id='f-{codes[0]}-{meeting.Item(AgendaItemKind.Report).Id}-0']"));
        var response = await client.SubmitForm(page, "#vote-form", new Dictionary<string, string>
        {
            [$"Choices[{codes[0]}-{motion.Id}-0]"] = "for",
            [$"Choices[{codes[1]}-{motion.Id}-0]"] = "against",
            [$"Choices[{codes[0]}-{election.Id}-0]"] = "abstain",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
        var ballots = await BallotsAsync(factory, motion.Id);
        Assert.Equal([(codes[0], BallotChoice.For, (string?)null), (codes[1], BallotChoice.Against, "CHAIR")],
            ballots.OrderBy(b => b.AssociationCode).Select(b => (b.AssociationCode, b.Choice, b.ProxyHolderCode)));
        Assert.Single(await BallotsAsync(factory, election.Id));
        page = await client.GetPage(url);
        Assert.Equal(3, page.QuerySelectorAll("#vote-recorded li").Length);
        Assert.Contains("3件", page.QuerySelector(".flash")!.TextContent);
        Assert.Equal("against", page.QuerySelector($"input[name='Choices[{codes[1]}-{motion.Id}-0]']:checked")!.GetAttribute("value"));
        Assert.Equal(3, page.QuerySelectorAll("#vote-history tbody tr").Length);

        // Sent again unchanged, nothing is cast; a change appends.
        response = await client.SubmitForm(page, "#vote-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, (await BallotsAsync(factory, motion.Id)).Count);
        await client.PostForm(url, "#vote-form", new Dictionary<string, string> { [$"Choices[{codes[0]}-{motion.Id}-0]"] = "against" });
        Assert.Equal(3, (await BallotsAsync(factory, motion.Id)).Count);
        Assert.Equal(4, (await client.GetPage(url)).QuerySelectorAll("#vote-history tbody tr").Length);
    }

    [Fact]
    public async Task Someone_who_is_not_the_representative_is_told_who_votes()
    {
        var codes = await CodesAsync(factory, 2);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        var rep = await factory.AssociationAdmin(codes[0]);
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[0], AttendanceMode.Online, rep);
        var staff = await factory.SignedInClient(await factory.AssociationStaff(codes[0]));
        var url = $"/meetings/{meeting.Id}/vote";

        var page = await staff.GetPage(url);
        var notice = page.QuerySelector("#not-representative")!;
        Assert.Contains(rep.Email, notice.TextContent);
        Assert.Equal($"/meetings/{meeting.Id}/attendance", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#vote-form"));
        var withoutRep = await staff.GetPage(url.Replace(meeting.Id.ToString(), (await MeetingData.CreateAsync(factory, codes.ToArray())).Id.ToString()));
        Assert.Contains("まだ指名されていません", withoutRep.QuerySelector("#not-representative")!.TextContent);

        var outsider = await factory.SignedInClient(await factory.AssociationAdmin((await CodesAsync(factory, 1, skip: 5))[0]));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        var anonymous = await factory.NewClient().GetAsync(url);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
        var secretariat = await (await factory.SignedInClient(await factory.Secretariat())).GetPage(url);
        Assert.Equal($"/meetings/manage/{meeting.Id}/votes", secretariat.QuerySelector("#vote-secretariat a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_vote_on_an_item_closed_meanwhile_is_refused_with_the_reason_and_the_rest_is_cast()
    {
        var codes = await CodesAsync(factory, 2);
        var meeting = await MeetingData.CreateAsync(factory, codes, MeetingData.InSession);
        var rep = await factory.AssociationAdmin(codes[0]);
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[0], AttendanceMode.Online, rep);
        var client = await factory.SignedInClient(rep);
        var (motion, election) = (meeting.Item(AgendaItemKind.Motion), meeting.Item(AgendaItemKind.Election));
        var url = $"/meetings/{meeting.Id}/vote";

        var page = await client.GetPage(url);
        Assert.Contains("オンライン", page.QuerySelector("#vote-channel")!.TextContent);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        await secretariat.PostForm($"/meetings/manage/{meeting.Id}/votes?item={motion.Id}", "#close-form", new Dictionary<string, string> { ["Confirm"] = "true" });
        var response = await client.SubmitForm(page, "#vote-form", new Dictionary<string, string>
        {
            [$"Choices[{codes[0]}-{motion.Id}-0]"] = "for",
            [$"Choices[{codes[0]}-{election.Id}-0]"] = "for",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("締め切られました", after.QuerySelector($"#e-{codes[0]}-{motion.Id}-0")!.TextContent);
        Assert.Contains("締め切られました", after.QuerySelector("#vote-failures")!.TextContent);
        Assert.Single(after.QuerySelectorAll("#vote-recorded li"));
        Assert.Empty(await BallotsAsync(factory, motion.Id));
        Assert.Single(await BallotsAsync(factory, election.Id));
        Assert.Null((await client.GetPage(url)).QuerySelector($"input[name='Choices[{codes[0]}-{motion.Id}-0]']"));
    }
}
