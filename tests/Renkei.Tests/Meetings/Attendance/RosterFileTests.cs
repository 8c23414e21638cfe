using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using UglyToad.PdfPig;
using static Renkei.Tests.MeetingsFeature.AttendanceTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The reception roster read back: the xlsx with the Open XML SDK, the PDF's text with PdfPig.</summary>
public class RosterFileTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<int> MeetingAsync(bool sample)
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009", Tokyo], m => { m.IsSample = sample; m.TitleJa = "令和8年度 総会"; });
        var admin = await factory.AssociationAdmin("230006");
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, admin, null, "名簿 花子", "名簿 太郎");
        await MeetingData.AnswerAsync(factory, meeting.Id, Tokyo, AttendanceMode.Proxy, null, null);
        await MeetingData.CheckInAsync(factory, meeting.Id, "230006");
        return meeting.Id;
    }

    static async Task<(byte[] Bytes, HttpResponseMessage Response)> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    [Fact]
    public async Task The_xlsx_lists_people_by_block_and_code_with_japanese_and_english_headers()
    {
        var id = await MeetingAsync(sample: true);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        var (bytes, response) = await DownloadAsync(secretariat, $"/meetings/manage/{id}/roster.xlsx");

        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.ContentDisposition!.ToString());
        using var book = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = Rows(book, "受付名簿");
        Assert.Contains("令和8年度 総会", rows[0][0]);
        Assert.Contains("サンプルデータ", string.Join("", rows[0]));
        Assert.Equal(["ブロック", "協会コード", "協会名", "回答", "氏名", "役職", "参加方法", "代表者", "委任先", "受付・署名"], rows[2]);
        Assert.Equal("Association", rows[3][2]);
        var data = rows.Skip(4).ToList();
        // Hokkaido-Tohoku (Sendai, no answer), Kanto (Tokyo, proxy), Chubu (Aichi, two people).
        Assert.Equal(["041009", "130001", "230006", "230006"], data.Select(r => r[1]));
        Assert.Equal(("未回答", ""), (data[0][3], data[0][4]));
        Assert.Equal(("委任状", "議長（神田 真秋）"), (data[1][3], data[1][8]));
        Assert.Equal(("名簿 花子", "課長", "現地", "済"), (data[2][4], data[2][5], data[2][6], data[2][9]));
        var summary = Rows(book, "集計");
        Assert.Contains(summary, r => r.Count >= 4 && r[0] == "出席登録" && r[2] == "1" && r[3] == "2");
    }

    [Fact]
    public async Task The_pdf_embeds_japanese_text_and_says_when_it_is_sample_data()
    {
        var id = await MeetingAsync(sample: true);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        var (bytes, _) = await DownloadAsync(secretariat, $"/meetings/manage/{id}/roster.pdf");

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("受付名簿", text);
        Assert.Contains("令和8年度 総会", text);
        Assert.Contains("愛知県国際交流協会", text);
        Assert.Contains("名簿 花子", text);
        Assert.Contains("サンプルデータ", text);
        Assert.Contains("Association", text);
        Assert.Contains("1団体2名", text);
    }

    [Fact]
    public async Task A_real_meeting_says_nothing_of_sample_data_and_members_cannot_download()
    {
        var id = await MeetingAsync(sample: false);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var (bytes, _) = await DownloadAsync(secretariat, $"/meetings/manage/{id}/roster.pdf");
        using var pdf = PdfDocument.Open(bytes);
        Assert.DoesNotContain("サンプル", string.Join("\n", pdf.GetPages().Select(p => p.Text)));

        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await admin.GetAsync($"/meetings/manage/{id}/roster.xlsx")).StatusCode);
    }

    /// <summary>A sheet's cells as text, row by row (inline strings and numbers), empty cells as "".</summary>
    static List<List<string>> Rows(SpreadsheetDocument book, string sheetName)
    {
        var sheet = book.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)book.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Select(row =>
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (cells.Count < column) cells.Add("");
                cells.Add(cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "");
            }
            return cells;
        }).ToList();
    }

    static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) n = n * 26 + (ch - 'A' + 1);
        return n - 1;
    }
}
