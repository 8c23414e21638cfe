using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.DisastersFeature;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;
using Xunit.Abstractions;

namespace Renkei.BrowserTests.Accessibility;

/// <summary>axe-core on the support pages (new request, the request with every form, the offer form), in both languages at
/// phone and desktop width: as the block chair, who sees every form, and as the secretariat, who picks the association.</summary>
public class DisastersSupportAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    static readonly SemaphoreSlim Once = new(1, 1);
    static (RenkeiServer App, int Disaster, int Request)? made;

    /// <summary>A sample drill in Gifu and Aichi with Gifu's request partly covered: one offer accepted, one awaiting a decision; made once per server.</summary>
    async Task<(int Disaster, int Request)> DataAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (made is { } m && m.App == App) return (m.Disaster, m.Request);
            await DisasterData.MakeChairAsync(App, "chubu", DisasterData.Aichi);
            var disaster = await DisasterData.DeclareAsync(App, ["21", "23"], configure: d => d.IsSample = true);
            var request = await DisasterData.RequestAsync(App, disaster.Id, people: 4, languages: ["vi", "en"]);
            var accepted = await DisasterData.OfferAsync(App, request.Id, DisasterData.Nagoya, people: 3, languages: ["en"]);
            await DisasterData.StepAsync(App, accepted.Id, OfferStepKind.Accepted);
            await DisasterData.OfferAsync(App, request.Id, DisasterData.Shizuoka, people: 1, languages: ["vi"], mode: OfferMode.Remote);
            made = (App, disaster.Id, request.Id);
            return (disaster.Id, request.Id);
        }
        finally
        {
            Once.Release();
        }
    }

    public static TheoryData<string, string, string> Scans()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var viewport in new[] { "phone", "desktop" })
        {
            data.Add("/disasters/{id}/requests/new", viewport, "chair");
            data.Add("/disasters/{id}/requests/new?code=210005", viewport, "chair");
            data.Add("/disasters/{id}/requests/{request}", viewport, "chair");
            data.Add("/disasters/{id}/requests/{request}/offer", viewport, "secretariat");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Support_page_has_no_serious_accessibility_violation_in_either_language(string path, string viewport, string who)
    {
        var (disaster, request) = await DataAsync();
        var url = path.Replace("{id}", disaster.ToString()).Replace("{request}", request.ToString());
        var user = who == "secretariat" ? await App.Secretariat() : await App.AssociationAdmin(DisasterData.Aichi);
        await InBrowser(async page =>
        {
            await page.Context.SignInThroughApiAsync(App, user);
            foreach (var culture in new[] { "ja", "en" })
            {
                var response = await page.GotoAsync(url + (url.Contains('?') ? "&" : "?") + "culture=" + culture);
                Assert.Equal(200, response!.Status);
                await page.AssertAccessibleAsync(Output.WriteLine);
            }
        }, Viewport.Named(viewport), label: $"{path.Replace('/', '_').Replace('?', '_')}-{who}");
    }
}
