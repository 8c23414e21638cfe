using Renkei.Tests.Associations;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Home;

/// <summary>The home page (/): read-only, on the reference data.</summary>
public class HomePageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Says_what_the_council_is_and_lists_its_blocks_and_members()
    {
        var page = await factory.NewClient().GetPage("/");

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("地域国際化協会連絡協議会", page.Text("h1"));
        Assert.Single(page.QuerySelectorAll("h1"));
        var main = page.Text("main");
        Assert.Contains("総務省", main);
        Assert.Contains("クレア", main);
        Assert.Contains("総会", main);
        Assert.Contains("災害時", main);
        Assert.Contains("63の協会", main);
        Assert.Equal(["63", "6"], page.QuerySelectorAll(".key-figures strong").Select(s => s.TextContent).ToList());

        var blocks = page.QuerySelectorAll("section.home-block h3").Select(h => h.GetAttribute("id")).ToList();
        Assert.Equal(["home-block-hokkaido-tohoku", "home-block-kanto", "home-block-chubu", "home-block-kinki", "home-block-chugoku-shikoku", "home-block-kyushu"], blocks);
        var kinki = page.QuerySelector("section[aria-labelledby='home-block-kinki']")!.LinkedCodes(".block-members a");
        Assert.Equal(["250007", "260002", "261009", "270008", "271004", "280003", "281000", "300004"], kinki);
        Assert.Equal(63, page.LinkedCodes(".block-members a").Count);
        Assert.DoesNotContain("290009", page.LinkedCodes("a"));
    }

    [Fact]
    public async Task In_english()
    {
        var page = await factory.NewClient().GetPage("/?culture=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Liaison Council of Regional International Associations", page.Text("h1"));
        Assert.Contains("Today 63 associations are members of the council, organised in 6 regional blocks.", page.Text("main"));
        Assert.Equal("The 6 regional blocks", page.QuerySelectorAll("h2").Last().TextContent.Trim());
        var kyoto = page.QuerySelector(".block-members a[href='/associations/261009']")!;
        Assert.Equal("Kyoto City International Foundation (KCIF)", kyoto.TextContent.Trim());
        Assert.StartsWith("Kinki", page.Text("#home-block-kinki"));
    }

    [Fact]
    public async Task Without_roles_this_year_shows_no_chair_line()
    {
        var page = await factory.NewClient().GetPage("/");

        Assert.Null(page.QuerySelector(".block-roles"));
    }
}
