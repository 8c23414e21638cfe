using System.Net;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Registry;

/// <summary>Every registry page is for the secretariat only: anonymous → sign-in, association users → 403.</summary>
public class RegistryPagesAuthorizationTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    public static TheoryData<string> Pages() =>
    [
        "/registry",
        "/registry/associations/130001/edit",
        "/registry/associations/new",
        "/registry/associations/130001/withdraw",
        "/registry/blocks",
        "/registry/blocks/kanto",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_is_sent_to_sign_in(string url)
    {
        var client = factory.NewClient();
        foreach (var response in new[] { await client.GetAsync(url), await client.PostAsync(url, new FormUrlEncodedContent([])) })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Association_admin_and_staff_are_refused(string url)
    {
        foreach (var user in new[] { await factory.AssociationAdmin(), await factory.AssociationStaff(), await factory.AssociationAdmin("130001") })
        {
            var client = await factory.SignedInClient(user);
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            var post = await client.PostAsync(url, new FormUrlEncodedContent([new("Input.Name", "x")]));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Secretariat_may_use_it(string url)
    {
        var client = await factory.SignedInClient(await factory.Secretariat());
        var page = await client.GetPage(url);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("/registry/associations/290009/edit")]
    [InlineData("/registry/associations/abc/edit")]
    [InlineData("/registry/associations/130002/edit")]
    [InlineData("/registry/associations/290009/withdraw")]
    [InlineData("/registry/blocks/nowhere")]
    public async Task Unknown_codes_and_blocks_are_404(string url)
    {
        var client = await factory.SignedInClient(await factory.Secretariat());
        await client.GetPage(url, HttpStatusCode.NotFound);
        var post = await client.PostAsync(url, new FormUrlEncodedContent([]));
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"POST {url}: {(int)post.StatusCode}");
    }

    [Fact]
    public async Task The_list_shows_withdrawn_associations_with_links()
    {
        var withdrawn = await factory.NewAssociationAsync();
        await factory.WithDb(async db =>
        {
            var a = await db.Associations.FindAsync(withdrawn.Code);
            a!.WithdrawnOn = new DateOnly(2024, 3, 31);
            await db.SaveChangesAsync();
        });
        var client = await factory.SignedInClient(await factory.Secretariat());
        var page = await client.GetPage("/registry");
        var row = page.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == withdrawn.Code);
        Assert.Contains("脱退（2024-03-31）", row.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/registry/associations/{withdrawn.Code}/edit']"));
        Assert.NotNull(row.QuerySelector($"a[href='/registry/associations/{withdrawn.Code}/withdraw']"));
        Assert.NotNull(page.QuerySelector("a[href='/registry/associations/new']"));
        Assert.NotNull(page.QuerySelector("a[href='/registry/blocks']"));
        Assert.Contains(page.QuerySelectorAll("tr th"), th => th.TextContent == "130001");
    }
}
