using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>Helpers for the directory files' tests: richer entries, workbook reading and editing, the import form.</summary>
public static class FilesTesting
{
    /// <summary>Content with several rows per group, decimals, unlisted nothing: what a real entry looks like.</summary>
    public static EntryContent RichContent(string code)
    {
        var c = DirectoryData.SampleContent(code, $"公益財団法人テスト国際交流協会{code}");
        c.Officers.Add(new() { Title = "副理事長", Name = "鈴木 一郎", Affiliation = "名古屋市" });
        c.Officers.Add(new() { Title = "監事", Name = "高橋 次郎" });
        c.MemberTypes.Add(new() { Name = "団体会員", Count = 35, AnnualFeeYen = 10_000 });
        c.Facilities.Add(new() { Kind = "office", Name = "事務所", Owner = "協会", FloorAreaSqm = 85.25m, OpenedOn = "1984-04" });
        c.Projects.Add(new() { Name = "日本語教室", Category = "japanese-language", Description = "週2回、\"初級\"と中級, 全3クラス", BudgetYen = 3_500_000 });
        c.Projects.Add(new() { Name = "防災訓練", Category = "disaster", BudgetYen = 0 });
        c.Networks.Add(new() { Name = "大学連携" });
        c.Publications.Add(new() { Title = "やさしい日本語ガイド", Year = 2021, Languages = ["ja-easy"] });
        return c;
    }

    /// <summary>A published edition whose entries have <see cref="RichContent"/>.</summary>
    public static async Task<int> RichEditionAsync(RenkeiFactory factory, bool openable, params string[] codes)
    {
        var year = await DirectoryData.FreeYearAsync(factory, openable);
        await DirectoryData.CreateEditionAsync(factory, year, EditionStatus.Published, codes);
        await factory.WithDb(async db =>
        {
            foreach (var entry in await db.DirectoryEntries.Include(e => e.Versions).Where(e => e.FiscalYear == year).ToListAsync())
            {
                entry.Content = RichContent(entry.AssociationCode);
                entry.Versions.Single().Content = entry.Content.Copy();
            }
            await db.SaveChangesAsync();
        });
        return year;
    }

    public static async Task<byte[]> DownloadAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Posts the import form with a file, as a browser sends it (multipart, antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, byte[] file, string year, string fileName = "directory.xlsx", string query = "")
    {
        var page = await client.GetPage("/directory/manage/import" + query);
        var token = page.QuerySelector("form#directory-import input[name=__RequestVerificationToken]") as IHtmlInputElement
            ?? throw new InvalidOperationException("The import form has no antiforgery token.");
        var content = new MultipartFormDataContent
        {
            { new StringContent(token.Value), "__RequestVerificationToken" },
            { new StringContent(year), "Input.FiscalYear" },
        };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(bytes, "Input.File", fileName);
        return await client.PostAsync("/directory/manage/import" + query, content);
    }

    /// <summary>The problems the import page lists.</summary>
    public static async Task<List<string>> ProblemsAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{(int)response.StatusCode}: {Forms.Snippet(html)}");
        return Forms.Parse(html).QuerySelectorAll("#import-problems li").Select(li => li.TextContent.Trim()).ToList();
    }

    /// <summary>Opens a workbook for reading with the Open XML SDK.</summary>
    public static SpreadsheetDocument Open(byte[] xlsx) => SpreadsheetDocument.Open(new MemoryStream(xlsx), false);

    public static Worksheet Sheet(this SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public static Cell? CellAt(this Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>A cell's text (inline or shared string) or number as written.</summary>
    public static string? Text(this SpreadsheetDocument document, Worksheet sheet, string reference)
    {
        var cell = sheet.CellAt(reference);
        if (cell is null) return null;
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString!.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString)
            return document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText;
        return cell.CellValue?.Text;
    }

    /// <summary>The column letter of a field key in a sheet's key row (row 3).</summary>
    public static string ColumnOf(this SpreadsheetDocument document, Worksheet sheet, string key)
    {
        var cell = sheet.Descendants<Row>().Single(r => r.RowIndex! == 3U).Elements<Cell>().Single(c => document.Text(sheet, c.CellReference!) == key);
        return new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
    }

    /// <summary>The sheet row (from 1) whose column A holds the code, the first such row.</summary>
    public static int RowOf(this SpreadsheetDocument document, Worksheet sheet, string code) =>
        (int)sheet.Descendants<Row>().First(r => r.RowIndex! > 3U && document.Text(sheet, "A" + r.RowIndex!.Value) == code).RowIndex!.Value;

    /// <summary>Changes cells of a workbook (text values as inline strings), returning the new file.</summary>
    public static byte[] Edit(byte[] xlsx, params (string Sheet, string Reference, string? Text)[] changes)
    {
        var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            foreach (var (sheetName, reference, text) in changes)
            {
                var sheet = document.Sheet(sheetName);
                var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()));
                var row = sheet.Descendants<Row>().SingleOrDefault(r => r.RowIndex! == rowIndex)
                    ?? sheet.GetFirstChild<SheetData>()!.AppendChild(new Row { RowIndex = rowIndex });
                var cell = row.Elements<Cell>().SingleOrDefault(c => c.CellReference == reference);
                if (cell is null)
                {
                    cell = new Cell { CellReference = reference };
                    var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value!.PadLeft(8), reference.PadLeft(8)) < 0);
                    if (after is null) row.PrependChild(cell); else after.InsertAfterSelf(cell);
                }
                cell.CellValue = null;
                cell.InlineString = null;
                if (text is null) { cell.DataType = null; continue; }
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(text));
            }
        }
        return stream.ToArray();
    }
}
