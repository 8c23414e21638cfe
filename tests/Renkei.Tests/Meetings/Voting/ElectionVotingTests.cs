using System.Net;
using System.Net.Http.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>A per-candidate election: a ballot per candidate (API and page), a verdict per candidate, the results page's table.</summary>
public class ElectionVotingTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Each_candidate_is_voted_on_and_elected_on_its_own()
    {
        var codes = await CodesAsync(factory, 3, skip: 20);
        var meeting = await MeetingData.CreateAsync(factory, codes, m =>
        {
            var election = m.Items.Single(i => i.Kind == AgendaItemKind.Election);
            election.ElectionMode = ElectionMode.PerCandidate;
            var first = election.Candidates[0];
            election.Candidates.Add(new ElectionCandidate
            {
                Number = 2, OfficerPositionId = 3, PersonName = "監事 花子", AssociationCode = codes[1], TermFrom = first.TermFrom, TermTo = first.TermTo,
            });
        });
        var voters = await RepresentativesAsync(factory, meeting.Id, codes.Take(2));
        var election = meeting.Item(AgendaItemKind.Election);

        var noCandidate = await voters[codes[0]].Client.VoteAsync(meeting.Id, election.Id, "for");
        Assert.Equal(HttpStatusCode.BadRequest, noCandidate.StatusCode);
        Assert.NotNull((await noCandidate.JsonAsync())["errors"]!["candidateNumber"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await voters[codes[0]].Client.VoteAsync(meeting.Id, election.Id, "for", candidate: 3)).StatusCode);
        await voters[codes[0]].Client.VoteOkAsync(meeting.Id, election.Id, "for", candidate: 1);
        await voters[codes[0]].Client.VoteOkAsync(meeting.Id, election.Id, "for", candidate: 2);
        await voters[codes[1]].Client.VoteOkAsync(meeting.Id, election.Id, "for", candidate: 1);
        await voters[codes[1]].Client.VoteOkAsync(meeting.Id, election.Id, "against", candidate: 2);

        // The third association votes on the page: one field per candidate.
        var admin = await factory.AssociationAdmin(codes[2]);
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[2], AttendanceMode.Online, admin);
        var browser = await factory.SignedInClient(admin);
        var page = await browser.GetPage($"/meetings/{meeting.Id}/vote");
        Assert.Contains("監事 花子", page.QuerySelector($"#f-{codes[2]}-{election.Id}-2 legend")!.TextContent);
        Assert.Null(page.QuerySelector($"#f-{codes[2]}-{election.Id}-0"));
        var posted = await browser.SubmitForm(page, "#vote-form", new Dictionary<string, string>
        {
            [$"Choices[{codes[2]}-{election.Id}-1]"] = "for",
            [$"Choices[{codes[2]}-{election.Id}-2]"] = "against",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var secretariat = await factory.BearerClient(await factory.Secretariat());
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/items/{election.Id}/close", new { confirm = true })).StatusCode);
        var item = (await voters[codes[0]].Client.ResultsAsync(meeting.Id)).ItemOf(election.Id);
        Assert.Null(item["counts"]);
        var candidates = item["candidates"]!.AsArray();
        Assert.Equal(("elected", "選任（全会一致）"), ((string)candidates[0]!["verdict"]!["code"]!, (string)candidates[0]!["verdict"]!["label"]!));
        Assert.Equal((3, 0), ((int)candidates[0]!["counts"]!["for"]!, (int)candidates[0]!["counts"]!["against"]!));
        Assert.Equal(("rejected", 2), ((string)candidates[1]!["verdict"]!["code"]!, (int)candidates[1]!["counts"]!["against"]!));
        Assert.Equal(("監事 花子", "監事"), ((string)candidates[1]!["name"]!, (string)candidates[1]!["position"]!));
        Assert.Equal("rejected", (string)item["verdict"]!["code"]!);

        var results = await browser.GetPage($"/meetings/{meeting.Id}/results");
        Assert.Contains("選任（全会一致）", results.QuerySelector($"#candidate-{election.Id}-1")!.TextContent);
        Assert.Contains("否決", results.QuerySelector($"#candidate-{election.Id}-2")!.TextContent);
    }
}
