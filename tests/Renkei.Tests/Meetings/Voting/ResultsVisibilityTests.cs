using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Results hidden until the vote closes: members see counts of final items only, the secretariat always, the
/// public once the meeting is closed and its results made public; otherwise anonymous signs in and others get 404.</summary>
public class ResultsVisibilityTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Members_see_counts_only_once_final_and_the_secretariat_always()
    {
        var codes = await CodesAsync(factory, 2);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        var rep = (await RepresentativesAsync(factory, meeting.Id, codes.Take(1)))[codes[0]].Client;
        var motion = meeting.Item(AgendaItemKind.Motion);
        await rep.VoteOkAsync(meeting.Id, motion.Id, "for");
        var staffClient = await factory.SignedInClient(await factory.AssociationStaff(codes[1]));
        var secretariat = await factory.BearerClient(await factory.Secretariat());

        var hidden = (await rep.ResultsAsync(meeting.Id)).ItemOf(motion.Id);
        Assert.False((bool)hidden["final"]!);
        Assert.Null(hidden["counts"]);
        Assert.Null(hidden["byChannel"]);
        Assert.Equal(("open", "投票中 — 結果は締切後に公開"), ((string)hidden["verdict"]!["code"]!, (string)hidden["verdict"]!["explanation"]!));
        var page = await staffClient.GetPage($"/meetings/{meeting.Id}/results");
        Assert.Contains("投票中 — 結果は締切後に公開", page.QuerySelector($"#result-{motion.Id}")!.TextContent);
        Assert.Null(page.QuerySelector($"#counts-{motion.Id}"));
        var live = (await secretariat.ResultsAsync(meeting.Id)).ItemOf(motion.Id);
        Assert.Equal(1, live.Counts().Item1);

        await CloseVoteAsync(factory, meeting.Id);
        var shown = (await rep.ResultsAsync(meeting.Id)).ItemOf(motion.Id);
        Assert.True((bool)shown["final"]!);
        Assert.Equal((1, 0, 0, 0), shown.Counts());
        Assert.Equal(1, (int)shown["byChannel"]!["written"]!);
        page = await staffClient.GetPage($"/meetings/{meeting.Id}/results");
        Assert.Equal("1", page.QuerySelector($"#counts-{motion.Id} [data-count=for]")!.TextContent);
        // One of two present: no quorum, and the sentence says why.
        Assert.Contains("不成立", page.QuerySelector($"#result-{motion.Id} .verdict")!.TextContent);
        Assert.Contains("定足数（2団体）に達しなかった", page.QuerySelector($"#result-{motion.Id} .explanation")!.TextContent);
    }

    [Fact]
    public async Task The_public_sees_results_of_a_closed_meeting_only_when_published()
    {
        var codes = await CodesAsync(factory, 3);
        var meeting = await MeetingData.CreateAsync(factory, codes[0], codes[1]);
        var url = $"/meetings/{meeting.Id}/results";
        var api = $"/api/v1/meetings/{meeting.Id}/results";
        var anonymous = factory.NewClient();
        var outsider = await factory.SignedInClient(await factory.AssociationAdmin(codes[2]));

        var login = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/account/login", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(api)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(api)).StatusCode);

        await SetAsync(meeting.Id, m => m.ResultsPublic = true); // public, but not closed yet
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(url)).StatusCode);
        await SetAsync(meeting.Id, m => { m.Status = MeetingStatus.Closed; m.VoteDeadline = DateTime.UtcNow; });
        var page = await anonymous.GetPage(url);
        Assert.NotNull(page.QuerySelector($"#counts-{meeting.Item(AgendaItemKind.Motion).Id}"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(api)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_draft_has_no_results_for_members_and_sample_meetings_say_so()
    {
        var codes = await CodesAsync(factory, 1);
        var draft = await MeetingData.CreateAsync(factory, codes, m => m.Status = MeetingStatus.Draft);
        var member = await factory.SignedInClient(await factory.AssociationAdmin(codes[0]));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/meetings/{draft.Id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/meetings/{draft.Id}/results")).StatusCode);

        var sample = await MeetingData.CreateAsync(factory, codes, m => m.IsSample = true);
        var page = await member.GetPage($"/meetings/{sample.Id}/results");
        Assert.NotNull(page.QuerySelector(".sample-data"));
        Assert.True((bool)(await (await member.GetAsync($"/api/v1/meetings/{sample.Id}/results")).JsonAsync())["sample"]!);
    }

    Task SetAsync(int id, Action<Meeting> change) => factory.WithDb(async db =>
    {
        var m = await db.Meetings.SingleAsync(x => x.Id == id);
        change(m);
        await db.SaveChangesAsync();
    });
}
