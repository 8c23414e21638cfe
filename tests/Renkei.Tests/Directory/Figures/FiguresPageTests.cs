using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Renkei.Tests.Accounts;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/figures and its API: the figures of a published year as computed, charts as accessible SVG, 404 for other years.</summary>
public class FiguresPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly (string Code, EntryContent Content)[] Entries =
    [
        ("230006", FiguresData.Content("230006", 100_000_000, new() { Regular = 4, Contract = 2 }, ("consultation", 20_000_000), ("exchange", 5_000_000))),
        ("041009", FiguresData.Content("041009", 300_000_000, new() { Seconded = 1, Regular = 9, PartTime = 3, Temporary = 1 }, ("consultation", 10_000_000))),
        ("430005", FiguresData.Content("430005", null, new())),
    ];

    async Task<int> PublishedYearAsync()
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await FiguresData.PublishedAsync(factory, year, isSample: false, Entries);
        return year;
    }

    static Dictionary<string, string[]> Rows(IHtmlDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tr").Where(r => r.QuerySelector("th[scope=row]") is not null)
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    [Fact]
    public async Task Shows_the_years_figures_as_computed_from_its_entries()
    {
        var year = await PublishedYearAsync();
        var expected = DirectoryFigures.Compute(year, false, Entries.Select(e => new FiguresInput(e.Content, "kanto")).ToList(), []);

        var page = await factory.NewClient().GetPage($"/directory/figures?year={year}");

        Assert.Equal("ダイレクトリー 全国の集計", page.Text("h1"));
        Assert.Equal($"{FiscalYear.Label(year, false)}の概要", page.Text("#summary"));
        Assert.Equal("3", page.Text("#fig-associations"));
        Assert.Equal("20人（記載2協会）", page.Text("#fig-staff-total"));
        Assert.Equal($"{FigureFormat.Count(expected.Staff.Median)}人", page.Text("#fig-staff-median"));
        Assert.Equal("10人", page.Text("#fig-staff-median"));
        Assert.Equal("4.0億円（記載2協会）", page.Text("#fig-budget-total"));
        Assert.Equal("200百万円", page.Text("#fig-budget-median"));
        Assert.Equal(FigureFormat.Total(expected.EndowmentTotalYen, false), page.Text("#fig-endowment-total"));
        Assert.Equal("3件", page.Text("#fig-projects"));
        Assert.Equal("page", page.QuerySelector($".figures-years a[href='/directory/figures?year={year}']")!.GetAttribute("aria-current"));
        Assert.Null(page.QuerySelector(".sample-data"));

        var blocks = Rows(page, "table-blocks");
        Assert.Equal(["1", "14", "3.0"], blocks["北海道・東北ブロック"]);
        Assert.Equal(["1", "6", "1.0"], blocks["中部ブロック"]);
        Assert.Equal(["1", "0", "0.0"], blocks["九州ブロック"]);
        Assert.Equal(["3", "20", "4.0"], blocks["全国"]);
        var categories = Rows(page, "table-categories");
        Assert.Equal(["2", "2", "30"], categories["外国人相談"]);
        Assert.Equal(["1", "1", "5"], categories["国際交流"]);
        Assert.Equal(["1", "13", "3", "2", "1", "20"], Rows(page, "table-staff").Values.Select(v => v[0]));
        Assert.Equal(["3", "3", "3", "3", "3"], Rows(page, "table-languages").Values.Select(v => v[0]));
    }

    [Fact]
    public async Task Year_over_year_charts_are_svg_images_with_a_title_and_a_table_of_the_same_numbers()
    {
        var year = await PublishedYearAsync();

        var page = await factory.NewClient().GetPage($"/directory/figures?year={year}");

        var charts = page.QuerySelectorAll("svg.chart");
        Assert.Equal(4, charts.Length);
        foreach (var svg in charts)
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal(2, ids.Length);
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(ids[0])!.TextContent));
            Assert.Equal("title", page.GetElementById(ids[0])!.LocalName);
            Assert.Equal("desc", page.GetElementById(ids[1])!.LocalName);
            // Each chart is followed by its table with a caption.
            Assert.NotNull(svg.ParentElement!.QuerySelector("table caption"));
        }
        Assert.Equal("協会数の推移", charts[0].QuerySelector("title")!.TextContent);
        Assert.Contains($"{year}：3", charts[0].QuerySelector("desc")!.TextContent);
        Assert.Contains($"{year}：20", charts[1].QuerySelector("desc")!.TextContent);
        var associationsTable = charts[0].ParentElement!.QuerySelector("table")!;
        Assert.Contains(associationsTable.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains(FiscalYear.Label(year, false)) && r.QuerySelector("td")!.TextContent == "3");
    }

    [Fact]
    public async Task Reads_in_english_with_budgets_in_yen_millions()
    {
        var year = await PublishedYearAsync();

        var page = await factory.NewClient().GetPage($"/directory/figures?year={year}&culture=en");

        Assert.Equal("Directory: national figures", page.Text("h1"));
        Assert.Equal($"FY{year} at a glance", page.Text("#summary"));
        Assert.StartsWith("¥400m", page.Text("#fig-budget-total"));
        Assert.Equal("¥200m", page.Text("#fig-budget-median"));
        Assert.Equal(["1", "14", "300"], Rows(page, "table-blocks")["Hokkaido-Tohoku"]);
        Assert.Equal("Total annual budget by year (¥ millions)", page.QuerySelectorAll("svg.chart")[2].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public async Task Without_a_year_shows_the_latest_published_one()
    {
        var year = await PublishedYearAsync();

        var page = await factory.NewClient().GetPage("/directory/figures");

        Assert.Equal($"{FiscalYear.Label(year, false)}の概要", page.Text("#summary"));
    }

    [Fact]
    public async Task A_year_without_a_published_edition_is_not_found()
    {
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "230006");
        var client = factory.NewClient();

        foreach (var year in new[] { collecting.ToString(), "1800", "abc", "2024.5", "-1" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/directory/figures?year={Uri.EscapeDataString(year)}")).StatusCode);
    }

    [Fact]
    public async Task A_year_typed_in_full_width_digits_is_found()
    {
        var year = await PublishedYearAsync();
        var fullWidth = string.Concat(year.ToString().Select(c => (char)('０' + (c - '0'))));

        var page = await factory.NewClient().GetPage($"/directory/figures?year={Uri.EscapeDataString(fullWidth)}");

        Assert.Equal($"{FiscalYear.Label(year, false)}の概要", page.Text("#summary"));
    }

    [Fact]
    public async Task The_api_gives_the_same_figures_as_json()
    {
        var year = await PublishedYearAsync();

        var response = await factory.NewClient().GetAsync("/api/v1/directory/figures");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var years = await response.Content.ReadFromJsonAsync<JsonElement>();
        var mine = years.EnumerateArray().Single(y => y.GetProperty("fiscalYear").GetInt32() == year);
        Assert.Equal(3, mine.GetProperty("associations").GetInt32());
        Assert.False(mine.GetProperty("isSample").GetBoolean());
        Assert.Equal(400_000_000, mine.GetProperty("budgetTotalYen").GetInt64());
        Assert.Equal(200_000_000m, mine.GetProperty("budgetMedianYen").GetDecimal());
        Assert.Equal(2, mine.GetProperty("budgetReported").GetInt32());
        Assert.Equal(20, mine.GetProperty("staff").GetProperty("total").GetInt32());
        Assert.Equal("consultation", mine.GetProperty("categories")[0].GetProperty("category").GetString());
        Assert.Equal(30_000_000, mine.GetProperty("categories")[0].GetProperty("budgetYen").GetInt64());
        Assert.Equal("hokkaido-tohoku", mine.GetProperty("blocks")[0].GetProperty("blockId").GetString());
        var order = years.EnumerateArray().Select(y => y.GetProperty("fiscalYear").GetInt32()).ToList();
        Assert.Equal(order.Order(), order);
    }
}

/// <summary>The figures page before anything is published, and its sample-data notice: a database of its own.</summary>
public class FiguresSampleNoticeTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Says_when_nothing_is_published_and_labels_sample_data_only_when_a_sample_edition_is_shown()
    {
        var client = factory.NewClient();
        var empty = await client.GetPage("/directory/figures");
        Assert.Contains("公開されたダイレクトリーはまだありません", empty.Text("main"));
        Assert.Empty(empty.QuerySelectorAll("svg.chart"));

        var real = await DirectoryData.FreeYearAsync(factory);
        await FiguresData.PublishedAsync(factory, real, isSample: false, ("230006", DirectoryData.SampleContent("230006")));
        Assert.Null((await client.GetPage("/directory/figures")).QuerySelector(".sample-data"));
        Assert.Null((await client.GetPage("/directory/associations/230006")).QuerySelector(".sample-data"));

        var sample = await DirectoryData.FreeYearAsync(factory);
        await FiguresData.PublishedAsync(factory, sample, isSample: true, ("230006", DirectoryData.SampleContent("230006")));
        // The real year's page shows the sample year in its charts, so it says so too.
        Assert.NotNull((await client.GetPage($"/directory/figures?year={real}")).QuerySelector(".sample-data"));
        Assert.NotNull((await client.GetPage($"/directory/figures?year={real}&culture=en")).QuerySelector(".sample-data"));
        Assert.NotNull((await client.GetPage("/directory/associations/230006")).QuerySelector(".sample-data"));
    }
}
