using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Spreadsheet;
using Renkei.Tests.DirectoryFeature;
using Renkei.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// Every output of the reports holds the block rule: a Hokkaido-Tohoku user's situation report, workbook, feed, summary
/// and API lack a Chubu request that is not escalated, and have it once it is; Chubu's users and the secretariat have
/// it all along. Every output of a drill says 【訓練】.
/// </summary>
public class ReportsBlockRuleTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    async Task<HttpClient> Sendai() => await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Sendai));
    async Task<HttpClient> Chubu() => await factory.SignedInClient(await factory.AssociationStaff(ReportsData.Hamamatsu));

    static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Concat(pdf.GetPages().Select(p => p.Text));
    }

    [Fact]
    public async Task The_situation_report_of_another_block_lacks_a_request_still_in_its_block_until_escalated()
    {
        var s = await ReportsData.BlockScenarioAsync(factory);
        var sendai = await Sendai();
        var url = $"/disasters/{s.Id}/situation.pdf";

        var response = await sendai.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var pdf = PdfDocument.Open(bytes))
        {
            // 【訓練】 on every page, in the running head and the footer, with the page number.
            foreach (var page in pdf.GetPages())
            {
                Assert.Contains("【訓練】", page.Text);
                Assert.Contains($"{page.Number}/{pdf.NumberOfPages}", page.Text.Replace(" ", ""));
            }
            Assert.Contains(pdf.GetPage(1).Letters, l => l.FontName!.EndsWith("IPAexGothic", StringComparison.Ordinal));
        }
        var text = PdfText(bytes);
        Assert.Contains("状況報告", text);
        Assert.Contains("これは訓練です", text);
        Assert.Contains(s.Disaster.NameJa, text);
        Assert.Contains("岐阜県国際交流センター", text);
        Assert.Contains(s.EscalatedMarker, text);
        Assert.Contains("あと1名", text);
        Assert.Contains("仙台観光国際協会", text);
        Assert.DoesNotContain(s.InBlockMarker, text);
        Assert.DoesNotContain("要請1", text);
        Assert.DoesNotContain("名古屋国際センター", text);
        Assert.Contains("他のブロックの、まだ全ブロックに広げられていない要請は含みません", text);

        var chubu = PdfText(await (await Chubu()).DownloadAsync(url));
        Assert.Contains(s.InBlockMarker, chubu);
        Assert.Contains("あと1名", chubu);
        Assert.Contains("名古屋国際センター", chubu);

        await ReportsData.EscalateAsync(factory, s.InBlock.Id);
        Assert.Contains(s.InBlockMarker, PdfText(await sendai.DownloadAsync(url)));
    }

    [Fact]
    public async Task The_workbook_of_another_block_lacks_a_request_still_in_its_block_until_escalated()
    {
        var s = await ReportsData.BlockScenarioAsync(factory);
        var sendai = await Sendai();
        var url = $"/disasters/{s.Id}.xlsx";

        var response = await sendai.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString());
        using (var book = FilesTesting.Open(await response.Content.ReadAsByteArrayAsync()))
        {
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(book).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
            var names = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(x => x.Name!.Value!).ToList();
            Assert.Equal(["要請 Requests", "申し出 Offers", "被災協会 Affected", "経過 Timeline", "集計 Summary"], names);
            foreach (var name in names)
            {
                var sheet = book.Sheet(name);
                Assert.StartsWith("【訓練】", book.Text(sheet, "A1"));
                Assert.Contains("これは訓練です", book.Text(sheet, "A2"));
                var pane = sheet.Descendants<Pane>().Single();
                Assert.Equal(4D, pane.VerticalSplit!.Value);
                Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
                var setup = sheet.Descendants<PageSetup>().Single();
                Assert.Equal((9U, OrientationValues.Landscape), (setup.PaperSize!.Value, setup.Orientation!.Value));
            }
            var requests = book.Sheet("要請 Requests");
            Assert.Equal("要請", book.Text(requests, "A3"));
            Assert.Equal("Request", book.Text(requests, "A4"));
            Assert.Equal("要請2", book.Text(requests, "A5"));
            Assert.Null(book.Text(requests, "A6"));
            var all = AllText(book);
            Assert.Contains(s.EscalatedMarker, all);
            Assert.DoesNotContain(s.InBlockMarker, all);
            Assert.DoesNotContain("要請1", all);
            Assert.DoesNotContain("名古屋国際センター", all);
            var offers = book.Sheet("申し出 Offers");
            // The Sendai offer: its own row, then its acceptance.
            Assert.Equal("仙台観光国際協会", book.Text(offers, "E5"));
            Assert.Equal("申し出", book.Text(offers, "P5"));
            Assert.Equal("承諾", book.Text(offers, "P6"));
            Assert.Equal("3", book.Text(offers, "M5"));
        }

        using (var book = FilesTesting.Open(await (await Chubu()).DownloadAsync(url)))
            Assert.Contains(s.InBlockMarker, AllText(book));

        await ReportsData.EscalateAsync(factory, s.InBlock.Id);
        using (var book = FilesTesting.Open(await sendai.DownloadAsync(url)))
        {
            Assert.Contains(s.InBlockMarker, AllText(book));
            Assert.Equal("要請1", book.Text(book.Sheet("要請 Requests"), "A5"));
        }
    }

    static string AllText(DocumentFormat.OpenXml.Packaging.SpreadsheetDocument book) =>
        string.Join("\n", book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>()
            .SelectMany(x => book.Sheet(x.Name!).Descendants<Cell>().Select(c => book.Text(book.Sheet(x.Name!), c.CellReference!))));

    [Fact]
    public async Task The_feed_and_the_timeline_api_of_another_block_lack_a_request_still_in_its_block_until_escalated()
    {
        var s = await ReportsData.BlockScenarioAsync(factory);
        var sendai = await Sendai();
        var inBlockLink = $"/disasters/{s.Id}/requests/{s.InBlock.Id}";

        var feed = XDocument.Parse(await sendai.GetStringAsync($"/disasters/{s.Id}/timeline.atom"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        // Declared, and 要請2's posting, escalation, offer and acceptance: none of 要請1's three events.
        Assert.Equal(5, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("【訓練】", e.Element(Atom + "title")!.Value));
        Assert.DoesNotContain(entries, e => e.Element(Atom + "link")!.Attribute("href")!.Value.EndsWith(inBlockLink, StringComparison.Ordinal));

        var timeline = JsonDocument.Parse(await sendai.GetStringAsync($"/api/v1/disasters/{s.Id}/timeline")).RootElement;
        var events = timeline.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(5, events.Count);
        Assert.False(timeline.GetProperty("complete").GetBoolean());
        Assert.DoesNotContain(events, e => e.GetProperty("requestId").ValueKind == JsonValueKind.Number && e.GetProperty("requestId").GetInt32() == s.InBlock.Id);

        var chubu = XDocument.Parse(await (await Chubu()).GetStringAsync($"/disasters/{s.Id}/timeline.atom"));
        Assert.Equal(8, chubu.Root!.Elements(Atom + "entry").Count());
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var all = JsonDocument.Parse(await secretariat.GetStringAsync($"/api/v1/disasters/{s.Id}/timeline")).RootElement;
        Assert.Equal(8, all.GetProperty("events").GetArrayLength());
        Assert.True(all.GetProperty("complete").GetBoolean());

        await ReportsData.EscalateAsync(factory, s.InBlock.Id);
        feed = XDocument.Parse(await sendai.GetStringAsync($"/disasters/{s.Id}/timeline.atom"));
        Assert.Contains(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "link")!.Attribute("href")!.Value.EndsWith(inBlockLink, StringComparison.Ordinal));
        Assert.Equal(8, JsonDocument.Parse(await sendai.GetStringAsync($"/api/v1/disasters/{s.Id}/timeline")).RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task The_summary_page_and_api_and_the_figures_of_another_block_count_a_request_still_in_its_block_only_once_escalated()
    {
        var s = await ReportsData.BlockScenarioAsync(factory);
        var sendai = await Sendai();
        (int Requests, int PersonDays) Figures(JsonElement summary) =>
            (summary.GetProperty("requests").GetProperty("total").GetInt32(), summary.GetProperty("support").GetProperty("personDays").GetInt32());
        async Task<JsonElement> Api(HttpClient client) => JsonDocument.Parse(await client.GetStringAsync($"/api/v1/disasters/{s.Id}/summary")).RootElement;

        Assert.Equal((1, 3), Figures(await Api(sendai)));
        Assert.Equal((2, 9), Figures(await Api(await Chubu())));
        var page = await sendai.GetPage($"/disasters/{s.Id}/summary");
        Assert.Equal("3", page.QuerySelector("#help-person-days")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("p.drill-banner"));
        Assert.NotNull(page.QuerySelector("#summary-block-note"));
        Assert.DoesNotContain(page.QuerySelectorAll("#table-help tbody tr"), tr => tr.GetAttribute("data-helper") == DisasterData.Nagoya);
        var figures = await sendai.GetPage("/disasters/figures");
        Assert.Equal("1", figures.QuerySelector($"#drills-list tr[data-disaster='{s.Id}'] td.num")!.TextContent.Trim());

        await ReportsData.EscalateAsync(factory, s.InBlock.Id);
        Assert.Equal((2, 9), Figures(await Api(sendai)));
        page = await sendai.GetPage($"/disasters/{s.Id}/summary");
        Assert.Equal("9", page.QuerySelector("#help-person-days")!.TextContent.Trim());
        figures = await sendai.GetPage("/disasters/figures");
        Assert.Equal("2", figures.QuerySelector($"#drills-list tr[data-disaster='{s.Id}'] td.num")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_disaster_that_does_not_exist_is_not_found_in_every_output()
    {
        var client = await Sendai();
        foreach (var url in new[] { "/disasters/999999/situation.pdf", "/disasters/999999.xlsx", "/disasters/999999/timeline.atom",
                     "/disasters/999999/summary", "/api/v1/disasters/999999/timeline", "/api/v1/disasters/999999/summary" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var problem = JsonDocument.Parse(await (await client.GetAsync("/api/v1/disasters/999999/summary")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("この災害はありません。", problem.GetProperty("detail").GetString());
    }
}
