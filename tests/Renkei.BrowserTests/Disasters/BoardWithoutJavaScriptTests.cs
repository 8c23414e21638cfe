using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.DisastersFeature;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.DisastersFeature;

/// <summary>
/// The coordination board in a real browser: with JavaScript off it is all there and the status form posts; with it
/// on, the board refreshes itself after a change (unless the reader is in the middle of it); and it is accessible at
/// phone and desktop width in both languages.
/// </summary>
public class BoardWithoutJavaScriptTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    static readonly SemaphoreSlim Once = new(1, 1);
    static (RenkeiServer App, int Disaster)? made;

    /// <summary>A sample drill in Gifu with an urgent escalated request, offers pending, accepted and under way, a status report; made once per server.</summary>
    async Task<int> SampleAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (made is { } m && m.App == App) return m.Disaster;
            var disaster = await DisasterData.DeclareAsync(App, ["21", "23"], configure: d =>
            {
                d.IsSample = true;
                var gifu = d.Affected.Single(a => a.AssociationCode == DisasterData.Gifu);
                gifu.Status = OperatingStatus.Limited;
                gifu.SupportCentreOpen = true;
                gifu.ReportedAt = DateTime.UtcNow;
                gifu.Note = "電話は 058-000-0000";
            });
            var urgent = await DisasterData.RequestAsync(App, disaster.Id, people: 4, languages: ["vi", "pt"], escalated: true, configure: r => r.Urgency = Urgency.Immediate);
            await DisasterData.RequestAsync(App, disaster.Id, DisasterData.Nagoya, people: 1, languages: [], configure: r => r.Kind = SupportKind.Materials);
            await DisasterData.OfferAsync(App, urgent.Id, DisasterData.Sendai, people: 2, languages: ["vi"]);
            var accepted = await DisasterData.OfferAsync(App, urgent.Id, "220001", mode: OfferMode.Remote);
            await DisasterData.StepAsync(App, accepted.Id, OfferStepKind.Accepted);
            var dispatched = await DisasterData.OfferAsync(App, urgent.Id, DisasterData.Miyagi);
            await DisasterData.StepAsync(App, dispatched.Id, OfferStepKind.Accepted);
            await DisasterData.StepAsync(App, dispatched.Id, OfferStepKind.Dispatched);
            await App.WithDb(async db =>
            {
                db.DisasterEvents.Add(new DisasterEvent { DisasterId = disaster.Id, Kind = DisasterEventKind.Declared, At = DateTime.UtcNow, ActorName = "x@test.renkei.jp" });
                db.DisasterEvents.Add(new DisasterEvent
                {
                    DisasterId = disaster.Id,
                    Kind = DisasterEventKind.StatusReported,
                    At = DateTime.UtcNow,
                    ActorName = "x@test.renkei.jp",
                    ActorAssociationCode = DisasterData.Gifu,
                    AssociationCode = DisasterData.Gifu,
                    Note = "一部制限・災害多言語支援センター開設中",
                });
                await db.SaveChangesAsync();
            });
            made = (App, disaster.Id);
            return disaster.Id;
        }
        finally
        {
            Once.Release();
        }
    }

    [Fact]
    public Task With_javascript_off_the_board_is_all_there_and_the_status_form_posts() => InBrowser(async page =>
    {
        var disaster = await DisasterData.DeclareAsync(App);
        var request = await DisasterData.RequestAsync(App, disaster.Id, configure: r => r.Urgency = Urgency.Immediate);
        await page.Context.SignInThroughApiAsync(App, await App.AssociationStaff(DisasterData.Gifu));
        // What the context option javaScriptEnabled=false does, on this page of the harness.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setScriptExecutionDisabled", new Dictionary<string, object> { ["value"] = true });
        await page.GotoAsync("data:text/html,<p id=probe>off</p><script>document.getElementById('probe').textContent='on'</script>");
        await Expect(page.Locator("#probe")).ToHaveTextAsync("off");

        await page.GotoAsync($"/disasters/{disaster.Id}");

        await Expect(page.Locator(".drill-banner")).ToBeVisibleAsync();
        await Expect(page.Locator(".board-needs > li")).ToHaveCountAsync(1);
        await Expect(page.Locator(".board-needs")).ToContainTextAsync("あと2名（ベトナム語）");
        await Expect(page.Locator($"a[href='/disasters/{disaster.Id}/requests/{request.Id}']")).ToBeVisibleAsync();
        await Expect(page.Locator(".board-tiles")).ToBeVisibleAsync();
        // Without scripts nothing is announced; the time of the page is still shown.
        await Expect(page.Locator("#board-time")).ToContainTextAsync("最終更新");
        await Expect(page.Locator("#board-note")).ToBeEmptyAsync();

        await page.Locator($"a[href='/disasters/{disaster.Id}/status?code={DisasterData.Gifu}']").ClickAsync();
        await page.Locator("#status-limited").CheckAsync();
        await page.Locator("#centre").CheckAsync();
        await page.Locator("#Input_Note").FillAsync("事務所は停電、電話は 058-000-0000");
        await page.Locator("form#status button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($@"/disasters/{disaster.Id}$"));
        await Expect(page.Locator(".flash")).ToContainTextAsync("岐阜県国際交流センターの状況を報告しました。");
        var affected = page.Locator("section[aria-labelledby=affected-h]");
        await Expect(affected).ToContainTextAsync("一部制限");
        await Expect(affected).ToContainTextAsync("災害多言語支援センター開設中");
        await Expect(page.Locator(".board-timeline")).ToContainTextAsync("の状況を報告しました");
    }, Viewport.Phone);

    [Fact]
    public Task With_javascript_the_board_refreshes_itself_but_not_under_the_readers_focus() => InBrowser(async page =>
    {
        var disaster = await DisasterData.DeclareAsync(App);
        await page.Context.SignInThroughApiAsync(App, await App.AssociationStaff(DisasterData.Sendai));
        await page.Clock.InstallAsync();
        await page.GotoAsync($"/disasters/{disaster.Id}");
        await Expect(page.Locator(".board-needs > li")).ToHaveCountAsync(0);

        // A request from another block is posted and escalated: Sendai sees it at the next refresh.
        await DisasterData.RequestAsync(App, disaster.Id, escalated: true);
        // While the reader is on a link in the board, the board stays as it is.
        await page.Locator("#board a").First.FocusAsync();
        await page.Clock.RunForAsync(65_000);
        await page.WaitForTimeoutAsync(1_500);
        await Expect(page.Locator(".board-needs > li")).ToHaveCountAsync(0);

        await page.Locator("#main").FocusAsync();
        await page.Clock.RunForAsync(65_000);
        await Expect(page.Locator(".board-needs > li")).ToHaveCountAsync(1);
        await Expect(page.Locator(".board-needs")).ToContainTextAsync("要請1");
        await Expect(page.Locator("#board-note")).ToContainTextAsync("ボードが新しい情報に更新されました。");
        await Expect(page.Locator("#board-time")).ToHaveTextAsync(new Regex(@"^最終更新 \d\d:\d\d$"));
    });

    public static TheoryData<string, string> Scans()
    {
        var data = new TheoryData<string, string>();
        foreach (var viewport in new[] { "phone", "desktop" })
            foreach (var path in new[] { "/disasters", "/disasters/new", "/disasters/{id}", "/disasters/{id}/manage", $"/disasters/{{id}}/status?code={DisasterData.Gifu}" })
                data.Add(path, viewport);
        return data;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Board_pages_have_no_serious_accessibility_violation_in_either_language(string path, string viewport)
    {
        var disaster = await SampleAsync();
        var url = path.Replace("{id}", disaster.ToString());
        var secretariat = await App.Secretariat();
        await InBrowser(async page =>
        {
            await page.Context.SignInThroughApiAsync(App, secretariat);
            foreach (var culture in new[] { "ja", "en" })
            {
                var response = await page.GotoAsync(url + (url.Contains('?') ? "&" : "?") + "culture=" + culture);
                Assert.Equal(200, response!.Status);
                await page.AssertAccessibleAsync(Output.WriteLine);
            }
        }, Viewport.Named(viewport), label: path);
    }
}
