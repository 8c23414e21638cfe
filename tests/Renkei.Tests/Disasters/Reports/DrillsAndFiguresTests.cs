using System.Text.Json;
using AngleSharp.Html.Dom;
using Renkei.Tests.DirectoryFeature;
using Renkei.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// Drills are labelled in every output and kept out of the real statistics: /disasters/figures counts them apart. A real
/// disaster's files carry no drill label. Figures are read as the change a test's own disasters make (tests of one
/// class run one after another), never as totals of rows other tests made.
/// </summary>
public class DrillsAndFiguresTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static int Number(IHtmlDocument page, string id) => int.Parse(page.QuerySelector($"#{id}")!.ChildNodes[0].TextContent.Trim().Replace(",", "").Replace("件", ""));

    static Dictionary<string, int> Key(IHtmlDocument page, string set) =>
        new[] { "disasters", "requests", "person-days", "other-blocks" }.ToDictionary(k => k, k => page.QuerySelector($"#{set}-{k}") is null ? 0 : Number(page, $"{set}-{k}"));

    [Fact]
    public async Task Drills_are_counted_apart_and_never_in_the_real_figures()
    {
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var before = await secretariat.GetPage("/disasters/figures");
        var (realBefore, drillsBefore) = (Key(before, "real"), Key(before, "drills"));

        var drill = await ReportsData.BlockScenarioAsync(factory, drill: true);
        var real = await ReportsData.BlockScenarioAsync(factory, drill: false);

        var after = await secretariat.GetPage("/disasters/figures");
        var (realAfter, drillsAfter) = (Key(after, "real"), Key(after, "drills"));
        // Each scenario: 1 disaster, 2 requests, 9 person-days, of which 3 from another block (Sendai for Gifu).
        Assert.Equal([1, 2, 9, 3], realAfter.Keys.Select(k => realAfter[k] - realBefore[k]));
        Assert.Equal([1, 2, 9, 3], drillsAfter.Keys.Select(k => drillsAfter[k] - drillsBefore[k]));
        Assert.NotNull(after.QuerySelector($"#real-list tr[data-disaster='{real.Id}']"));
        Assert.Null(after.QuerySelector($"#real-list tr[data-disaster='{drill.Id}']"));
        var drillRow = after.QuerySelector($"#drills-list tr[data-disaster='{drill.Id}']")!;
        Assert.StartsWith("【訓練】", drillRow.QuerySelector("th")!.TextContent.Trim());
        Assert.Null(after.QuerySelector($"#drills-list tr[data-disaster='{real.Id}']"));
        Assert.Contains("訓練（実際の統計には含みません）", after.QuerySelector("#drills")!.TextContent);
        Assert.Equal("9", after.QuerySelector($"#real-list tr[data-disaster='{real.Id}'] td.num:last-child")!.TextContent.Trim());
        // The Chubu block received what both scenarios got, real and drill, each in its own set.
        Assert.NotNull(after.QuerySelector("#real-blocks tr[data-block='chubu']"));
        Assert.NotNull(after.QuerySelector("#drills-blocks tr[data-block='chubu']"));

        var english = await secretariat.GetPage("/disasters/figures?culture=en");
        Assert.Equal("Disaster support statistics", english.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("[DRILL] ", english.QuerySelector($"#drills-list tr[data-disaster='{drill.Id}'] th")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_output_of_a_drill_says_so_and_a_real_disaster_output_does_not()
    {
        var drill = await ReportsData.BlockScenarioAsync(factory, drill: true);
        var real = await ReportsData.BlockScenarioAsync(factory, drill: false);
        var client = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Aichi));

        string Pdf(byte[] bytes)
        {
            using var pdf = PdfDocument.Open(bytes);
            return string.Concat(pdf.GetPages().Select(p => p.Text));
        }
        Assert.Contains("【訓練】", Pdf(await client.DownloadAsync($"/disasters/{drill.Id}/situation.pdf")));
        var realPdf = Pdf(await client.DownloadAsync($"/disasters/{real.Id}/situation.pdf"));
        Assert.DoesNotContain("訓練", realPdf);
        Assert.Contains("状況報告", realPdf);
        Assert.Contains("[DRILL]", Pdf(await client.DownloadAsync($"/disasters/{drill.Id}/situation.pdf?culture=en")));
        Assert.Contains("Situation report", Pdf(await client.DownloadAsync($"/disasters/{drill.Id}/situation.pdf?culture=en")));

        using (var book = FilesTesting.Open(await client.DownloadAsync($"/disasters/{real.Id}.xlsx?culture=ja")))
            Assert.DoesNotContain("訓練", book.Text(book.Sheet("要請 Requests"), "A1"));
        using (var book = FilesTesting.Open(await client.DownloadAsync($"/disasters/{drill.Id}.xlsx?culture=en")))
        {
            Assert.StartsWith("[DRILL] ", book.Text(book.Sheet("集計 Summary"), "A1"));
            Assert.Equal(("Figures", "So far"), (book.Text(book.Sheet("集計 Summary"), "B5"), book.Text(book.Sheet("集計 Summary"), "C5")));
        }

        var timeline = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/disasters/{drill.Id}/timeline?culture=ja")).RootElement;
        Assert.True(timeline.GetProperty("isDrill").GetBoolean());
        Assert.All(timeline.GetProperty("events").EnumerateArray(), e => Assert.StartsWith("【訓練】", e.GetProperty("text").GetString()));
        var realTimeline = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/disasters/{real.Id}/timeline")).RootElement;
        Assert.All(realTimeline.GetProperty("events").EnumerateArray(), e => Assert.DoesNotContain("訓練", e.GetProperty("text").GetString()));
        Assert.Equal(["declared", "requestPosted", "requestPosted", "requestEscalated", "offerMade", "offerAccepted", "offerMade", "offerAccepted"],
            realTimeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));

        var summary = await client.GetPage($"/disasters/{drill.Id}/summary");
        Assert.NotNull(summary.QuerySelector("p.drill-banner"));
        Assert.Contains("【訓練】", summary.QuerySelector("h1")!.TextContent);
        Assert.Null((await client.GetPage($"/disasters/{real.Id}/summary")).QuerySelector("p.drill-banner"));
    }
}
