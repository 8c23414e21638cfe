using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/compare: members put up to five entries of one edition side by side; bad input gets a message.</summary>
public class DirectoryCompareTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Member() => await factory.SignedInClient(await factory.AssociationStaff("041009"));

    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009");
        var response = await factory.NewClient().GetAsync($"/directory/compare?year={year}&codes=230006&codes=041009");
        Assert.True(response.RedirectsToLogin());
    }

    [Fact]
    public async Task Chosen_entries_stand_side_by_side_field_by_field_with_differences_marked()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009", "270008");
        await ReadingData.ChangeAsync(factory, year, "041009", c =>
        {
            c.AnnualBudgetYen = 90_000_000;
            c.Projects.Add(new Project { Name = "防災訓練", Category = "disaster", BudgetYen = 1_000_000 });
        });

        var page = await (await Member()).GetPage($"/directory/compare?year={year}&codes=230006&codes=041009");

        var table = page.QuerySelector("table.directory-compare")!;
        var columns = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["項目", "テスト国際交流協会230006", "テスト国際交流協会041009"], columns);
        Assert.NotNull(table.QuerySelector("caption"));
        var region = page.QuerySelector(".directory-compare-wrap")!;
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.NotNull(page.GetElementById(region.GetAttribute("aria-labelledby")!));

        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.TextOf("th").Replace("≠", "").Replace("（違いあり）", "").Trim(),
            r => (Differs: r.ClassList.Contains("differs"), Values: r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()));
        Assert.True(rows["年間予算"].Differs);
        Assert.Equal(["180,000,000円", "90,000,000円"], rows["年間予算"].Values);
        Assert.False(rows["法人格"].Differs);
        Assert.Equal(["—", "防災訓練"], rows["主な事業2：事業名"].Values);
        Assert.Contains("（違いあり）", table.QuerySelector("tr.differs th")!.TextContent);
        // Members compare members' data: the contact persons are there, marked.
        Assert.Contains("会員のみ", table.QuerySelectorAll("tbody th").First(th => th.TextContent.Contains("担当者1：氏名")).TextContent);
        Assert.True(rows.Keys.ToList().IndexOf("年間予算") < rows.Keys.ToList().IndexOf("主な事業1：事業名"));
    }

    [Fact]
    public async Task Differences_only_leaves_out_the_fields_that_agree()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009");
        var page = await (await Member()).GetPage($"/directory/compare?year={year}&codes=230006&codes=041009&differences=true");

        var rows = page.QuerySelectorAll("table.directory-compare tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.ClassList.Contains("differs")));
    }

    [Fact]
    public async Task The_form_offers_the_published_years_and_that_years_associations_by_block()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009");
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "230006");

        var page = await (await Member()).GetPage($"/directory/compare?year={year}&codes=230006");

        var years = page.QuerySelectorAll("select#year option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(year.ToString(), years);
        Assert.DoesNotContain(collecting.ToString(), years);
        var legends = page.QuerySelectorAll(".directory-choices legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(2, legends.Count);
        Assert.Equal(["041009", "230006"], page.QuerySelectorAll("input[name=codes]").Select(i => i.GetAttribute("value")));
        Assert.True(page.QuerySelector("input[name=codes][value='230006']")!.HasAttribute("checked"));
        // One association is not a comparison.
        Assert.Contains("2協会以上", page.TextOf("#compare-problem"));
        Assert.Null(page.QuerySelector("table.directory-compare"));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_not_an_error_page()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009", "270008", "130001", "011002", "221007");
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "230006", "041009");
        var client = await Member();

        var unknown = await client.GetPage($"/directory/compare?year={year}&codes=230006&codes=999999");
        Assert.Contains("999999", unknown.TextOf("#compare-problem"));
        Assert.Null(unknown.QuerySelector("table.directory-compare"));

        var six = string.Join("&", new[] { "230006", "041009", "270008", "130001", "011002", "221007" }.Select(c => "codes=" + c));
        var tooMany = await client.GetPage($"/directory/compare?year={year}&{six}");
        Assert.Contains("5協会まで", tooMany.TextOf("#compare-problem"));
        Assert.Null(tooMany.QuerySelector("table.directory-compare"));

        var unpublished = await client.GetPage($"/directory/compare?year={collecting}&codes=230006&codes=041009");
        Assert.Contains("公開されていません", unpublished.TextOf("#compare-problem"));
        Assert.Null(unpublished.QuerySelector("table.directory-compare"));

        var junk = await client.GetPage("/directory/compare?year=abc&codes=%3Cscript%3E");
        Assert.Contains("公開されていません", junk.TextOf("#compare-problem"));
    }

    [Fact]
    public async Task English_readers_get_english_labels_and_names()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009");
        var page = await (await Member()).GetPage($"/directory/compare?year={year}&codes=230006&codes=041009&culture=en");

        var columns = page.QuerySelectorAll("table.directory-compare thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Field", "Test International Association 230006", "Test International Association 041009"], columns);
        Assert.Contains(page.QuerySelectorAll("table.directory-compare tbody th"), th => th.TextContent.Contains("Annual budget"));
    }
}
