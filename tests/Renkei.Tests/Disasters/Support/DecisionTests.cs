using System.Net;
using System.Net.Http.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// Deciding on offers and moving them on, through the request page's forms and the API: partial coverage with what is
/// missing, two deciders at once, dispatch and completion with a report.
/// </summary>
public class DecisionTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Accepting_part_of_the_need_shows_3_of_4_and_the_missing_language_then_declining_keeps_the_reason()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id, people: 4, languages: ["vi", "en"]);
        var english = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya, people: 3, languages: ["en"]);
        var other = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Shizuoka, people: 1, languages: ["en"]);
        var client = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var url = $"/disasters/{disaster.Id}/requests/{request.Id}";

        var accepted = await client.SubmitForm(await client.GetPage(url), $"form#accept-{english.Id}");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"{url}#offer-{english.Id}", accepted.Headers.Location!.OriginalString);

        var page = await client.GetPage(url);
        var coverage = page.QuerySelector(".support-coverage")!.TextContent;
        Assert.Contains("3/4名", coverage);
        Assert.Contains("あと1名（ベトナム語）", coverage);
        Assert.Contains("一部充足", page.QuerySelector(".support-badges")!.TextContent);
        var en = (await client.GetPage(url + "?culture=en")).QuerySelector(".support-coverage")!.TextContent;
        Assert.Contains("3 of 4", en);
        Assert.Contains("1 more (Vietnamese)", en);

        var declined = await client.SubmitForm(page, $"form#decline-{other.Id}", new Dictionary<string, string> { ["Step.Note"] = "ベトナム語の方を探しています" });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var stored = await DisasterData.LoadRequestAsync(factory, request.Id);
        var step = Assert.Single(stored.Offers.Single(o => o.Id == other.Id).Steps);
        Assert.Equal((OfferStepKind.Declined, "ベトナム語の方を探しています", DisasterData.Gifu), (step.Kind, step.Note, step.ByAssociationCode));
        var history = (await client.GetPage(url + "?culture=ja")).QuerySelector($"#offer-{other.Id} .support-history")!.TextContent;
        Assert.Contains("見送り", history);
        Assert.Contains("ベトナム語の方を探しています", history);
    }

    [Fact]
    public async Task Two_deciders_at_once_through_the_api_get_one_decision_and_a_409_saying_what_happened()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var chair = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Aichi));
        var requester = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));
        for (var round = 0; round < 3; round++)
        {
            var disaster = await DisasterData.DeclareAsync(factory);
            var request = await DisasterData.RequestAsync(factory, disaster.Id);
            var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
            var url = $"/api/v1/disasters/{disaster.Id}/requests/{request.Id}/offers/{offer.Id}/decision";

            var answers = await Task.WhenAll(
                chair.PostAsJsonAsync(url, new { decision = "accepted" }),
                requester.PostAsJsonAsync(url, new { decision = "declined", note = "不要になりました" }));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            var refused = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
            Assert.Contains("画面を更新", (await refused.JsonAsync()).GetProperty("detail").GetString());
            Assert.Single((await DisasterData.LoadRequestAsync(factory, request.Id)).Offers.Single().Steps);
        }
    }

    [Fact]
    public async Task Two_deciders_on_the_page_at_once_one_lands_and_the_other_sees_the_reason()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
        var url = $"/disasters/{disaster.Id}/requests/{request.Id}";
        var chair = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Aichi));
        var requester = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var chairPage = await chair.GetPage(url);
        var requesterPage = await requester.GetPage(url);

        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitForm(chairPage, $"form#accept-{offer.Id}")).StatusCode);
        var late = await requester.SubmitForm(requesterPage, $"form#decline-{offer.Id}", new Dictionary<string, string> { ["Step.Note"] = "見送ります" });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var shown = Forms.Parse(await late.Content.ReadAsStringAsync());
        Assert.Contains("「承諾」にしています", shown.QuerySelector("#error-summary")!.TextContent);
        Assert.Contains("承諾", shown.QuerySelector($"#offer-{offer.Id} .badge")!.TextContent);
        Assert.Equal(OfferStepKind.Accepted, Assert.Single((await DisasterData.LoadRequestAsync(factory, request.Id)).Offers.Single().Steps).Kind);
    }

    [Fact]
    public async Task The_offering_association_records_dispatch_then_completion_with_a_report_and_the_request_is_completed()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id, people: 1);
        var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
        var requester = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var decided = await requester.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests/{request.Id}/offers/{offer.Id}/decision", new { decision = "accepted" });
        Assert.Equal("accepted", (await decided.JsonAsync()).GetProperty("state").GetString());
        var nagoya = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Nagoya));
        var url = $"/disasters/{disaster.Id}/requests/{request.Id}";

        var page = await nagoya.GetPage(url);
        Assert.Null(page.QuerySelector($"form#accept-{offer.Id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await nagoya.SubmitForm(page, $"form#dispatch-{offer.Id}")).StatusCode);

        page = await nagoya.GetPage(url);
        Assert.Contains("派遣中", page.QuerySelector($"#offer-{offer.Id} .badge")!.TextContent);
        var noReport = await nagoya.SubmitForm(page, $"form#complete-{offer.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, noReport.StatusCode);
        var shown = Forms.Parse(await noReport.Content.ReadAsStringAsync());
        Assert.Contains("完了の報告", shown.QuerySelector($"#complete-{offer.Id}-error")!.TextContent);
        Assert.NotNull(shown.QuerySelector($"#offer-{offer.Id} details[open] form#complete-{offer.Id}"));

        var report = "3日間、避難所2か所でベトナム語の通訳";
        Assert.Equal(HttpStatusCode.Redirect, (await nagoya.SubmitForm(page, $"form#complete-{offer.Id}", new Dictionary<string, string> { ["Step.Note"] = report })).StatusCode);
        var stored = await DisasterData.LoadRequestAsync(factory, request.Id);
        Assert.Equal([OfferStepKind.Accepted, OfferStepKind.Dispatched, OfferStepKind.Completed], stored.Offers.Single().Steps.OrderBy(s => s.Sequence).Select(s => s.Kind));
        Assert.Equal(report, stored.Offers.Single().Steps.Single(s => s.Kind == OfferStepKind.Completed).Note);
        var final = await nagoya.GetPage(url);
        Assert.Contains("完了", final.QuerySelector(".support-badges")!.TextContent);
        Assert.Contains(report, final.QuerySelector(".support-timeline")!.TextContent);

        var api = await requester.GetAsync($"/api/v1/disasters/{disaster.Id}/requests/{request.Id}");
        var body = await api.JsonAsync();
        Assert.Equal("completed", body.GetProperty("coverage").GetProperty("state").GetString());
        Assert.Equal(["accepted", "dispatched", "completed"], body.GetProperty("offers")[0].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Who_may_move_an_offer_on_is_checked_and_a_wrong_body_is_a_400()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
        var baseUrl = $"/api/v1/disasters/{disaster.Id}/requests/{request.Id}/offers/{offer.Id}";
        var shizuoka = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Shizuoka));
        var nagoya = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Nagoya));

        Assert.Equal(HttpStatusCode.Forbidden, (await shizuoka.PostAsJsonAsync(baseUrl + "/decision", new { decision = "accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shizuoka.PostAsJsonAsync(baseUrl + "/status", new { status = "withdrawn" })).StatusCode);
        // The offerer cannot accept its own offer.
        Assert.Equal(HttpStatusCode.Forbidden, (await nagoya.PostAsJsonAsync(baseUrl + "/decision", new { decision = "accepted" })).StatusCode);
        var wrong = await nagoya.PostAsJsonAsync(baseUrl + "/status", new { status = "finished" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("dispatched", (await wrong.JsonAsync()).GetProperty("errors").GetProperty("status")[0].GetString());
        // Pending: it cannot be dispatched yet (409 with the reason).
        var early = await nagoya.PostAsJsonAsync(baseUrl + "/status", new { status = "dispatched" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Empty((await DisasterData.LoadRequestAsync(factory, request.Id)).Offers.Single().Steps);

        var withdrawn = await nagoya.PostAsJsonAsync(baseUrl + "/status", new { status = "withdrawn", note = "人員を確保できなくなった" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("withdrawn", (await withdrawn.JsonAsync()).GetProperty("state").GetString());
    }
}
