using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/{fiscalYear}/{code}: one published entry, members-only fields for members, and its correction history.</summary>
public class DirectoryEntryPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Only_a_published_entry_has_a_page()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "230006");
        var member = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        foreach (var client in new[] { factory.NewClient(), member })
        {
            await client.GetPage($"/directory/{year}/230006");
            await client.GetPage($"/directory/{year}/041009", HttpStatusCode.NotFound);
            await client.GetPage($"/directory/{year}/nonsense", HttpStatusCode.NotFound);
            await client.GetPage($"/directory/{collecting}/230006", HttpStatusCode.NotFound);
            await client.GetPage("/directory/1850/230006", HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task The_public_sees_every_public_field_and_no_members_only_one()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        var page = await factory.NewClient().GetPage($"/directory/{year}/230006");

        Assert.Equal("テスト国際交流協会230006", page.TextOf("h1"));
        var basic = page.TextOf("dl.directory-basic");
        foreach (var text in new[] { "公益財団法人", "〒460-0001", "052-123-4568", "info230006@example.jp", "1984年4月", "500,000,000円" })
            Assert.Contains(text, basic);
        Assert.Contains("国際交流ラウンジ", page.TextOf("section[aria-labelledby=facilities] tbody"));
        Assert.Contains("外国人相談", page.TextOf("section[aria-labelledby=projects] tbody"));
        Assert.Contains("25,000,000円", page.TextOf("section[aria-labelledby=projects] tbody"));
        Assert.Equal("14", page.TextOf("section[aria-labelledby=staff] tfoot td"));
        Assert.Contains("ベトナム語", page.TextOf("section[aria-labelledby=languages]"));

        Assert.Null(page.QuerySelector("section[aria-labelledby=contacts]"));
        Assert.DoesNotContain("sato230006@example.jp", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("佐藤 花子", page.DocumentElement.OuterHtml);
        Assert.Null(page.QuerySelector($"a[href='/directory/{year}/230006/diff']"));
    }

    [Fact]
    public async Task Members_see_members_only_fields_marked_as_such()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        var other = await factory.SignedInClient(await factory.AssociationStaff("041009"));

        var page = await other.GetPage($"/directory/{year}/230006");

        var contacts = page.QuerySelector("section[aria-labelledby=contacts]")!;
        Assert.Contains("会員のみ", contacts.TextOf("h2"));
        Assert.Contains("sato230006@example.jp", contacts.TextOf("tbody"));
        Assert.Contains("佐藤 花子", contacts.TextOf("tbody"));
        Assert.NotNull(page.QuerySelector($"a[href='/directory/{year}/230006/diff']"));
    }

    [Fact]
    public async Task A_corrected_entry_shows_its_latest_version_and_history()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        await ReadingData.CorrectAsync(factory, year, "230006", c => c.Phone = "052-000-1111", "電話番号の誤りを訂正");

        var page = await factory.NewClient().GetPage($"/directory/{year}/230006");

        Assert.Equal("第2版（訂正あり）", page.TextOf(".directory-version"));
        Assert.Contains("052-000-1111", page.TextOf("dl.directory-basic"));
        Assert.DoesNotContain("052-123-4567", page.TextOf("dl.directory-basic"));
        var history = page.QuerySelectorAll(".directory-history tbody tr").Select(r => r.TextOf("th") + "|" + r.TextOf("td:last-child")).ToList();
        Assert.Equal(["第1版|公開", "第2版|電話番号の誤りを訂正"], history);
        // The differences of a correction are for members.
        Assert.Null(page.QuerySelector(".directory-correction"));
    }

    [Fact]
    public async Task Members_may_open_what_each_correction_changed()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        await ReadingData.CorrectAsync(factory, year, "230006", c => c.Phone = "052-000-1111", "電話番号の訂正");
        await ReadingData.CorrectAsync(factory, year, "230006", c => c.Projects.Add(new Project { Name = "防災訓練", Category = "disaster" }), "事業の追加");
        var member = await factory.SignedInClient(await factory.AssociationStaff("041009"));

        var page = await member.GetPage($"/directory/{year}/230006?culture=en");

        Assert.Equal("Version 3 (corrected)", page.TextOf(".directory-version"));
        var corrections = page.QuerySelectorAll(".directory-correction");
        Assert.Equal(2, corrections.Length);
        // "tbody tr" alone would also match the inner table's header row: the history table is its ancestor.
        var phone = corrections[0].QuerySelectorAll(".directory-changes > tbody > tr").Single();
        Assert.Equal(["Changed", "052-123-4567", "052-000-1111"], phone.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("Phone", phone.TextOf("th"));
        var added = corrections[1].QuerySelectorAll(".directory-changes > tbody > tr").Select(r => r.TextOf("th") + "|" + r.TextOf("td")).ToList();
        Assert.Contains("Project 2: Name|Added", added);
        Assert.Contains("Project 2: Category|Added", added);
    }

    [Fact]
    public async Task Links_lead_to_the_same_association_in_other_years_and_to_its_trend()
    {
        var first = await ReadingData.PublishedAsync(factory, "230006", "041009");
        var second = await ReadingData.PublishedAsync(factory, "230006");

        var page = await factory.NewClient().GetPage($"/directory/{second}/230006");

        var links = page.QuerySelectorAll("section[aria-labelledby=more] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/directory/{first}/230006", links);
        Assert.Contains("/directory/associations/230006", links);
        Assert.DoesNotContain($"/directory/{second}/230006", links);
    }
}
