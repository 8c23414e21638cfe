using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Associations;

/// <summary>
/// Who may read the public pages: everyone. Signed-in readers get their own (uncached) page with their
/// menu, even right after an anonymous reader's copy was cached.
/// </summary>
public class PublicPagesAccessTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    public static TheoryData<string, string> Matrix()
    {
        string[] pages = ["/", "/associations", "/associations?block=kyushu", "/associations/map", "/associations/430005"];
        string[] who = ["anonymous", "own-staff", "own-admin", "other-admin", "secretariat"];
        var data = new TheoryData<string, string>();
        foreach (var p in pages) foreach (var w in who) data.Add(p, w);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Everyone_may_read_the_public_pages(string url, string who)
    {
        await factory.NewClient().GetPage(url); // an anonymous copy is cached first
        var client = who switch
        {
            "anonymous" => factory.NewClient(),
            "own-staff" => await factory.SignedInClient(await factory.AssociationStaff("430005")),
            "own-admin" => await factory.SignedInClient(await factory.AssociationAdmin("430005")),
            "other-admin" => await factory.SignedInClient(await factory.AssociationAdmin("041009")),
            _ => await factory.SignedInClient(await factory.Secretariat()),
        };

        var page = await client.GetPage(url);

        var signedIn = page.QuerySelector("a[href='/account/logout']") is not null;
        Assert.Equal(who != "anonymous", signedIn);
        Assert.Equal(who == "secretariat", page.QuerySelector("a[href='/registry']") is not null);
    }

    [Fact]
    public async Task Roles_are_as_named_in_the_test()
    {
        // Guards the matrix above: the helpers make the roles it claims to cover.
        Assert.Equal(Roles.AssociationStaff, (await factory.AssociationStaff("430005")).Role);
        Assert.Equal(Roles.SecretariatAdmin, (await factory.Secretariat()).Role);
    }
}
