using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Features.Meetings;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.DisastersFeature;

/// <summary>
/// Wide-area support for a flood as the associations live it, each in a browser of its own: Gifu declares a flood and
/// asks for interpreters; its block (Aichi, Nagoya) offers first while another block (Sendai) cannot even see the
/// request; one offer is accepted and one declined; the request is not covered within 24 hours on the app's clock, so
/// it goes to every block; Sendai offers from its e-mail's link; the help is dispatched and completed, and the
/// secretariat closes the disaster with a summary of who helped whom.
/// </summary>
public class FloodSupportJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    const string Gifu = "210005";
    const string Aichi = "230006";
    const string Nagoya = "231002";
    const string Sendai = "041009";

    [Fact]
    public Task A_flood_request_is_offered_in_its_block_escalated_after_the_deadline_and_completed_with_help_from_another_block() => InBrowser(async gifu =>
    {
        var name = $"岐阜県豪雨 {Guid.NewGuid():N}"[..14];
        var users = new Dictionary<string, TestUser>();
        foreach (var code in new[] { Gifu, Aichi, Nagoya, Sendai }) users[code] = await App.AssociationAdmin(code);
        var secretary = await App.Secretariat();
        await gifu.Context.SignInThroughApiAsync(App, users[Gifu]);
        var pages = new Dictionary<string, IPage> { [Gifu] = gifu };
        foreach (var code in new[] { Aichi, Nagoya, Sendai })
        {
            pages[code] = await NewPageAsync(code == Aichi ? Viewport.Phone : Viewport.Desktop);
            await pages[code].Context.SignInThroughApiAsync(App, users[code]);
        }
        try
        {
            // 1. Gifu declares the flood in its prefecture and reports that it works with limits and runs a support centre.
            var now = App.Clock.GetUtcNow().UtcDateTime;
            await gifu.GotoAsync("/disasters/new");
            await gifu.Locator("#drill-false").CheckAsync();
            await gifu.Locator("#Input_NameJa").FillAsync(name);
            await gifu.Locator("#Input_Kind").SelectOptionAsync("flood");
            await gifu.Locator("#pref-21").CheckAsync();
            await gifu.Locator("#Input_StartedAt").FillAsync(JapanTime.InputValue(now.AddHours(-3)));
            await gifu.Locator("form#declare button[type=submit]").ClickAsync();
            await Expect(gifu).ToHaveURLAsync(new Regex(@"/disasters/\d+$"));
            var id = int.Parse(Regex.Match(gifu.Url, @"/disasters/(\d+)$").Groups[1].Value);
            await gifu.GotoAsync($"/disasters/{id}/status");
            await gifu.Locator("#status-limited").CheckAsync();
            await gifu.Locator("#centre").CheckAsync();
            await gifu.Locator("form#status button[type=submit]").ClickAsync();
            await Expect(gifu.Locator("main")).ToContainTextAsync("一部制限");

            // 2. Gifu asks for 4 interpreters, Vietnamese and English, immediately. Its block is told by e-mail.
            await gifu.GotoAsync($"/disasters/{id}/requests/new");
            await gifu.Locator("#f-kind").SelectOptionAsync("interpreters");
            await gifu.Locator("input[name='Input.Languages'][value=vi]").CheckAsync();
            await gifu.Locator("input[name='Input.Languages'][value=en]").CheckAsync();
            await gifu.Locator("#f-people").FillAsync("4");
            var today = JapanTime.Date(now);
            await gifu.Locator("#f-from").FillAsync(today.ToString("yyyy-MM-dd"));
            await gifu.Locator("#f-to").FillAsync(today.AddDays(6).ToString("yyyy-MM-dd"));
            await gifu.Locator("#f-place").FillAsync("岐阜市 災害多言語支援センター");
            await gifu.Locator("input[name='Input.Urgency'][value=immediate]").CheckAsync();
            await gifu.Locator("form#request-form button[type=submit]").ClickAsync();
            await Expect(gifu).ToHaveURLAsync(new Regex($@"/disasters/{id}/requests/\d+$"));
            var requestId = int.Parse(Regex.Match(gifu.Url, @"/requests/(\d+)$").Groups[1].Value);
            var offerLink = $"/disasters/{id}/requests/{requestId}/offer";
            Assert.True(await MailedAsync(users[Aichi].Email, offerLink));
            Assert.False(await MailedAsync(users[Sendai].Email, offerLink));

            // Another block does not see a request still in its block: not on the board, 404 by its address.
            await pages[Sendai].GotoAsync($"/disasters/{id}");
            await Expect(pages[Sendai].Locator("main")).Not.ToContainTextAsync("岐阜市 災害多言語支援センター");
            var hidden = await pages[Sendai].GotoAsync($"/disasters/{id}/requests/{requestId}");
            Assert.Equal(404, hidden!.Status);

            // 3. Two offers from the same block: Aichi (on a phone) 2 Vietnamese interpreters on site, Nagoya 2 English remote.
            await OfferAsync(pages[Aichi], offerLink, 2, "vi", "onSite", today, today.AddDays(3));
            await OfferAsync(pages[Nagoya], offerLink, 2, "en", "remote", today.AddDays(5), today.AddDays(6));
            var offers = await OffersAsync(requestId);
            var aichiOffer = offers.Single(o => o.AssociationCode == Aichi);
            var nagoyaOffer = offers.Single(o => o.AssociationCode == Nagoya);

            // 4. Gifu accepts Aichi's offer and declines Nagoya's (its dates come too late): 2 English interpreters still missing.
            await gifu.GotoAsync($"/disasters/{id}/requests/{requestId}");
            await gifu.Locator($"form#accept-{aichiOffer.Id} button[type=submit]").ClickAsync();
            await Expect(gifu.Locator($"#offer-{aichiOffer.Id}")).ToContainTextAsync("承諾");
            await gifu.Locator($"#offer-{nagoyaOffer.Id} details:has(form#decline-{nagoyaOffer.Id}) > summary").ClickAsync();
            await gifu.Locator($"#decline-{nagoyaOffer.Id}-note").FillAsync("5日後からでは間に合いません");
            await gifu.Locator($"form#decline-{nagoyaOffer.Id} button[type=submit]").ClickAsync();
            await Expect(gifu.Locator($"#offer-{nagoyaOffer.Id}")).ToContainTextAsync("見送り");
            await Expect(gifu.Locator("main")).ToContainTextAsync("あと2名（英語）");

            // 5. A day passes without cover. The next look at the board takes the request to every block, with an e-mail
            //    to Sendai that links straight to the offer form.
            App.Clock.Advance(TimeSpan.FromHours(25));
            await gifu.Context.SignInThroughApiAsync(App, users[Gifu]);
            foreach (var code in new[] { Aichi, Nagoya, Sendai }) await pages[code].Context.SignInThroughApiAsync(App, users[code]);
            await gifu.GotoAsync($"/disasters/{id}");
            await Expect(gifu.Locator("main")).ToContainTextAsync("全ブロック");
            var escalated = await App.WithDb(db => db.SupportRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
            Assert.NotNull(escalated.EscalatedAt);
            Assert.Null(escalated.EscalatedBy);
            Assert.True(await MailedAsync(users[Sendai].Email, offerLink));

            // 6. Sendai, in another block, now sees the request and offers 2 English interpreters remotely; Gifu accepts: covered.
            await pages[Sendai].GotoAsync($"/disasters/{id}");
            await Expect(pages[Sendai].Locator("main")).ToContainTextAsync("岐阜市 災害多言語支援センター");
            var later = JapanTime.Date(App.Clock.GetUtcNow().UtcDateTime);
            await OfferAsync(pages[Sendai], offerLink, 2, "en", "remote", later, later.AddDays(2));
            var sendaiOffer = (await OffersAsync(requestId)).Single(o => o.AssociationCode == Sendai);
            await gifu.GotoAsync($"/disasters/{id}/requests/{requestId}");
            await gifu.Locator($"form#accept-{sendaiOffer.Id} button[type=submit]").ClickAsync();
            await Expect(gifu.Locator("main")).ToContainTextAsync("充足");

            // 7. The help goes out and is completed, each helper recording it with a short report.
            foreach (var (code, offer, report) in new[] { (Aichi, aichiOffer, "避難所3か所でベトナム語通訳、延べ6人日"), (Sendai, sendaiOffer, "電話通訳 24件に対応") })
            {
                var page = pages[code];
                await page.GotoAsync($"/disasters/{id}/requests/{requestId}");
                await page.Locator($"form#dispatch-{offer.Id} button[type=submit]").ClickAsync();
                await Expect(page.Locator($"#offer-{offer.Id}")).ToContainTextAsync("派遣中");
                await page.Locator($"#offer-{offer.Id} details:has(form#complete-{offer.Id}) > summary").ClickAsync();
                await page.Locator($"#complete-{offer.Id}-note").FillAsync(report);
                await page.Locator($"form#complete-{offer.Id} button[type=submit]").ClickAsync();
                await Expect(page.Locator($"#offer-{offer.Id}")).ToContainTextAsync("完了");
            }
            var done = await App.WithDb(db => db.SupportRequests.AsNoTracking().Include(r => r.Offers).ThenInclude(o => o.Steps).SingleAsync(r => r.Id == requestId));
            Assert.Equal(RequestState.Completed, Coverage.Of(done).State);

            // 8. The secretariat closes the disaster; the summary says who helped whom, across blocks.
            var secretariat = await NewPageAsync(Viewport.Desktop);
            await secretariat.Context.SignInThroughApiAsync(App, secretary);
            await secretariat.GotoAsync($"/disasters/{id}/manage");
            await secretariat.Locator("#Closing_Note").FillAsync("ベトナム語は中部ブロック、英語は他ブロックの支援で充足した。");
            await secretariat.Locator("#Closing_Confirm").CheckAsync();
            await secretariat.Locator("form#close-disaster button[type=submit]").ClickAsync();
            await Expect(secretariat.Locator("main")).ToContainTextAsync("終了");
            await secretariat.GotoAsync($"/disasters/{id}/summary");
            var summary = secretariat.Locator("main");
            await Expect(summary).ToContainTextAsync("愛知県国際交流協会");
            await Expect(summary).ToContainTextAsync("仙台観光国際協会");
            await Expect(summary).ToContainTextAsync("岐阜県国際交流センター");
            Assert.Equal(DisasterStatus.Closed, await App.WithDb(db => db.Disasters.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        }
        finally
        {
            App.Clock.Reset();
        }
    });

    /// <summary>Fills the offer form (reached from the e-mail's link) and checks that the request page confirms it.</summary>
    static async Task OfferAsync(IPage page, string offerLink, int people, string language, string mode, DateOnly from, DateOnly to)
    {
        await page.GotoAsync(offerLink);
        await page.Locator("#f-people").FillAsync(people.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#f-who").FillAsync(mode == "remote" ? "電話通訳ボランティア" : "通訳ボランティアと職員");
        // The form starts with the request's languages ticked; each helper offers one of them.
        foreach (var code in new[] { "vi", "en" })
            await page.Locator($"input[name='Input.Languages'][value={code}]").SetCheckedAsync(code == language);
        await page.Locator("#f-from").FillAsync(from.ToString("yyyy-MM-dd"));
        await page.Locator("#f-to").FillAsync(to.ToString("yyyy-MM-dd"));
        await page.Locator($"input[name='Input.Mode'][value={mode}]").CheckAsync();
        await page.Locator("form#offer-form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/requests/\d+#offer-\d+$"));
    }

    Task<List<SupportOffer>> OffersAsync(int requestId) =>
        App.WithDb(db => db.SupportOffers.AsNoTracking().Where(o => o.RequestId == requestId).ToListAsync());

    Task<bool> MailedAsync(string email, string link) =>
        App.WithDb(db => db.Outbox.AnyAsync(m => m.To.Contains(email) && m.BodyText.Contains(link)));
}
