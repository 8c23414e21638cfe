using System.Net;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Associations;

/// <summary>An association's public page (/associations/{code}): read-only, on the reference data.</summary>
public class PublicDetailsTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Shows_current_details_in_japanese()
    {
        var page = await factory.NewClient().GetPage("/associations/141003");

        Assert.Equal("横浜市国際交流協会", page.Text("h1"));
        var details = Details(page);
        Assert.Equal("横浜市国際交流協会", details["名称"]);
        Assert.Equal("Yokohama Association for International Communications and Exchanges (YOKE)", details["英語名称"]);
        Assert.Equal("公益財団法人", details["法人格"]);
        Assert.Equal("横浜市（神奈川県）", details["都道府県・市"]);
        Assert.Equal("政令指定都市の協会", details["区分"]);
        Assert.Equal("関東ブロック", details["ブロック"]);
        Assert.Equal("141003", details["地方公共団体コード"]);
        Assert.Equal("未登録", details["認定日"]);
        Assert.False(details.ContainsKey("認定終了日"));
        Assert.Null(page.QuerySelector(".withdrawn-notice"));
        Assert.Equal("2023年4月1日 〜 現在", page.Text("#history ~ .table-wrap tbody th"));
    }

    [Fact]
    public async Task Shows_current_details_in_english()
    {
        var page = await factory.NewClient().GetPage("/associations/230006?culture=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aichi International Association (AIA)", page.Text("h1"));
        var details = Details(page);
        Assert.Equal("Public interest incorporated foundation", details["Legal form"]);
        Assert.Equal("Aichi", details["Prefecture or city"]);
        Assert.Equal("Association of a prefecture", details["Kind"]);
        Assert.Equal("Chubu", details["Block"]);
        Assert.Equal("https://aia.pref.aichi.jp/", page.QuerySelector("dl.details a[rel~=external]")!.GetAttribute("href"));
        Assert.Equal("1 Apr 2023 – now", page.Text("#history ~ .table-wrap tbody th"));
    }

    [Theory]
    [InlineData("/associations/%EF%BC%92%EF%BC%93%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%96")] // ２３０００６
    [InlineData("/associations/%E3%80%80230006")] // an ideographic space before the code
    [InlineData("/associations/230006%20")]
    public async Task Full_width_digits_and_spaces_find_the_association_at_its_canonical_address(string url)
    {
        var client = factory.NewClient();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/associations/230006", response.Headers.Location!.OriginalString);
        var page = await client.GetPage(response.Headers.Location.OriginalString);
        Assert.Equal("愛知県国際交流協会", page.Text("h1"));
    }

    [Fact]
    public async Task Normalising_keeps_the_language_asked_for()
    {
        var response = await factory.NewClient().GetAsync("/associations/%EF%BC%92%EF%BC%93%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%96?culture=en");

        Assert.Equal("/associations/230006?culture=en", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/associations/290009")] // Nara: a valid code, but Nara has no association
    [InlineData("/associations/999999")]
    [InlineData("/associations/abc")]
    [InlineData("/associations/23000")]
    [InlineData("/associations/2300066")]
    [InlineData("/associations/23000%EF%BC%A1")] // full-width A
    [InlineData("/associations/%D9%A2%D9%A3%D9%A0%D9%A0%D9%A0%D9%A6")] // Arabic-Indic digits are not NFKC digits
    [InlineData("/associations/230006.json")]
    public async Task Unknown_or_malformed_codes_are_404_pages(string url)
    {
        var page = await factory.NewClient().GetPage(url, HttpStatusCode.NotFound);

        Assert.Equal("ページが見つかりません", page.Text("h1"));
    }

    [Fact]
    public async Task Unknown_code_404_page_in_english()
    {
        var client = factory.NewClient();
        await client.GetPage("/associations?culture=en"); // the language choice is kept in a cookie
        var page = await client.GetPage("/associations/290009", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.Text("h1"));
    }

    [Fact]
    public async Task Without_roles_says_so()
    {
        var page = await factory.NewClient().GetPage("/associations/470007");

        Assert.Contains("記録はありません", page.Text("#roles + p"));
    }

    static Dictionary<string, string> Details(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("dl.details dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
}
