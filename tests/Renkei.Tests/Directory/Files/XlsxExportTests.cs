using System.Net;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The xlsx export read back with the Open XML SDK: sheets, values, number formats, print setup, who sees what.</summary>
public class XlsxExportTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly string[] PublicSheets = ["協会", "会員種別", "役員", "施設", "ネットワーク", "定期刊行物", "刊行物", "主な事業"];

    [Fact]
    public async Task The_public_workbook_has_a_sheet_per_group_typed_values_and_is_set_up_for_printing()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, "230006", "041009");
        var response = await factory.NewClient().GetAsync($"/directory/{year}.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"renkei-directory-{year}.xlsx", disposition.FileName!.Trim('"'));
        Assert.Equal($"ダイレクトリー{year}年度.xlsx", Uri.UnescapeDataString(disposition.FileNameStar!));

        using var book = FilesTesting.Open(await response.Content.ReadAsByteArrayAsync());
        // Valid against the Office Open XML schema, as Excel expects it.
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(book).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Equal(PublicSheets, book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var main = book.Sheet("協会");
        Assert.StartsWith("地域国際化協会ダイレクトリー", book.Text(main, "A1"));
        Assert.Equal(["協会コード", "ブロック", "法人格", "名称"], new[] { "A2", "B2", "C2", "D2" }.Select(r => book.Text(main, r)));
        Assert.Equal(["code", "block", "legalForm", "name"], new[] { "A3", "B3", "C3", "D3" }.Select(r => book.Text(main, r)));
        var row = book.RowOf(main, "230006");
        Assert.Equal("中部ブロック", book.Text(main, $"B{row}"));
        Assert.Equal("公益財団法人", book.Text(main, $"C{row}"));
        Assert.Equal("公益財団法人テスト国際交流協会230006", book.Text(main, $"D{row}"));
        Assert.Equal("英語、中国語、韓国語、ポルトガル語、ベトナム語", book.Text(main, $"{book.ColumnOf(main, "consultationLanguages")}{row}"));

        // Money is a number with a thousands format, not text.
        var endowment = main.CellAt($"{book.ColumnOf(main, "endowmentYen")}{row}")!;
        Assert.True(endowment.DataType is null || endowment.DataType.Value == CellValues.Number); // no type: a number
        Assert.Equal("500000000", endowment.CellValue!.Text);
        Assert.Equal("#,##0", FormatOf(book, endowment));
        Assert.Equal("1984-04", book.Text(main, $"{book.ColumnOf(main, "foundedOn")}{row}"));

        // Printing: A4 landscape, one page wide, header rows repeated, page numbers, frozen headers, set widths.
        var setup = main.Elements<PageSetup>().Single();
        Assert.Equal(9U, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1U, setup.FitToWidth!.Value);
        Assert.Equal(0U, setup.FitToHeight!.Value);
        Assert.True(main.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        Assert.Contains("&P", main.Elements<HeaderFooter>().Single().OddFooter!.Text);
        var pane = main.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 3.0), (pane.State!.Value, pane.VerticalSplit!.Value));
        Assert.All(main.Descendants<Column>(), c => Assert.True(c.CustomWidth!.Value && c.Width!.Value > 0));
        Assert.Contains(book.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>(),
            d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId!.Value == 0 && d.Text == "'協会'!$2:$3");
        Assert.True(main.Descendants<Cell>().Where(c => c.StyleIndex is not null).Any());

        // A group sheet: code, association, row number, then the group's columns.
        var projects = book.Sheet("主な事業");
        Assert.Equal(["code", "association", "no", "name", "category", "description", "budgetYen"],
            new[] { "A3", "B3", "C3", "D3", "E3", "F3", "G3" }.Select(r => book.Text(projects, r)));
        var first = book.RowOf(projects, "230006");
        Assert.Equal(["230006", "1", "外国人相談センター", "外国人相談", "25000000"], new[] { "A", "C", "D", "E", "G" }.Select(c => book.Text(projects, $"{c}{first}")));
        Assert.Equal(["2", "日本語教室"], new[] { "C", "D" }.Select(c => book.Text(projects, $"{c}{first + 1}")));
        Assert.Equal("#,##0", FormatOf(book, projects.CellAt($"G{first}")!));
    }

    [Fact]
    public async Task Contacts_are_in_the_workbook_only_for_signed_in_members()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, "230006");
        var anonymous = await factory.NewClient().DownloadAsync($"/directory/{year}.xlsx");
        var member = await (await factory.SignedInClient(await factory.AssociationStaff("041009"))).DownloadAsync($"/directory/{year}.xlsx");

        using (var book = FilesTesting.Open(anonymous))
        {
            Assert.DoesNotContain("担当者", book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
            Assert.DoesNotContain(book.WorkbookPart.WorksheetParts, p => p.Worksheet.InnerText.Contains("sato230006@example.jp"));
            Assert.Contains("公開項目のみ", book.Text(book.Sheet("協会"), "E1"));
        }
        using (var book = FilesTesting.Open(member))
        {
            var contacts = book.Sheet("担当者");
            var row = book.RowOf(contacts, "230006");
            Assert.Equal("sato230006@example.jp", book.Text(contacts, $"{book.ColumnOf(contacts, "email")}{row}"));
            Assert.Null(book.Text(book.Sheet("協会"), "E1"));
        }
    }

    [Fact]
    public async Task A_sample_edition_says_so_in_its_first_row_and_page_header()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, "230006");
        await factory.WithDb(db => db.DirectoryEditions.Where(e => e.FiscalYear == year).ExecuteUpdateAsync(s => s.SetProperty(e => e.IsSample, true)));

        using var book = FilesTesting.Open(await factory.NewClient().DownloadAsync($"/directory/{year}.xlsx"));

        foreach (var name in PublicSheets)
        {
            var sheet = book.Sheet(name);
            Assert.Contains("サンプルデータ", book.Text(sheet, "E1"));
            Assert.Contains("サンプルデータ", sheet.Elements<HeaderFooter>().Single().OddHeader!.Text);
        }
    }

    [Fact]
    public async Task An_unpublished_edition_is_a_working_copy_for_the_secretariat_and_not_found_for_everyone_else()
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, EditionStatus.Collecting, "230006");
        var own = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        foreach (var format in new[] { "xlsx", "csv", "pdf", "json" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await factory.NewClient().GetAsync($"/directory/{year}.{format}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync($"/directory/{year}.{format}")).StatusCode);
        }
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var response = await secretariat.GetAsync($"/directory/{year}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"ダイレクトリー{year}年度_作業用.xlsx", Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.FileNameStar!));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        using var book = FilesTesting.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("作業用コピー", book.Text(book.Sheet("協会"), "E1"));
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/directory/{year + 1}.xlsx")).StatusCode);
    }

    [Fact]
    public async Task The_template_is_the_export_layout_without_rows_for_the_secretariat_only()
    {
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        using var book = FilesTesting.Open(await secretariat.DownloadAsync("/directory/template.xlsx"));

        Assert.Contains("担当者", book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var main = book.Sheet("協会");
        Assert.Equal("code", book.Text(main, "A3"));
        Assert.DoesNotContain(main.Descendants<Row>(), r => r.RowIndex! > 3U);
        var staff = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/directory/template.xlsx")).StatusCode);
    }

    static string? FormatOf(DocumentFormat.OpenXml.Packaging.SpreadsheetDocument book, Cell cell)
    {
        var styles = book.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var xf = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId!.Value == xf.NumberFormatId!.Value)?.FormatCode;
    }
}
