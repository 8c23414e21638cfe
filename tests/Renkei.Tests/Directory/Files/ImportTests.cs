using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The secretariat's import page: the export round-trips, and a file with any problem changes nothing.</summary>
public class ImportTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly string[] Codes = ["010006", "041009", "130001", "230006", "270008", "400009"];

    async Task<(int Year, byte[] Xlsx, HttpClient Secretariat)> ExportedAsync()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, Codes);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        return (year, await secretariat.DownloadAsync($"/directory/{year}.xlsx"), secretariat);
    }

    static Task<Dictionary<string, string>> PublishedContentAsync(RenkeiFactory factory, int year) =>
        factory.WithDb(async db => (await db.DirectoryEntries.Include(e => e.Versions).Where(e => e.FiscalYear == year).ToListAsync())
            .ToDictionary(e => e.AssociationCode, e => DirectoryJson.Serialize(e.Versions.Single().Content)));

    [Fact]
    public async Task An_exported_edition_imported_as_another_year_has_identical_entries_published_and_approved()
    {
        var (source, xlsx, secretariat) = await ExportedAsync();
        var target = await DirectoryData.FreeYearAsync(factory, openable: true);

        var response = await secretariat.ImportAsync(xlsx, target.ToString());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/directory/{target}", response.Headers.Location!.OriginalString);
        var edition = await factory.WithDb(db => db.DirectoryEditions.SingleAsync(e => e.FiscalYear == target));
        Assert.Equal((EditionStatus.Published, true, false), (edition.Status, edition.Imported, edition.IsSample));
        Assert.NotNull(edition.PublishedAt);
        var entries = await factory.WithDb(db => db.DirectoryEntries.Include(e => e.Versions).Where(e => e.FiscalYear == target).ToListAsync());
        Assert.All(entries, e => Assert.Equal((EntryStatus.Approved, 1), (e.Status, e.Versions.Single().Number)));
        Assert.Equal(await PublishedContentAsync(factory, source), await PublishedContentAsync(factory, target));
        Assert.Equal(DirectoryJson.Serialize(FilesTesting.RichContent("230006")), (await PublishedContentAsync(factory, target))["230006"]);
    }

    [Fact]
    public async Task One_bad_cell_among_good_rows_saves_nothing_and_every_problem_names_its_sheet_row_and_column()
    {
        var (_, xlsx, secretariat) = await ExportedAsync();
        var target = await DirectoryData.FreeYearAsync(factory, openable: true);
        using var book = FilesTesting.Open(xlsx);
        var main = book.Sheet("協会");
        var projects = book.Sheet("主な事業");
        var endowment = book.ColumnOf(main, "endowmentYen");
        var aichi = book.RowOf(main, "230006");
        var osakaProject = book.RowOf(projects, "270008");
        var broken = FilesTesting.Edit(xlsx,
            ("協会", $"{endowment}{aichi}", "たくさん"),
            ("主な事業", $"G{osakaProject}", "-5"),
            ("主な事業", $"E{osakaProject + 1}", "宇宙開発"));

        var problems = await FilesTesting.ProblemsAsync(await secretariat.ImportAsync(broken, target.ToString()));

        Assert.Equal([
            $"シート「協会」 {aichi}行目 {endowment}列（基本財産）：数値を入力してください。",
            $"シート「主な事業」 {osakaProject}行目 G列（予算）：0以上の数を入力してください。",
            $"シート「主な事業」 {osakaProject + 1}行目 E列（分野）：一覧から選んでください。",
        ], problems);
        Assert.False(await factory.WithDb(db => db.DirectoryEditions.AnyAsync(e => e.FiscalYear == target)));
        Assert.False(await factory.WithDb(db => db.DirectoryEntries.AnyAsync(e => e.FiscalYear == target)));
    }

    [Fact]
    public async Task Unknown_and_duplicate_codes_missing_columns_and_bad_row_numbers_are_reported_in_english_too()
    {
        var (_, xlsx, secretariat) = await ExportedAsync();
        var target = await DirectoryData.FreeYearAsync(factory, openable: true);
        using var book = FilesTesting.Open(xlsx);
        var main = book.Sheet("協会");
        var officers = book.Sheet("役員");
        var broken = FilesTesting.Edit(xlsx,
            ("協会", $"A{book.RowOf(main, "041009")}", "999999"),
            ("協会", $"A{book.RowOf(main, "130001")}", "010006"),
            ("役員", $"C{book.RowOf(officers, "230006")}", "一"),
            ("会員種別", "A3", "コード"));

        var problems = await FilesTesting.ProblemsAsync(await secretariat.ImportAsync(broken, target.ToString(), query: "?culture=en"));

        Assert.Contains($"Sheet 協会, row {book.RowOf(main, "041009")}, column A (Association code): 999999 is not the code of a registered association.", problems);
        Assert.Contains($"Sheet 協会, row {book.RowOf(main, "130001")}, column A (Association code): The association code 010006 appears twice (also in row {book.RowOf(main, "010006")}).", problems);
        Assert.Contains($"Sheet 役員, row {book.RowOf(officers, "230006")}, column C (No.): Enter the row number as a whole number from 1.", problems);
        Assert.Contains("Sheet 会員種別, row 3: The row of field keys is missing (row 3 must hold code, name and the other field keys).", problems);
        Assert.False(await factory.WithDb(db => db.DirectoryEditions.AnyAsync(e => e.FiscalYear == target)));
    }

    [Fact]
    public async Task A_year_that_has_an_edition_is_refused_and_left_as_it_was()
    {
        var (source, xlsx, secretariat) = await ExportedAsync();
        var existing = await DirectoryData.FreeYearAsync(factory, openable: true);
        await DirectoryData.CreateEditionAsync(factory, existing, EditionStatus.Collecting, "230006");

        var problems = await FilesTesting.ProblemsAsync(await secretariat.ImportAsync(xlsx, existing.ToString()));

        Assert.Equal([$"{existing}年度（{EraOf(existing)}）の版は既にあります。取り込みで上書きすることはできません。"], problems);
        var edition = await factory.WithDb(db => db.DirectoryEditions.Include(e => e.Entries).SingleAsync(e => e.FiscalYear == existing));
        Assert.Equal((EditionStatus.Collecting, false, 1), (edition.Status, edition.Imported, edition.Entries.Count));
        _ = source;
    }

    static string EraOf(int year) => Renkei.Web.Infrastructure.Localization.FiscalYear.Label(year, false)[(year.ToString().Length + 3)..^1];

    [Fact]
    public async Task A_file_that_is_not_an_xlsx_or_too_large_gets_a_clear_message_and_no_error_page()
    {
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var target = await DirectoryData.FreeYearAsync(factory, openable: true);

        var notXlsx = await FilesTesting.ProblemsAsync(await secretariat.ImportAsync("code,name\n230006,x"u8.ToArray(), target.ToString(), "directory.csv"));
        Assert.Equal(["xlsx形式のファイルとして読み込めませんでした。エクスポートまたはテンプレートと同じ形式（.xlsx）で保存したファイルを選んでください。"], notXlsx);

        var large = await secretariat.ImportAsync(new byte[10 * 1024 * 1024 + 1], target.ToString());
        var html = await large.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        Assert.Contains("ファイルが大きすぎます（10 MBまで）。", html);

        var noYear = await secretariat.ImportAsync("x"u8.ToArray(), "令和");
        Assert.Contains("年度を西暦4桁で入力してください（例：2019）。", await noYear.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDb(db => db.DirectoryEditions.AnyAsync(e => e.FiscalYear == target)));
    }

    [Fact]
    public async Task Only_the_secretariat_may_import()
    {
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/directory/manage/import")).StatusCode);
        var anonymous = await factory.NewClient().GetAsync("/directory/manage/import");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
    }
}
