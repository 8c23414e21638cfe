using System.Net;
using System.Net.Http.Json;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.DisastersFeature;

/// <summary>A request stays in its block until escalated (another block gets 404 on every page and endpoint), then every member sees it.</summary>
public class BlockRuleTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Another_block_gets_404_on_pages_and_api_until_the_request_is_escalated_then_sees_and_may_offer()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
        var sendaiUser = await factory.AssociationAdmin(DisasterData.Sendai);
        var sendai = await factory.SignedInClient(sendaiUser);
        var sendaiApi = await factory.BearerClient(sendaiUser);
        var nagoya = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Nagoya));
        var basePath = $"/disasters/{disaster.Id}/requests/{request.Id}";
        var api = $"/api/v1{basePath}";

        await sendai.GetPage(basePath, HttpStatusCode.NotFound);
        await sendai.GetPage(basePath + "/offer", HttpStatusCode.NotFound);
        await nagoya.GetPage(basePath);
        await nagoya.GetPage(basePath + "/offer");
        Assert.Equal(HttpStatusCode.NotFound, (await sendaiApi.GetAsync(api)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sendaiApi.PostAsJsonAsync(api + "/offers", SupportTesting.OfferBody())).StatusCode);
        // A body the API cannot take tells nothing either: still 404, not 400.
        Assert.Equal(HttpStatusCode.NotFound, (await sendaiApi.PostAsJsonAsync(api + "/offers", new { languages = 3, people = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sendaiApi.PostAsJsonAsync(api + $"/offers/{offer.Id}/status", new { status = "withdrawn" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sendaiApi.PostAsJsonAsync(api + "/escalate", new { })).StatusCode);
        Assert.Empty((await (await sendaiApi.GetAsync($"/api/v1/disasters/{disaster.Id}/requests")).JsonAsync()).EnumerateArray());

        // The block chair escalates it from the request page (with its confirmation tick).
        var chair = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Aichi));
        var page = await chair.GetPage(basePath);
        var unconfirmed = await chair.SubmitForm(page, "form#escalate");
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Null((await DisasterData.LoadRequestAsync(factory, request.Id)).EscalatedAt);
        var escalated = await chair.SubmitForm(page, "form#escalate", new Dictionary<string, string> { ["Step.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);

        var seen = await sendai.GetPage(basePath);
        Assert.Contains("全ブロック", seen.QuerySelector(".support-facts")!.TextContent);
        await sendai.GetPage(basePath + "/offer");
        var listed = (await (await sendaiApi.GetAsync($"/api/v1/disasters/{disaster.Id}/requests")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal("all", Assert.Single(listed).GetProperty("reach").GetString());
        var read = await (await sendaiApi.GetAsync(api)).JsonAsync();
        Assert.Equal(offer.Id, Assert.Single(read.GetProperty("offers").EnumerateArray()).GetProperty("id").GetInt32());
        // Seen, but not Sendai's to decide on or to escalate: 403 now, not 404.
        Assert.Equal(HttpStatusCode.Forbidden, (await sendaiApi.PostAsJsonAsync(api + $"/offers/{offer.Id}/decision", new { decision = "accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await sendaiApi.PostAsJsonAsync(api + "/offers", SupportTesting.OfferBody())).StatusCode);
    }

    [Fact]
    public async Task In_the_block_only_the_chair_and_the_secretariat_escalate_by_hand()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var api = $"/api/v1/disasters/{disaster.Id}/requests/{request.Id}/escalate";

        var gifu = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var refused = await gifu.PostAsJsonAsync(api, new { });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var page = await (await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Gifu))).GetPage($"/disasters/{disaster.Id}/requests/{request.Id}");
        Assert.Null(page.QuerySelector("form#escalate"));

        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var done = await secretariat.PostAsJsonAsync(api, new { });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var body = await done.JsonAsync();
        Assert.Equal("all", body.GetProperty("reach").GetString());
        Assert.False(body.GetProperty("escalatedAutomatically").GetBoolean());
        var again = await secretariat.PostAsJsonAsync(api, new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("全ブロックに広げられています", (await again.JsonAsync()).GetProperty("detail").GetString());

        var events = await SupportTesting.EventsAsync(factory, request.Id);
        var escalation = Assert.Single(events, e => e.Kind == Renkei.Web.Features.Disasters.DisasterEventKind.RequestEscalated);
        Assert.False(escalation.Automatic);
        Assert.Null(escalation.ActorAssociationCode);
    }
}
