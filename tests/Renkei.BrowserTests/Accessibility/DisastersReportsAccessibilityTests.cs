using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.DisastersFeature;
using Renkei.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Renkei.BrowserTests.Accessibility;

/// <summary>axe-core on the disaster reports' pages (part C), phone and desktop, in both languages: a drill's support summary
/// (as a member of another block, whose view leaves a request out, and as the secretariat) and the statistics.</summary>
public class DisastersReportsAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    static readonly SemaphoreSlim Once = new(1, 1);
    static (RenkeiServer App, int Drill, int Real)? made;

    async Task<(int Drill, int Real)> DataAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (made is { } m && m.App == App) return (m.Drill, m.Real);
            var drill = await ReportsData.BlockScenarioAsync(App, drill: true);
            var real = await ReportsData.BlockScenarioAsync(App, drill: false);
            await ReportsData.CloseAsync(App, real.Id, "支援はすべて完了しました。");
            made = (App, drill.Id, real.Id);
            return (drill.Id, real.Id);
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
            data.Add("/disasters/{drill}/summary", viewport, "member");
            data.Add("/disasters/{real}/summary", viewport, "secretariat");
            data.Add("/disasters/figures", viewport, "member");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Report_page_has_no_serious_accessibility_violation_in_either_language(string path, string viewport, string who)
    {
        var (drill, real) = await DataAsync();
        var url = path.Replace("{drill}", drill.ToString()).Replace("{real}", real.ToString());
        TestUser user = who == "secretariat" ? await App.Secretariat() : await App.AssociationStaff(DisasterData.Sendai);
        await InBrowser(async page =>
        {
            await page.Context.SignInThroughApiAsync(App, user);
            foreach (var culture in new[] { "ja", "en" })
            {
                var response = await page.GotoAsync(url + "?culture=" + culture);
                Assert.Equal(200, response!.Status);
                await page.AssertAccessibleAsync(Output.WriteLine);
            }
        }, Viewport.Named(viewport), label: $"{path}-{who}");
    }
}
