using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using UglyToad.PdfPig;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>CSV read back with CsvHelper from the bytes (BOM detected), JSON parsed, PDF text extracted with PdfPig.</summary>
public class OtherExportsTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_csv_is_utf8_with_a_bom_and_crlf_and_reads_back_with_japanese_headers_and_quoted_values()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, "230006", "041009");
        await factory.WithDb(async db =>
        {
            var version = await db.DirectoryEntryVersions.SingleAsync(v => db.DirectoryEntries.Any(e => e.Id == v.EntryId && e.FiscalYear == year && e.AssociationCode == "041009"));
            version.Content.Name = "宮城県国際化協会, \"MIA\"";
            version.Content.RepresentativeTitle = "=HYPERLINK(\"http://example.com\")";
            db.Entry(version).Property(v => v.Content).IsModified = true;
            await db.SaveChangesAsync();
        });

        var response = await factory.NewClient().GetAsync($"/directory/{year}.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"renkei-directory-{year}.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(3, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Latin1, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(["協会コード", "ブロック", "法人格", "名称"], csv.HeaderRecord![..4]);
        Assert.DoesNotContain(csv.HeaderRecord, h => h.Contains("担当者"));
        var rows = new Dictionary<string, (string Name, string Title, string Endowment)>();
        while (csv.Read()) rows[csv.GetField("協会コード")!] = (csv.GetField("名称")!, csv.GetField("代表者役職")!, csv.GetField("基本財産")!);
        Assert.Equal("公益財団法人テスト国際交流協会230006", rows["230006"].Name);
        Assert.Equal("500000000", rows["230006"].Endowment);
        Assert.Equal("宮城県国際化協会, \"MIA\"", rows["041009"].Name);
        // A value a spreadsheet would run as a formula is defused.
        Assert.Equal("'=HYPERLINK(\"http://example.com\")", rows["041009"].Title);
    }

    [Fact]
    public async Task The_json_has_the_edition_and_each_entry_as_stored_with_members_only_fields_for_members_only()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, "230006", "041009");
        var anonymous = JsonDocument.Parse(await factory.NewClient().DownloadAsync($"/directory/{year}.json")).RootElement;
        var member = JsonDocument.Parse(await (await factory.SignedInClient(await factory.AssociationStaff())).DownloadAsync($"/directory/{year}.json")).RootElement;

        Assert.Equal(year, anonymous.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("published", anonymous.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, anonymous.GetProperty("publishedAt").ValueKind);
        Assert.False(anonymous.GetProperty("isSample").GetBoolean());
        var entries = anonymous.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["041009", "230006"], entries.Select(e => e.GetProperty("code").GetString()));
        var aichi = entries[1];
        Assert.Equal("公益財団法人テスト国際交流協会230006", aichi.GetProperty("associationName").GetString());
        Assert.Equal("chubu", aichi.GetProperty("block").GetString());
        Assert.Equal(1, aichi.GetProperty("version").GetInt32());
        Assert.Equal(DirectoryJson.Serialize(FilesTesting.RichContent("230006").ForPublic()),
            DirectoryJson.Serialize(DirectoryJson.Deserialize(aichi.GetProperty("content").GetRawText())));
        Assert.Equal(0, aichi.GetProperty("content").GetProperty("contacts").GetArrayLength());
        var memberAichi = member.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "230006");
        Assert.Equal(DirectoryJson.Serialize(FilesTesting.RichContent("230006")), DirectoryJson.Serialize(DirectoryJson.Deserialize(memberAichi.GetProperty("content").GetRawText())));
    }

    [Fact]
    public async Task The_pdf_booklet_has_the_japanese_text_an_embedded_font_and_long_lists_continue_on_the_next_page()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, "230006", "041009");
        await factory.WithDb(async db =>
        {
            var version = await db.DirectoryEntryVersions.SingleAsync(v => db.DirectoryEntries.Any(e => e.Id == v.EntryId && e.FiscalYear == year && e.AssociationCode == "230006"));
            version.Content.Projects = Enumerable.Range(1, 45).Select(i => new Project
            {
                Name = $"多文化共生事業その{i}", Category = "coexistence", Description = string.Concat(Enumerable.Repeat("地域の外国人住民と日本人住民が共に暮らすための取り組み。", 3)), BudgetYen = i * 1000,
            }).ToList();
            db.Entry(version).Property(v => v.Content).IsModified = true;
            await db.SaveChangesAsync();
        });

        var anonymousBytes = await factory.NewClient().DownloadAsync($"/directory/{year}.pdf");
        var memberBytes = await (await factory.SignedInClient(await factory.AssociationStaff())).DownloadAsync($"/directory/{year}.pdf");

        using var pdf = PdfDocument.Open(anonymousBytes);
        var pages = pdf.GetPages().Select(p => p.Text).ToList();
        Assert.Contains("地域国際化協会ダイレクトリー", pages[0]);
        Assert.Contains("目次", pages[1]);
        Assert.Contains("公益財団法人テスト国際交流協会230006", pages[1]);
        var all = string.Concat(pages);
        Assert.Contains("Test International Association 230006", all);
        Assert.Contains("多文化共生事業その45", all);
        Assert.Contains("主な事業（続き）", all);
        Assert.True(pdf.NumberOfPages > 5, $"{pdf.NumberOfPages} pages");
        Assert.DoesNotContain("sato230006@example.jp", all);
        // The font is embedded (a subset: "ABCDEF+IPAexGothic") and used for the Japanese text.
        var raw = Encoding.Latin1.GetString(anonymousBytes);
        Assert.Contains("/FontFile2", raw);
        Assert.Matches(@"/BaseFont\s*/[A-Z]{6}\+IPAexGothic", raw);
        Assert.Contains(pdf.GetPage(1).Letters, l => l.FontName!.EndsWith("IPAexGothic", StringComparison.Ordinal));

        using var members = PdfDocument.Open(memberBytes);
        Assert.Contains("sato230006@example.jp", string.Concat(members.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public async Task A_sample_edition_says_so_on_the_cover_of_the_booklet_and_no_edition_is_not_found()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, "230006");
        await factory.WithDb(db => db.DirectoryEditions.Where(e => e.FiscalYear == year).ExecuteUpdateAsync(s => s.SetProperty(e => e.IsSample, true)));

        using var pdf = PdfDocument.Open(await factory.NewClient().DownloadAsync($"/directory/{year}.pdf"));

        Assert.Contains("サンプルデータ", pdf.GetPage(1).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.NewClient().GetAsync($"/directory/{year + 50}.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_public_files_are_cached_yet_a_correction_shows_at_once()
    {
        var year = await FilesTesting.RichEditionAsync(factory, openable: false, "230006");
        var client = factory.NewClient();
        string NameIn(byte[] json) => JsonDocument.Parse(json).RootElement.GetProperty("entries")[0].GetProperty("associationName").GetString()!;
        Assert.Equal("公益財団法人テスト国際交流協会230006", NameIn(await client.DownloadAsync($"/directory/{year}.json")));
        // A published version is never changed in place. Changed behind the app's back (a bulk update, which
        // passes no save and so no eviction), the cached file does not notice: proof that it was a cache hit.
        await factory.WithDb(async db =>
        {
            var version = await db.DirectoryEntryVersions.AsNoTracking().SingleAsync(v => db.DirectoryEntries.Any(e => e.Id == v.EntryId && e.FiscalYear == year));
            var rewritten = version.Content.Copy();
            rewritten.Name = "書き換え";
            await db.DirectoryEntryVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Content, rewritten));
        });
        Assert.Equal("公益財団法人テスト国際交流協会230006", NameIn(await client.DownloadAsync($"/directory/{year}.json")));

        await factory.WithDb(async db =>
        {
            var entry = await db.DirectoryEntries.Include(e => e.Versions).SingleAsync(e => e.FiscalYear == year);
            var corrected = entry.Versions.Single().Content.Copy();
            corrected.Name = "公益財団法人あいち国際交流協会";
            entry.Versions.Add(new DirectoryEntryVersion { Number = 2, Content = corrected, ChangeNote = "名称の訂正", CreatedAt = DateTime.UtcNow, CreatedBy = "test" });
            await db.SaveChangesAsync();
        });

        Assert.Equal("公益財団法人あいち国際交流協会", NameIn(await client.DownloadAsync($"/directory/{year}.json")));
        Assert.Equal(2, JsonDocument.Parse(await client.DownloadAsync($"/directory/{year}.json")).RootElement.GetProperty("entries")[0].GetProperty("version").GetInt32());
    }
}
