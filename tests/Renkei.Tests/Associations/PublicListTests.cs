using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Associations;

/// <summary>地域国際化協会一覧 (/associations): read-only, on the reference data of a fresh database.</summary>
public class PublicListTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly string[] BlockOrder = ["hokkaido-tohoku", "kanto", "chubu", "kinki", "chugoku-shikoku", "kyushu"];

    [Fact]
    public async Task Lists_every_current_association_by_block_in_code_order()
    {
        var page = await factory.NewClient().GetPage("/associations");

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("地域国際化協会一覧", page.Text("h1"));
        var sections = page.QuerySelectorAll("section.block-section").Select(s => s.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(BlockOrder.Select(b => "block-" + b), sections);
        Assert.Equal(63, BlockOrder.Sum(b => page.BlockRows(b).Count));
        Assert.Equal(8, page.BlockRows("kinki").Count);
        foreach (var block in BlockOrder)
        {
            var codes = page.BlockRows(block);
            Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        }
        Assert.Equal(["250007", "260002", "261009", "270008", "271004", "280003", "281000", "300004"], page.BlockRows("kinki"));
        Assert.DoesNotContain("290009", page.LinkedCodes("main a"));
    }

    [Fact]
    public async Task A_row_has_name_place_legal_form_and_website()
    {
        var page = await factory.NewClient().GetPage("/associations");

        var row = page.QuerySelector("a[href='/associations/011002']")!.Closest("tr")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("札幌国際プラザ", row.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("札幌市", cells[0]);
        Assert.Equal("公益財団法人", cells[1]);
        var site = row.QuerySelector("td a")!;
        Assert.Equal("https://plaza-sapporo.or.jp/", site.GetAttribute("href"));
        Assert.Contains("external", site.GetAttribute("rel"));
        Assert.Equal(4, page.QuerySelectorAll("section[aria-labelledby='block-kanto'] thead th[scope=col]").Length);
    }

    [Fact]
    public async Task English_shows_english_names_places_and_legal_forms()
    {
        var page = await factory.NewClient().GetPage("/associations?culture=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Regional international associations", page.Text("h1"));
        var row = page.QuerySelector("a[href='/associations/011002']")!.Closest("tr")!;
        Assert.Equal("Sapporo International Communication Plaza Foundation", row.QuerySelector("th")!.TextContent.Trim());
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Sapporo", cells[0]);
        Assert.Equal("Public interest incorporated foundation", cells[1]);
        Assert.StartsWith("Kinki", page.Text("#block-kinki"));
        Assert.EndsWith("8 associations", page.Text("#block-kinki"));
        Assert.Contains("63 associations in 6 blocks", page.Text("p.association-count"));
    }

    [Theory]
    [InlineData("kanto")]
    [InlineData("ＫＡＮＴＯ")]
    [InlineData(" kanto ")]
    public async Task Block_filter_shows_one_block(string value)
    {
        var page = await factory.NewClient().GetPage("/associations?block=" + Uri.EscapeDataString(value));

        Assert.Single(page.QuerySelectorAll("section.block-section"));
        Assert.Equal(15, page.BlockRows("kanto").Count);
        Assert.Empty(page.BlockRows("kinki"));
        var selected = page.QuerySelector("form.block-filter select#block option[selected]")!;
        Assert.Equal("kanto", selected.GetAttribute("value"));
        Assert.Null(page.QuerySelector("p.notice"));
    }

    [Fact]
    public async Task Block_filter_is_a_labelled_get_form_that_works_without_javascript()
    {
        var client = factory.NewClient();
        var page = await client.GetPage("/associations");

        var form = page.QuerySelector("form.block-filter")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("label[for='block']"));
        var options = form.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", .. BlockOrder], options);

        var response = await client.GetAsync(form.GetAttribute("action") + "?block=kinki");
        var filtered = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(8, filtered.BlockRows("kinki").Count);
        Assert.Single(filtered.QuerySelectorAll("section.block-section"));
    }

    [Theory]
    [InlineData("nowhere")]
    [InlineData("<script>")]
    [InlineData("kinki%00")]
    public async Task Unknown_block_says_so_and_shows_everything(string value)
    {
        var page = await factory.NewClient().GetPage("/associations?block=" + value);

        Assert.Contains("というブロックはありません", page.Text("p.notice"));
        Assert.Equal(6, page.QuerySelectorAll("section.block-section").Length);
        Assert.Equal(63, BlockOrder.Sum(b => page.BlockRows(b).Count));
        Assert.DoesNotContain("<script>", page.Html().Replace("&lt;script&gt;", ""));
    }

    [Fact]
    public async Task Unknown_block_message_in_english()
    {
        var page = await factory.NewClient().GetPage("/associations?block=nowhere&culture=en");

        Assert.Equal("There is no block called “nowhere”. All blocks are shown.", page.Text("p.notice"));
    }

    [Fact]
    public async Task Cached_pages_keep_the_languages_apart()
    {
        var english = factory.NewClient();
        await english.GetPage("/associations?culture=en");
        var japanese = factory.NewClient();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("Regional international associations", (await english.GetPage("/associations")).Text("h1"));
            Assert.Equal("地域国際化協会一覧", (await japanese.GetPage("/associations")).Text("h1"));
        }
    }
}
