using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.DisastersFeature;

/// <summary>The main menu leads members to disaster support (second, right after home) and to their preparedness; the public sees neither.</summary>
public class DisasterNavigationTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static List<string> MenuLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("nav.main-nav a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Members_find_disaster_support_second_and_preparedness_in_the_menu()
    {
        var staff = await factory.SignedInClient(await factory.AssociationStaff());
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        foreach (var client in new[] { staff, secretariat })
        {
            var links = MenuLinks(await client.GetPage("/"));
            Assert.Equal(["/", "/disasters"], links.Take(2));
            Assert.Single(links, l => l == "/preparedness");
        }
        var page = await staff.GetPage("/?culture=en");
        Assert.Equal("Disaster support", page.QuerySelector("nav.main-nav a[href='/disasters']")!.TextContent);
        Assert.Equal("Preparedness", page.QuerySelector("nav.main-nav a[href='/preparedness']")!.TextContent);
        Assert.Equal("災害支援", (await staff.GetPage("/?culture=ja")).QuerySelector("nav.main-nav a[href='/disasters']")!.TextContent);
    }

    [Fact]
    public async Task The_public_menu_has_no_disaster_links()
    {
        var links = MenuLinks(await factory.NewClient().GetPage("/"));

        Assert.DoesNotContain("/disasters", links);
        Assert.DoesNotContain("/preparedness", links);
    }
}
