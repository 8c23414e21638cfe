using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory: the published editions, newest first, with their files; links by who is reading.</summary>
public class DirectoryIndexPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static List<string> Links(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".directory-links a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Published_editions_are_listed_newest_first_with_counts_and_files()
    {
        var older = await ReadingData.PublishedAsync(factory, "230006", "041009", "270008");
        var newer = await ReadingData.PublishedAsync(factory, "230006");
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "230006");

        var page = await factory.NewClient().GetPage("/directory");

        var rows = page.QuerySelectorAll(".directory-editions tbody tr").ToList();
        var years = rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")).ToList();
        Assert.True(years.IndexOf($"/directory/{newer}") < years.IndexOf($"/directory/{older}"));
        Assert.DoesNotContain($"/directory/{collecting}", years);
        var row = rows.Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/directory/{older}");
        Assert.Equal("3協会", row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal([$"/directory/{older}.xlsx", $"/directory/{older}.csv", $"/directory/{older}.pdf", $"/directory/{older}.json"],
            row.QuerySelectorAll(".directory-files a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/directory/figures", Links(page));
        Assert.DoesNotContain("/directory/compare", Links(page));
    }

    [Fact]
    public async Task Members_get_the_comparison_association_users_their_entry_and_the_secretariat_management()
    {
        var staff = await factory.SignedInClient(await factory.AssociationStaff("230006"));
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        var forStaff = Links(await staff.GetPage("/directory"));
        Assert.Contains("/directory/compare", forStaff);
        Assert.Contains("/directory/mine", forStaff);
        Assert.DoesNotContain("/directory/manage", forStaff);

        var forSecretariat = Links(await secretariat.GetPage("/directory"));
        Assert.Contains("/directory/compare", forSecretariat);
        Assert.Contains("/directory/manage", forSecretariat);
        Assert.DoesNotContain("/directory/mine", forSecretariat);
    }

    [Fact]
    public async Task Sample_editions_are_marked()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        await ReadingData.MarkSampleAsync(factory, year);

        var page = await factory.NewClient().GetPage("/directory?culture=en");

        Assert.NotNull(page.QuerySelector(".sample-data"));
        var row = page.QuerySelectorAll(".directory-editions tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/directory/{year}");
        Assert.Contains("Sample", row.TextOf("th"));
        Assert.Equal($"FY{year}", row.TextOf("th a"));
    }
}
