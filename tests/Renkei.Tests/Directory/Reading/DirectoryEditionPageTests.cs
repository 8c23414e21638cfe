using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/{fiscalYear}: a published edition, grouped by block, with its search and filters.</summary>
public class DirectoryEditionPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Only_published_editions_have_a_page()
    {
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "230006");
        var reviewing = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, reviewing, EditionStatus.Reviewing, "230006");
        var client = factory.NewClient();

        await client.GetPage($"/directory/{collecting}", HttpStatusCode.NotFound);
        await client.GetPage($"/directory/{reviewing}", HttpStatusCode.NotFound);
        await client.GetPage("/directory/1850", HttpStatusCode.NotFound);
        var member = await factory.SignedInClient(await factory.Secretariat());
        await member.GetPage($"/directory/{collecting}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Entries_are_grouped_by_block_in_block_then_code_order_with_their_key_facts()
    {
        var year = await ReadingData.PublishedAsync(factory, "270008", "230006", "041009", "221007");
        var page = await factory.NewClient().GetPage($"/directory/{year}");

        Assert.Equal($"{year}年度（令和{year - 2018}年度） ダイレクトリー", page.TextOf("h1"));
        var sections = page.QuerySelectorAll("section.block-section").Select(s => s.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(["block-hokkaido-tohoku", "block-chubu", "block-kinki"], sections);
        Assert.Equal(["041009", "221007", "230006", "270008"], page.CardCodes(year));
        Assert.Equal("4件中4件", page.TextOf(".directory-count"));

        var card = page.QuerySelector($"a[href='/directory/{year}/230006']")!.Closest("li")!;
        var facts = card.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["公益財団法人", "理事長 山田 太郎", "〒460-0001 愛知県名古屋市中区三の丸1-1-1", "052-123-4567", "example.jp (外部サイト)",
            "180,000,000円", "14人", "英語、中国語、韓国語、ポルトガル語、ベトナム語"], facts);
        Assert.Equal("https://example.jp/", card.QuerySelector("dd a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".sample-data"));
    }

    [Fact]
    public async Task Filters_narrow_the_entries_and_say_how_many_of_how_many()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009", "270008");
        await ReadingData.ChangeAsync(factory, year, "270008", c =>
        {
            c.LegalForm = "npo";
            c.ConsultationLanguages = ["ne", "my"];
            c.Projects = [new Project { Name = "防災訓練", Category = "disaster" }];
            c.Facilities = [];
        });
        var client = factory.NewClient();

        async Task<List<string>> Codes(string query) => (await client.GetPage($"/directory/{year}?{query}")).CardCodes(year);

        Assert.Equal(["270008"], await Codes("block=kinki"));
        Assert.Equal(["270008"], await Codes("legalForm=npo"));
        Assert.Equal(["041009", "230006"], await Codes("category=consultation"));
        Assert.Equal(["270008"], await Codes("language=ne"));
        Assert.Equal(["041009", "230006"], await Codes("q=" + Uri.EscapeDataString("らうんじ")));
        Assert.Equal(["230006"], await Codes("q=" + Uri.EscapeDataString("ラウンジ ２３０００６")));
        Assert.Empty(await Codes("q=" + Uri.EscapeDataString("防災 ラウンジ")));

        var page = await client.GetPage($"/directory/{year}?block=chubu&q=" + Uri.EscapeDataString("名古屋"));
        Assert.Equal("3件中1件", page.TextOf(".directory-count"));
        Assert.Equal("chubu", page.QuerySelector("select#block option[selected]")!.GetAttribute("value"));
        Assert.Equal("名古屋", page.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_filter_form_is_a_labelled_get_form_with_every_choice()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        var page = await factory.NewClient().GetPage($"/directory/{year}");

        var form = page.QuerySelector("form.directory-filter")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal($"/directory/{year}", form.GetAttribute("action"));
        foreach (var id in new[] { "q", "block", "legalForm", "category", "language" })
            Assert.NotNull(form.QuerySelector($"label[for='{id}']"));
        Assert.Equal(7, form.QuerySelectorAll("select#block option").Length);
        Assert.Equal(DirectoryCodes.Languages.Count + 1, form.QuerySelectorAll("select#language option").Length);
    }

    [Fact]
    public async Task Unknown_filter_values_get_a_message_beside_the_field_and_are_ignored()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "270008");
        var page = await factory.NewClient().GetPage($"/directory/{year}?block=atlantis&language=klingon");

        Assert.Contains("指定されたブロックはありません", page.TextOf("#block-error"));
        Assert.Contains("指定された言語はありません", page.TextOf("#language-error"));
        Assert.Equal("block-error", page.QuerySelector("select#block")!.GetAttribute("aria-describedby"));
        Assert.Equal(["230006", "270008"], page.CardCodes(year));
    }

    [Fact]
    public async Task Members_search_members_only_fields_the_public_does_not()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009");
        var query = $"/directory/{year}?q=" + Uri.EscapeDataString("sato230006");

        Assert.Empty((await factory.NewClient().GetPage(query)).CardCodes(year));
        var member = await factory.SignedInClient(await factory.AssociationStaff("041009"));
        Assert.Equal(["230006"], (await member.GetPage(query)).CardCodes(year));
    }

    [Fact]
    public async Task Sample_editions_say_so_and_other_years_are_linked()
    {
        var first = await ReadingData.PublishedAsync(factory, "230006");
        var second = await ReadingData.PublishedAsync(factory, "230006");
        await ReadingData.MarkSampleAsync(factory, second);

        var page = await factory.NewClient().GetPage($"/directory/{second}?culture=en");

        Assert.Contains("Sample data", page.TextOf(".sample-data"));
        Assert.Contains(page.QuerySelectorAll("nav.directory-years a"), a => a.GetAttribute("href") == $"/directory/{first}");
        Assert.DoesNotContain(page.QuerySelectorAll("nav.directory-years a"), a => a.GetAttribute("href") == $"/directory/{second}");
        Assert.Equal($"Directory FY{second}", page.TextOf("h1"));
        Assert.Equal("1 of 1", page.TextOf(".directory-count"));
        Assert.Contains("Public interest incorporated foundation", page.TextOf(".directory-card"));
    }

    [Fact]
    public async Task A_correction_shows_at_once_on_the_cached_page()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        var client = factory.NewClient();
        Assert.Equal(["230006"], (await client.GetPage($"/directory/{year}")).CardCodes(year));

        await ReadingData.CorrectAsync(factory, year, "230006", c => c.Phone = "052-999-0000", "電話番号の訂正");

        Assert.Contains("052-999-0000", (await client.GetPage($"/directory/{year}")).TextOf(".directory-card"));
    }
}
