using AngleSharp.Dom;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/manage: the editions table and the form that opens an edition, as the secretariat submits it.</summary>
public class ManageIndexPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Secretariat() => await factory.SignedInClient(await factory.Secretariat());

    static Dictionary<string, string> Open(int year, DateOnly deadline, string days = "7") => new()
    {
        ["Input.FiscalYear"] = year.ToString(),
        ["Input.Deadline"] = deadline.ToString("yyyy-MM-dd"),
        ["Input.ReminderDaysBefore"] = days,
    };

    [Fact]
    public async Task Opening_an_edition_from_the_form_creates_the_entries_and_says_how_many()
    {
        var admin = await factory.AssociationAdmin("230006");
        var client = await Secretariat();
        var year = await DirectoryData.FreeYearAsync(factory, openable: true);

        var response = await client.PostForm("/directory/manage", "form#open", Open(year, ReviewTesting.Day(30), "10"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/directory/manage/{year}", response.Headers.Location!.OriginalString);
        var edition = await factory.EditionAsync(year);
        Assert.Equal(ReviewTesting.Day(30), edition.Deadline);
        Assert.Equal(10, edition.ReminderDaysBefore);
        var entries = await factory.WithDb(db => db.DirectoryEntries.CountAsync(e => e.FiscalYear == year));
        var label = FiscalYear.Label(year, false);
        var admins = await factory.WithDb(db => db.Outbox.CountAsync(m => m.Subject.Contains(label)));
        Assert.Single(await factory.MailsToAsync(admin.Email));

        var progress = await client.GetPage(response.Headers.Location.OriginalString);
        Assert.Equal($"{FiscalYear.Label(year, false)}を開きました。{entries}協会のエントリーを作成し、管理者{admins}人にメールを送りました。",
            progress.QuerySelector(".flash")!.TextContent);

        var list = await client.GetPage("/directory/manage");
        var row = list.QuerySelectorAll("#editions tbody tr").Single(r => r.QuerySelector($"a[href='/directory/manage/{year}']") is not null);
        Assert.Contains("受付中", row.TextContent);
        Assert.Contains($"0 / {entries}", row.TextContent);
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_its_field_and_opens_nothing()
    {
        var client = await Secretariat();
        var year = await DirectoryData.FreeYearAsync(factory, openable: true);

        var typed = await client.PostForm("/directory/manage", "form#open", new Dictionary<string, string>
        {
            ["Input.FiscalYear"] = "来年",
            ["Input.Deadline"] = "6月末",
            ["Input.ReminderDaysBefore"] = "一週間",
        });
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        var page = Forms.Parse(await typed.Content.ReadAsStringAsync());
        Assert.Equal("年度を西暦4桁で入力してください（例：2025）。", page.QuerySelector("[data-valmsg-for='Input.FiscalYear']")!.TextContent);
        Assert.Equal("締切日を 2025-06-30 の形式で入力してください。", page.QuerySelector("[data-valmsg-for='Input.Deadline']")!.TextContent);
        Assert.Equal("日数を数字で入力してください。", page.QuerySelector("[data-valmsg-for='Input.ReminderDaysBefore']")!.TextContent);
        Assert.Equal("来年", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_FiscalYear")!.Value);

        var past = await client.PostForm("/directory/manage", "form#open", Open(year, ReviewTesting.Day(-1)));
        page = Forms.Parse(await past.Content.ReadAsStringAsync());
        Assert.Equal("締切日は今日以降の日付にしてください。", page.QuerySelector("[data-valmsg-for='Input.Deadline']")!.TextContent);
        Assert.False(await factory.WithDb(db => db.DirectoryEditions.AnyAsync(e => e.FiscalYear == year)));

        var taken = await DirectoryData.FreeYearAsync(factory, openable: true);
        await DirectoryData.CreateEditionAsync(factory, taken, EditionStatus.Collecting, "230006");
        var twice = await client.PostForm("/directory/manage", "form#open", Open(taken, ReviewTesting.Day(30)));
        page = Forms.Parse(await twice.Content.ReadAsStringAsync());
        Assert.Equal($"{taken}年度の版は既にあります。", page.QuerySelector("[data-valmsg-for='Input.FiscalYear']")!.TextContent);
    }

    [Fact]
    public async Task The_form_suggests_this_fiscal_year_or_the_next_without_an_edition_and_the_table_marks_samples()
    {
        var client = await Secretariat();
        var current = FiscalYear.Of(ReviewTesting.Day(0));
        var used = await factory.WithDb(db => db.DirectoryEditions.Select(e => e.FiscalYear).ToListAsync());
        var expected = !used.Contains(current) ? current.ToString() : !used.Contains(current + 1) ? (current + 1).ToString() : "";
        var sample = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, sample, EditionStatus.Published, "230006");
        await factory.WithDb(async db =>
        {
            (await db.DirectoryEditions.FindAsync(sample))!.IsSample = true;
            await db.SaveChangesAsync();
        });

        var page = await client.GetPage("/directory/manage?culture=en");

        Assert.Equal(expected, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_FiscalYear")!.Value);
        Assert.Equal("7", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_ReminderDaysBefore")!.Value);
        Assert.NotNull(page.QuerySelector("a[href='/directory/manage/import']"));
        var row = page.QuerySelectorAll("#editions tbody tr").Single(r => r.QuerySelector($"a[href='/directory/manage/{sample}']") is not null);
        Assert.Contains($"FY{sample}", row.TextContent);
        Assert.Contains("Sample", row.TextContent);
        Assert.Contains("Published", row.TextContent);
    }

    [Fact]
    public async Task Association_users_may_not_open_editions()
    {
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/directory/manage")).StatusCode);
        var anonymous = await factory.NewClient().GetAsync("/directory/manage");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
    }
}
