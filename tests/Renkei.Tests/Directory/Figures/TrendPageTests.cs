using System.Net;
using Renkei.Tests.Accounts;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/associations/{code}: an association's published entries across years, charts, and what changed.</summary>
public class TrendPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    // Each test uses an association of its own, so the histories of different tests never mix.
    async Task<(int First, int Second, EntryContent Before, EntryContent After)> TwoYearsAsync(string code)
    {
        var before = FiguresData.Content(code, 120_000_000, new() { Regular = 5, Contract = 2 }, ("consultation", 20_000_000));
        var after = FiguresData.Content(code, 126_000_000, new() { Regular = 5, Contract = 3 }, ("consultation", 21_000_000), ("disaster", 4_000_000));
        after.MemberTypes[0].Count = 150;
        after.Contacts[0].Phone = "052-000-9999"; // members-only: the public's count of changes leaves it out
        var first = await DirectoryData.FreeYearAsync(factory);
        await FiguresData.PublishedAsync(factory, first, isSample: false, (code, before));
        var second = await DirectoryData.FreeYearAsync(factory);
        await FiguresData.PublishedAsync(factory, second, isSample: false, (code, after));
        return (first, second, before, after);
    }

    [Fact]
    public async Task Shows_each_published_year_with_links_and_the_number_of_fields_that_changed()
    {
        var (first, second, before, after) = await TwoYearsAsync("100005");

        var page = await factory.NewClient().GetPage("/directory/associations/100005");

        Assert.Equal("テスト国際交流協会100005の推移", page.Text("h1"));
        var rows = page.QuerySelectorAll("#table-changes tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal($"/directory/{second}/100005", rows[0].QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal($"/directory/{first}/100005", rows[1].QuerySelector("th a")!.GetAttribute("href"));
        var changes = EntryFields.Diff(before.ForPublic(), after.ForPublic(), english: false);
        Assert.Equal(changes.Count.ToString(), rows[0].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Contains("年間予算", rows[0].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("最初の掲載", rows[1].QuerySelectorAll("td")[1].TextContent.Trim());
        // Diffs between years are for members.
        Assert.Null(page.QuerySelector("#table-changes a[href*='/diff']"));
        Assert.Null(page.QuerySelector(".sample-data"));
    }

    [Fact]
    public async Task Charts_budget_staff_members_and_projects_with_tables_of_the_same_numbers()
    {
        var (first, second, _, _) = await TwoYearsAsync("190004");

        var page = await factory.NewClient().GetPage("/directory/associations/190004");

        var charts = page.QuerySelectorAll("svg.chart[role=img]");
        Assert.Equal(["年間予算の推移（百万円）", "職員数の推移（雇用形態別の積み上げ）", "会員数の推移（全種別の合計）", "主な事業の数の推移"],
            charts.Select(c => c.QuerySelector("title")!.TextContent));
        Assert.Contains($"{first}：120、{second}：126", charts[0].QuerySelector("desc")!.TextContent);
        Assert.Contains($"{second}：8", charts[1].QuerySelector("desc")!.TextContent);
        Assert.Contains($"{first}：120、{second}：150", charts[2].QuerySelector("desc")!.TextContent);
        Assert.Contains($"{first}：1、{second}：2", charts[3].QuerySelector("desc")!.TextContent);
        var budgetRows = charts[0].ParentElement!.QuerySelectorAll("tbody tr");
        Assert.Equal(FiscalYear.Label(second, false), budgetRows[1].QuerySelector("th")!.TextContent);
        Assert.Equal(["126", "500"], budgetRows[1].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task Members_get_a_link_to_the_diff_between_two_years()
    {
        var (first, second, before, after) = await TwoYearsAsync("200000");
        var member = await factory.AssociationStaff("041009");
        var client = await factory.SignedInClient(member);

        var page = await client.GetPage("/directory/associations/200000");

        var link = page.QuerySelector("#table-changes a[href*='/diff']")!;
        Assert.Equal($"/directory/{second}/200000/diff?from={first}", link.GetAttribute("href"));
        // Members read members-only fields too, so the contact's new phone number counts as a change for them.
        var count = page.QuerySelectorAll("#table-changes tbody tr")[0].QuerySelector("td")!.TextContent.Trim();
        Assert.Equal(EntryFields.Diff(before, after, english: false).Count.ToString(), count);
        Assert.Equal(EntryFields.Diff(before.ForPublic(), after.ForPublic(), english: false).Count + 1, int.Parse(count));
    }

    [Fact]
    public async Task Reads_in_english()
    {
        var (_, second, _, _) = await TwoYearsAsync("330001");

        var page = await factory.NewClient().GetPage("/directory/associations/330001?culture=en");

        Assert.Equal("Test International Association 330001: trend", page.Text("h1"));
        Assert.Equal($"FY{second}", page.QuerySelector("#table-changes tbody th a")!.TextContent.Trim());
        Assert.Equal("Annual budget by year (¥ millions)", page.QuerySelector("svg.chart title")!.TextContent);
    }

    [Fact]
    public async Task Unknown_codes_and_associations_without_a_published_entry_are_not_found()
    {
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "380008");
        var client = factory.NewClient();

        foreach (var code in new[] { "999999", "abc", "12345", "380008", "470007" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/directory/associations/{code}")).StatusCode);
    }

    [Fact]
    public async Task A_code_in_full_width_digits_redirects_to_the_canonical_address()
    {
        await TwoYearsAsync("260002");

        var response = await factory.NewClient().GetAsync("/directory/associations/%EF%BC%92%EF%BC%96%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%92");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/directory/associations/260002", response.Headers.Location!.OriginalString);
    }
}
