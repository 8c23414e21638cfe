using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>Offering help: any association that sees the request except the requester; the secretariat for a named association; checked input; not on a closed request.</summary>
public class OfferTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    Task<List<SupportOffer>> OffersAsync(int requestId) =>
        factory.WithDb(db => db.SupportOffers.AsNoTracking().Where(o => o.RequestId == requestId).OrderBy(o => o.Id).ToListAsync());

    [Fact]
    public async Task An_association_of_the_block_offers_through_the_form_prefilled_from_the_request()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id, languages: ["vi", "pt"]);
        var client = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Nagoya));

        var page = await client.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}/offer");
        var ticked = page.QuerySelectorAll("input[name='Input.Languages'][checked]").Select(e => e.GetAttribute("value")).ToList();
        Assert.Equal(["pt", "vi"], ticked.Order());
        Assert.Contains("あと2名（ベトナム語、ポルトガル語）", page.QuerySelector(".support-coverage")!.TextContent);

        var response = await client.SubmitForm(page, "form#offer-form", new Dictionary<string, string>
        {
            ["Input.People"] = "2", ["Input.Who"] = "職員1名、通訳ボランティア1名", ["Input.Mode"] = "remote", ["Input.Details"] = "オンラインで対応",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var offer = Assert.Single(await OffersAsync(request.Id));
        Assert.Equal($"/disasters/{disaster.Id}/requests/{request.Id}#offer-{offer.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((DisasterData.Nagoya, 2, OfferMode.Remote, "職員1名、通訳ボランティア1名", request.From, request.To!.Value),
            (offer.AssociationCode, offer.People, offer.Mode, offer.Who, offer.From, offer.To));
        Assert.Equal(["pt", "vi"], offer.Languages.Order());
        var made = Assert.Single(await SupportTesting.EventsAsync(factory, request.Id), e => e.Kind == DisasterEventKind.OfferMade);
        Assert.Equal((offer.Id, DisasterData.Nagoya), (made.OfferId!.Value, made.AssociationCode));

        var shown = await client.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}");
        var item = shown.QuerySelector($"#offer-{offer.Id}")!;
        Assert.Contains("回答待ち", item.QuerySelector(".badge")!.TextContent);
        Assert.Null(item.QuerySelector("form[id^='accept-']"));
        Assert.NotNull(item.QuerySelector($"form#withdraw-{offer.Id}"));
    }

    [Fact]
    public async Task The_requesting_association_cannot_offer_to_its_own_request()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var gifu = await factory.AssociationAdmin(DisasterData.Gifu);
        var client = await factory.SignedInClient(gifu);

        var page = await client.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}/offer", HttpStatusCode.Forbidden);
        Assert.Contains("自分の要請に支援を申し出ることはできません", page.QuerySelector("#refusal")!.TextContent);
        Assert.Null(page.QuerySelector("form#offer-form"));
        Assert.Null((await client.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}")).QuerySelector($"a[href$='/offer']"));

        var api = await factory.BearerClient(gifu);
        var refused = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests/{request.Id}/offers", SupportTesting.OfferBody());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        // The refusal comes before any fault in the body.
        var malformed = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests/{request.Id}/offers", new { languages = 3, people = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, malformed.StatusCode);
        // Nor may an association offer in another's name.
        var nagoya = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Nagoya));
        var otherName = await nagoya.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests/{request.Id}/offers", SupportTesting.OfferBody(association: DisasterData.Aichi));
        Assert.Equal(HttpStatusCode.Forbidden, otherName.StatusCode);
        Assert.Empty(await OffersAsync(request.Id));
    }

    [Fact]
    public async Task Bad_input_gets_messages_in_japanese_or_english_and_stores_nothing()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var client = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Aichi));

        var page = await client.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}/offer");
        var ja = await client.SubmitForm(page, "form#offer-form", new Dictionary<string, string> { ["Input.People"] = "0", ["Input.To"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, ja.StatusCode);
        var shown = Forms.Parse(await ja.Content.ReadAsStringAsync());
        Assert.Equal("人数は1から999までの数字で入力してください。", shown.QuerySelector("#f-people-error")!.TextContent);
        Assert.Equal("終了日を入力してください（例：2026-05-07）。", shown.QuerySelector("#f-to-error")!.TextContent);
        Assert.Equal("支援の方法（現地派遣または遠隔）を選んでください。", shown.QuerySelector("#f-mode-error")!.TextContent);
        Assert.Equal(3, shown.QuerySelectorAll(".error-summary li").Length);

        var english = await client.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}/offer?culture=en");
        var en = await client.SubmitForm(english, "form#offer-form", new Dictionary<string, string> { ["Input.People"] = "3", ["Input.Mode"] = "onSite", ["Input.From"] = "someday" });
        var shownEn = Forms.Parse(await en.Content.ReadAsStringAsync());
        Assert.Equal("Enter the start date (e.g. 2026-05-01).", shownEn.QuerySelector("#f-from-error")!.TextContent);
        Assert.Equal("3", shownEn.QuerySelector("#f-people")!.GetAttribute("value"));

        var api = await factory.BearerClient(await factory.AssociationStaff(DisasterData.Aichi));
        var invalid = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests/{request.Id}/offers?culture=en", new { people = 1000, languages = new[] { "tlh" }, from = SupportTesting.Today, to = SupportTesting.Today, mode = "teleport" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.Equal("Enter the number of people, from 1 to 999.", errors.GetProperty("people")[0].GetString());
        Assert.Equal("Choose languages from the list.", errors.GetProperty("languages")[0].GetString());
        Assert.Equal("Choose how you would help: on site or remote.", errors.GetProperty("mode")[0].GetString());

        Assert.Empty(await OffersAsync(request.Id));
        Assert.Empty(await SupportTesting.MailsAsync(factory, disaster.Id, request.Id));
    }

    [Fact]
    public async Task The_secretariat_enters_an_offer_for_the_association_it_picks()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var client = await factory.SignedInClient(await factory.Secretariat());

        var page = await client.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}/offer");
        Assert.Null(page.QuerySelector($"#f-association option[value='{DisasterData.Gifu}']"));
        var missing = await client.SubmitForm(page, "form#offer-form", new Dictionary<string, string> { ["Input.People"] = "1", ["Input.Mode"] = "onSite" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("支援を申し出る協会を選んでください。", Forms.Parse(await missing.Content.ReadAsStringAsync()).QuerySelector("#f-association-error")!.TextContent);

        var done = await client.SubmitForm(page, "form#offer-form", new Dictionary<string, string>
        {
            ["Input.Association"] = DisasterData.Sendai, ["Input.People"] = "1", ["Input.Mode"] = "remote",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var offer = Assert.Single(await OffersAsync(request.Id));
        Assert.Equal((DisasterData.Sendai, (string?)null), (offer.AssociationCode, offer.OfferedByAssociationCode));
    }

    [Fact]
    public async Task A_withdrawn_request_or_a_closed_disaster_takes_no_offers()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var gifu = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var requestPage = await gifu.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}");
        var noReason = await gifu.SubmitForm(requestPage, "form#close-request", new Dictionary<string, string> { ["Step.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("取り下げの理由を入力してください", Forms.Parse(await noReason.Content.ReadAsStringAsync()).QuerySelector("#close-request-error")!.TextContent);
        var withdrawn = await gifu.SubmitForm(requestPage, "form#close-request", new Dictionary<string, string> { ["Step.Confirm"] = "true", ["Step.Note"] = "県の通訳で確保できた" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var stored = await DisasterData.LoadRequestAsync(factory, request.Id);
        Assert.Equal("県の通訳で確保できた", stored.ClosingNote);
        Assert.Equal(RequestState.Withdrawn, Coverage.Of(stored).State);

        var nagoya = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Nagoya));
        var page = await nagoya.GetPage($"/disasters/{disaster.Id}/requests/{request.Id}/offer", HttpStatusCode.Conflict);
        Assert.Contains("取り下げられたため", page.QuerySelector("#refusal")!.TextContent);

        var closed = await DisasterData.DeclareAsync(factory, configure: d => d.Status = DisasterStatus.Closed);
        var old = await DisasterData.RequestAsync(factory, closed.Id);
        var api = await factory.BearerClient(await factory.AssociationStaff(DisasterData.Nagoya));
        var late = await api.PostAsJsonAsync($"/api/v1/disasters/{closed.Id}/requests/{old.Id}/offers", SupportTesting.OfferBody());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("この災害対応は終了しています。", (await late.JsonAsync()).GetProperty("detail").GetString());
        Assert.Empty(await OffersAsync(request.Id));
        Assert.Empty(await OffersAsync(old.Id));
    }
}
