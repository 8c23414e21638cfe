using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/{fiscalYear}/{code}/diff: members see what changed in an entry between two published years.</summary>
public class DirectoryDiffTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Member() => await factory.SignedInClient(await factory.AssociationAdmin("041009"));

    /// <summary>Two consecutive published years of 230006: the later one with a changed budget, one project more and no fax.</summary>
    async Task<(int First, int Second)> TwoYearsAsync()
    {
        var first = await ReadingData.PublishedAsync(factory, "230006");
        var second = await ReadingData.PublishedAsync(factory, "230006");
        await ReadingData.ChangeAsync(factory, second, "230006", c =>
        {
            c.AnnualBudgetYen = 200_000_000;
            c.Fax = null;
            c.Projects.Add(new Project { Name = "日本語教室", Category = "japanese-language" });
        });
        return (first, second);
    }

    static List<(string Field, string Kind, string Before, string After)> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.directory-changes tbody tr").Select(r =>
        {
            var cells = r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            return (r.TextOf("th"), cells[0], cells[1], cells[2]);
        }).ToList();

    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in()
    {
        var (_, second) = await TwoYearsAsync();
        Assert.True((await factory.NewClient().GetAsync($"/directory/{second}/230006/diff")).RedirectsToLogin());
    }

    [Fact]
    public async Task By_default_the_previous_published_year_is_compared_field_by_field()
    {
        var (first, second) = await TwoYearsAsync();

        var page = await (await Member()).GetPage($"/directory/{second}/230006/diff");

        var rows = Rows(page);
        Assert.Contains(("年間予算", "変更", "180,000,000円", "200,000,000円"), rows);
        Assert.Contains(("FAX番号", "削除", "052-123-4568", "（なし）"), rows);
        Assert.Contains(("主な事業2：事業名", "追加", "（なし）", "日本語教室"), rows);
        Assert.DoesNotContain(rows, r => r.Field == "名称");
        Assert.Equal(first.ToString(), page.QuerySelector("select#from option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("form[method=get] label[for=from]"));
        var headers = page.QuerySelectorAll("table.directory-changes thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal($"{first}年度（令和{first - 2018}年度）", headers[2]);
    }

    [Fact]
    public async Task Another_year_may_be_chosen_and_a_missing_one_is_404()
    {
        var (first, second) = await TwoYearsAsync();
        var client = await Member();

        var backwards = await client.GetPage($"/directory/{first}/230006/diff?from={second}");
        Assert.Contains(("年間予算", "変更", "200,000,000円", "180,000,000円"), Rows(backwards));

        await client.GetPage($"/directory/{second}/230006/diff?from=1850", HttpStatusCode.NotFound);
        await client.GetPage($"/directory/{second}/230006/diff?from={second}", HttpStatusCode.NotFound);
        await client.GetPage($"/directory/{second}/230006/diff?from=abc", HttpStatusCode.NotFound);
        await client.GetPage($"/directory/{second}/041009/diff", HttpStatusCode.NotFound);
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "230006");
        await client.GetPage($"/directory/{collecting}/230006/diff?from={second}", HttpStatusCode.NotFound);
        await client.GetPage($"/directory/{second}/230006/diff?from={collecting}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_first_entry_says_there_is_nothing_earlier_to_compare()
    {
        var only = await ReadingData.PublishedAsync(factory, "221007");

        var page = await (await Member()).GetPage($"/directory/{only}/221007/diff");

        Assert.Null(page.QuerySelector("table.directory-changes"));
        Assert.Contains("比べる年度がありません", page.TextOf("p.notice"));
    }

    [Fact]
    public async Task The_latest_version_of_each_year_is_compared()
    {
        var (_, second) = await TwoYearsAsync();
        await ReadingData.CorrectAsync(factory, second, "230006", c => c.Phone = "052-777-0000", "電話番号の訂正");

        var rows = Rows(await (await Member()).GetPage($"/directory/{second}/230006/diff?culture=en"));

        Assert.Contains(("Phone", "Changed", "052-123-4567", "052-777-0000"), rows);
    }
}
