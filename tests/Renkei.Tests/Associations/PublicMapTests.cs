using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Associations;

/// <summary>The tile map (/associations/map): read-only, on the reference data.</summary>
public class PublicMapTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Theory]
    [InlineData(".tile-map-wide")]
    [InlineData(".tile-map-narrow")]
    public async Task Every_prefecture_has_a_tile_and_every_tile_with_an_association_links_to_it(string layout)
    {
        var page = await factory.NewClient().GetPage("/associations/map");
        var svg = page.QuerySelector($"{layout} svg")!;

        var linked = svg.LinkedCodes("a.map-tile");
        Assert.Equal(46, linked.Count);
        Assert.Equal(linked.Order(StringComparer.Ordinal), linked);
        Assert.All(linked, code => Assert.Equal("000", code[2..5])); // prefecture associations (010006), never a city's (011002)
        Assert.Contains("010006", linked);
        Assert.Contains("470007", linked);
        Assert.Equal(47, svg.QuerySelectorAll(".map-tile").Length);
        Assert.NotNull(svg.GetAttribute("viewBox"));
        Assert.All(svg.QuerySelectorAll("a"), a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label"))));
    }

    [Fact]
    public async Task Nara_is_a_grey_tile_without_a_link_and_the_page_says_why()
    {
        var page = await factory.NewClient().GetPage("/associations/map");

        var nara = page.QuerySelector(".tile-map-wide g.map-tile.no-association")!;
        Assert.Equal("奈良県: 地域国際化協会なし", nara.GetAttribute("aria-label"));
        Assert.Equal("奈良", nara.QuerySelector("text")!.TextContent.Trim());
        Assert.Null(nara.Closest("a"));
        Assert.Single(page.QuerySelectorAll(".tile-map-wide .no-association"));
        Assert.DoesNotContain("290009", page.LinkedCodes("a"));
        Assert.Contains("奈良県", page.Text("p.map-note"));
    }

    [Fact]
    public async Task Tiles_are_coloured_by_block_and_labelled_with_the_association()
    {
        var page = await factory.NewClient().GetPage("/associations/map");

        var hyogo = page.QuerySelector(".tile-map-wide a.map-tile[href='/associations/280003']")!;
        Assert.Contains("block-kinki", hyogo.ClassList);
        Assert.Equal("兵庫", hyogo.QuerySelector("text")!.TextContent.Trim());
        Assert.Equal("兵庫県: 兵庫県国際交流協会（近畿ブロック）", hyogo.GetAttribute("aria-label"));
        Assert.Contains("block-hokkaido-tohoku", page.QuerySelector(".tile-map-wide a.map-tile[href='/associations/010006']")!.ClassList);
    }

    [Fact]
    public async Task Designated_cities_are_marked_on_their_prefecture_and_linked()
    {
        var page = await factory.NewClient().GetPage("/associations/map");
        var svg = page.QuerySelector(".tile-map-wide svg")!;

        // Miyagi has one designated city: its badge links straight to Sendai's association.
        var sendai = svg.QuerySelector("a.map-badge[href='/associations/041009']")!;
        Assert.Equal("1", sendai.QuerySelector("text")!.TextContent.Trim());
        Assert.Equal("政令指定都市の協会 1: 仙台観光国際協会（仙台市）", sendai.GetAttribute("aria-label"));
        // Kanagawa has two: its badge leads to the prefecture in the list, which links both.
        var kanagawa = svg.QuerySelector("a.map-badge[href='#pref-14']")!;
        Assert.Equal("2", kanagawa.QuerySelector("text")!.TextContent.Trim());
        Assert.StartsWith("政令指定都市の協会 2: 横浜市、川崎市", kanagawa.GetAttribute("aria-label"));
        Assert.Equal(["140007", "141003", "141305"], page.QuerySelector("li#pref-14")!.LinkedCodes("a"));
        Assert.Equal(17, svg.QuerySelectorAll("a.map-badge text").Sum(t => int.Parse(t.TextContent.Trim())));
    }

    [Fact]
    public async Task The_text_list_under_the_map_names_every_association_by_block()
    {
        var page = await factory.NewClient().GetPage("/associations/map");

        var listed = page.LinkedCodes(".map-list a");
        Assert.Equal(63, listed.Count);
        Assert.Equal(63, listed.Distinct().Count());
        Assert.Equal(6, page.QuerySelectorAll("h3[id^='map-block-']").Length);
        Assert.Equal(["250007", "260002", "261009", "270008", "271004", "280003", "281000", "300004"],
            page.QuerySelector("#map-block-kinki + ul.map-list")!.LinkedCodes("a"));
        Assert.Equal(6, page.QuerySelectorAll(".map-legend .block-swatch:not(.no-association)").Length);
    }

    [Fact]
    public async Task English_labels_tiles_in_english()
    {
        var page = await factory.NewClient().GetPage("/associations/map?culture=en");

        Assert.Equal("Map of regional international associations", page.Text("h1"));
        var hokkaido = page.QuerySelector(".tile-map-wide a.map-tile[href='/associations/010006']")!;
        Assert.Equal("Hokkaido", hokkaido.QuerySelector("text")!.TextContent.Trim()); // two lines, read as one word
        Assert.StartsWith("Hokkaido: Hokkaido International Exchange and Cooperation Center (HIECC)", hokkaido.GetAttribute("aria-label"));
        Assert.Equal("Nara: no regional international association",
            page.QuerySelector(".tile-map-wide g.no-association")!.GetAttribute("aria-label"));
        Assert.Contains("Nara", page.Text("p.map-note"));
    }
}
