using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.Associations;

/// <summary>
/// The public pages after registry changes. Each test changes data, so each gets a database of its own
/// (a fresh factory), and reads every page once before the change so that a stale cached copy would show.
/// </summary>
public class PublicRegistryChangesTests
{
    static readonly string[] PublicPages = ["/", "/associations", "/associations/map", "/associations?block=kinki", "/associations/230006", "/associations/300004"];

    static DateOnly Today => JapanDate.Today(TimeProvider.System);

    static async Task<HttpClient> PrimedClient(RenkeiFactory factory)
    {
        var client = factory.NewClient();
        foreach (var url in PublicPages) await client.GetPage(url);
        return client;
    }

    [Fact]
    public async Task A_rename_shows_at_once_and_the_old_name_stays_in_the_history()
    {
        await using var factory = new RenkeiFactory();
        var client = await PrimedClient(factory);

        await factory.WithDb(async db =>
        {
            var aichi = await db.Associations.SingleAsync(a => a.Code == "230006");
            aichi.Revise(aichi.Current.Details with { Name = "あいち多文化共生センター", NameEn = "Aichi Multicultural Centre", LegalForm = "一般財団法人" }, Today);
            await db.SaveChangesAsync();
        });

        var page = await client.GetPage("/associations/230006");
        Assert.Equal("あいち多文化共生センター", page.Text("h1"));
        var history = page.QuerySelectorAll("#history ~ .table-wrap tbody tr").ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal($"{JapanDate.Format(Today, false)} 〜 現在", history[0].QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("あいち多文化共生センター", history[0].QuerySelector("td")!.TextContent.Trim());
        Assert.Equal($"2023年4月1日 〜 {JapanDate.Format(Today.AddDays(-1), false)}", history[1].QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("愛知県国際交流協会", history[1].QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("公益財団法人", history[1].TextContent);

        Assert.Equal("あいち多文化共生センター", (await client.GetPage("/associations")).QuerySelector("a[href='/associations/230006']")!.TextContent.Trim());
        Assert.Contains("あいち多文化共生センター", (await client.GetPage("/")).Text("section[aria-labelledby='home-block-chubu']"));
        Assert.Contains("あいち多文化共生センター", (await client.GetPage("/associations/map")).QuerySelector("a[href='/associations/230006']")!.GetAttribute("aria-label"));

        var english = await factory.NewClient().GetPage("/associations/230006?culture=en");
        Assert.Equal("Aichi Multicultural Centre", english.Text("h1"));
        Assert.Equal("General incorporated foundation", english.QuerySelectorAll("dl.details dd")[3].TextContent.Trim());
        Assert.Equal($"1 Apr 2023 – {Today.AddDays(-1):d MMM yyyy}", english.QuerySelectorAll("#history ~ .table-wrap tbody th")[1].TextContent.Trim());
    }

    [Fact]
    public async Task A_withdrawn_association_leaves_the_lists_and_keeps_its_page()
    {
        await using var factory = new RenkeiFactory();
        var client = await PrimedClient(factory);

        await factory.WithDb(async db =>
        {
            var wakayama = await db.Associations.SingleAsync(a => a.Code == "300004");
            wakayama.WithdrawnOn = Today;
            await db.SaveChangesAsync();
        });

        var list = await client.GetPage("/associations");
        Assert.DoesNotContain("300004", list.LinkedCodes("main a"));
        Assert.Equal(7, list.BlockRows("kinki").Count);
        Assert.Equal(7, (await client.GetPage("/associations?block=kinki")).BlockRows("kinki").Count);
        var home = await client.GetPage("/");
        Assert.DoesNotContain("300004", home.LinkedCodes("a"));
        Assert.Equal("62", home.QuerySelector(".key-figures strong")!.TextContent);
        var map = await client.GetPage("/associations/map");
        Assert.DoesNotContain("300004", map.LinkedCodes("a"));
        Assert.Equal(2, map.QuerySelectorAll(".tile-map-wide g.no-association").Length);
        Assert.Contains("和歌山県", map.Text("p.map-note"));

        var page = await client.GetPage("/associations/300004");
        Assert.Equal("和歌山県国際交流協会", page.Text("h1"));
        Assert.Contains($"{JapanDate.Format(Today, false)}に認定を終了", page.Text(".withdrawn-notice"));
        Assert.Equal(JapanDate.Format(Today, false), page.QuerySelectorAll("dl.details dt").Single(dt => dt.TextContent == "認定終了日").NextElementSibling!.TextContent.Trim());
        var english = await factory.NewClient().GetPage("/associations/300004?culture=en");
        Assert.Contains($"certification ended on {Today:d MMM yyyy}", english.Text(".withdrawn-notice"));
    }

    [Fact]
    public async Task An_association_certified_in_future_is_not_listed_yet()
    {
        await using var factory = new RenkeiFactory();
        var client = await PrimedClient(factory);

        await factory.WithDb(async db =>
        {
            var okinawa = await db.Associations.SingleAsync(a => a.Code == "470007");
            okinawa.CertifiedOn = Today.AddDays(1);
            await db.SaveChangesAsync();
        });

        Assert.DoesNotContain("470007", (await client.GetPage("/associations")).LinkedCodes("main a"));
        Assert.Contains("認定される予定", (await client.GetPage("/associations/470007")).Text("p.notice"));
    }

    [Fact]
    public async Task This_years_block_chair_and_vice_chair_show_on_home_and_every_year_on_the_association_page()
    {
        await using var factory = new RenkeiFactory();
        var client = await PrimedClient(factory);
        var year = FiscalYear.Of(Today);

        await factory.WithDb(async db =>
        {
            db.BlockRoles.AddRange(
                new BlockRole { BlockId = "kinki", FiscalYear = year, Role = BlockRoleKind.Chair, AssociationCode = "280003" },
                new BlockRole { BlockId = "kinki", FiscalYear = year, Role = BlockRoleKind.ViceChair, AssociationCode = "250007" },
                new BlockRole { BlockId = "kinki", FiscalYear = year - 1, Role = BlockRoleKind.Chair, AssociationCode = "250007" });
            await db.SaveChangesAsync();
        });

        var home = await client.GetPage("/");
        var roles = home.QuerySelector("section[aria-labelledby='home-block-kinki'] .block-roles")!;
        Assert.StartsWith(FiscalYear.Label(year, false), roles.TextContent.Trim());
        var held = roles.QuerySelectorAll(".block-role").Select(r => System.Text.RegularExpressions.Regex.Replace(r.TextContent.Trim(), @"\s+", " ")).ToList();
        Assert.Equal(["幹事協会 兵庫県国際交流協会", "副幹事協会 滋賀県国際協会"], held);
        Assert.Equal(["280003", "250007"], roles.LinkedCodes("a"));
        Assert.Single(home.QuerySelectorAll(".block-roles"));

        var shiga = await client.GetPage("/associations/250007");
        var rows = shiga.QuerySelectorAll("#roles ~ .table-wrap tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal([$"{FiscalYear.Label(year, false)}|近畿ブロック|副幹事協会", $"{FiscalYear.Label(year - 1, false)}|近畿ブロック|幹事協会"], rows);

        var english = await factory.NewClient().GetPage("/associations/250007?culture=en");
        Assert.Equal($"FY{year}|Kinki|Vice-chair",
            string.Join("|", english.QuerySelector("#roles ~ .table-wrap tbody tr")!.Children.Select(c => c.TextContent.Trim())));
    }

    [Fact]
    public async Task A_failed_save_changes_nothing_on_the_pages()
    {
        await using var factory = new RenkeiFactory();
        var client = await PrimedClient(factory);

        // Two roles for the same block, year and role break the unique index: the save fails as a whole.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.WithDb(async db =>
        {
            db.BlockRoles.AddRange(
                new BlockRole { BlockId = "kinki", FiscalYear = 2030, Role = BlockRoleKind.Chair, AssociationCode = "280003" },
                new BlockRole { BlockId = "kinki", FiscalYear = 2030, Role = BlockRoleKind.Chair, AssociationCode = "250007" });
            await db.SaveChangesAsync();
        }));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/associations/280003")).StatusCode);
        Assert.Null((await client.GetPage("/associations/280003")).QuerySelector("#roles ~ .table-wrap"));
    }
}
