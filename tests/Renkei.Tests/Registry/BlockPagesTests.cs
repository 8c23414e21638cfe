using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.Registry;

/// <summary>Each test uses its own block or fiscal year, since the six blocks are shared within the class's database.</summary>
public class BlockPagesTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Secretariat() => await factory.SignedInClient(await factory.Secretariat());

    static int ThisYear => FiscalYear.Of(DateOnly.FromDateTime(DateTime.Now));

    [Fact]
    public async Task Roles_are_set_per_fiscal_year_and_past_years_are_shown()
    {
        var chair = await factory.NewAssociationAsync("kinki");
        var vice = await factory.NewAssociationAsync("kinki");
        var client = await Secretariat();

        var response = await client.PostForm("/registry/blocks/kinki", "form#block-roles", new Dictionary<string, string>
        {
            ["Roles.FiscalYear"] = "2020", ["Roles.Chair"] = chair.Code, ["Roles.ViceChair"] = vice.Code,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var roles = await factory.WithDb(db => db.BlockRoles.Where(r => r.BlockId == "kinki" && r.FiscalYear == 2020).ToListAsync());
        Assert.Equal(chair.Code, roles.Single(r => r.Role == BlockRoleKind.Chair).AssociationCode);
        Assert.Equal(vice.Code, roles.Single(r => r.Role == BlockRoleKind.ViceChair).AssociationCode);

        var page = await client.GetPage(response.Headers.Location!.OriginalString);
        var row = page.QuerySelectorAll("table tr").Single(r => r.TextContent.Contains("2020年度（令和2年度）"));
        Assert.Contains(chair.Current.Name, row.TextContent);
        Assert.Contains(vice.Current.Name, row.TextContent);
    }

    [Fact]
    public async Task A_role_can_be_handed_over_and_left_empty()
    {
        var first = await factory.NewAssociationAsync("kyushu");
        var second = await factory.NewAssociationAsync("kyushu");
        var client = await Secretariat();
        await client.PostForm("/registry/blocks/kyushu", "form#block-roles", new Dictionary<string, string> { ["Roles.FiscalYear"] = "2021", ["Roles.Chair"] = first.Code, ["Roles.ViceChair"] = second.Code });
        await client.PostForm("/registry/blocks/kyushu?year=2021", "form#block-roles", new Dictionary<string, string> { ["Roles.FiscalYear"] = "2021", ["Roles.Chair"] = second.Code, ["Roles.ViceChair"] = "" });

        var roles = await factory.WithDb(db => db.BlockRoles.Where(r => r.BlockId == "kyushu" && r.FiscalYear == 2021).ToListAsync());
        Assert.Equal(second.Code, Assert.Single(roles).AssociationCode);
        Assert.Equal(BlockRoleKind.Chair, roles[0].Role);
    }

    [Fact]
    public async Task Roles_must_go_to_different_current_members_of_the_block()
    {
        var member = await factory.NewAssociationAsync("chubu");
        var elsewhere = await factory.NewAssociationAsync("kanto");
        var withdrawn = await factory.NewAssociationAsync("chubu");
        await factory.WithDb(async db => { (await db.Associations.FindAsync(withdrawn.Code))!.WithdrawnOn = new DateOnly(2024, 3, 31); await db.SaveChangesAsync(); });
        var client = await Secretariat();

        foreach (var (chair, vice, message) in new[]
        {
            (elsewhere.Code, "", "幹事協会は、このブロックの現在の会員協会から選んでください。"),
            (withdrawn.Code, "", "幹事協会は、このブロックの現在の会員協会から選んでください。"),
            ("290009", "", "幹事協会は、このブロックの現在の会員協会から選んでください。"),
            (member.Code, member.Code, "幹事協会と副幹事協会は別の協会にしてください。"),
        })
        {
            var response = await client.PostForm("/registry/blocks/chubu", "form#block-roles", new Dictionary<string, string>
            {
                ["Roles.FiscalYear"] = "2022", ["Roles.Chair"] = chair, ["Roles.ViceChair"] = vice,
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextContent);
        }
        Assert.False(await factory.WithDb(db => db.BlockRoles.AnyAsync(r => r.BlockId == "chubu" && r.FiscalYear == 2022)));
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("abc")]
    [InlineData("3000")]
    public async Task Fiscal_years_out_of_range_are_refused(string year)
    {
        var member = await factory.NewAssociationAsync("chugoku-shikoku");
        var response = await (await Secretariat()).PostForm("/registry/blocks/chugoku-shikoku", "form#block-roles", new Dictionary<string, string>
        {
            ["Roles.FiscalYear"] = year, ["Roles.Chair"] = member.Code,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"年度は2000から{ThisYear + 1}の間で指定してください。", Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.False(await factory.WithDb(db => db.BlockRoles.AnyAsync(r => r.AssociationCode == member.Code)));
    }

    [Fact]
    public async Task Block_names_are_edited_with_a_conflict_check()
    {
        var client = await Secretariat();
        var first = await client.GetPage("/registry/blocks/hokkaido-tohoku");
        var second = await client.GetPage("/registry/blocks/hokkaido-tohoku");

        var saved = await client.SubmitForm(first, "form#block-names", new Dictionary<string, string> { ["Names.NameJa"] = "　北海道・東北　ブロック　", ["Names.NameEn"] = "Hokkaido and Tohoku" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var block = await factory.WithDb(db => db.Blocks.AsNoTracking().SingleAsync(b => b.Id == "hokkaido-tohoku"));
        Assert.Equal("北海道・東北 ブロック", block.NameJa);
        Assert.Equal("Hokkaido and Tohoku", block.NameEn);

        var stale = await client.SubmitForm(second, "form#block-roles");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotNull(Forms.Parse(await stale.Content.ReadAsStringAsync()).QuerySelector("#conflict"));

        var empty = await client.PostForm("/registry/blocks/hokkaido-tohoku", "form#block-names", new Dictionary<string, string> { ["Names.NameJa"] = "", ["Names.NameEn"] = new string('x', 101) });
        var html = Forms.Parse(await empty.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("ブロック名を入力してください。", html);
        Assert.Contains("ブロック名（英語）は100文字以内で入力してください。", html);
        Assert.Equal("Hokkaido and Tohoku", (await factory.WithDb(db => db.Blocks.AsNoTracking().SingleAsync(b => b.Id == "hokkaido-tohoku"))).NameEn);
    }

    [Fact]
    public async Task The_block_list_shows_this_years_roles()
    {
        var chair = await factory.NewAssociationAsync("kanto");
        await factory.WithDb(async db =>
        {
            db.BlockRoles.Add(new BlockRole { BlockId = "kanto", FiscalYear = ThisYear, Role = BlockRoleKind.Chair, AssociationCode = chair.Code });
            await db.SaveChangesAsync();
        });
        var page = await (await Secretariat()).GetPage("/registry/blocks");
        Assert.Contains(FiscalYear.Label(ThisYear, english: false), page.QuerySelector("caption")!.TextContent);
        var row = page.QuerySelectorAll("tr").Single(r => r.QuerySelector("a[href='/registry/blocks/kanto']") is not null);
        Assert.Contains(chair.Current.Name, row.TextContent);
    }
}
