using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.DirectoryFeature;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using Xunit.Abstractions;

namespace Renkei.BrowserTests.Accessibility;

/// <summary>
/// axe-core on the directory's reading pages, on a published edition this test makes itself (with a corrected
/// entry, so the history and its differences show): public pages anonymously, the members' pages signed in.
/// </summary>
public class DirectoryReadingAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    static readonly SemaphoreSlim Once = new(1, 1);
    static (RenkeiServer App, int Second)? made;

    /// <summary>
    /// Two published years of two associations (the earlier one so that the diff has a year to compare with), the
    /// later one sample data with a correction of 230006; made once per server.
    /// </summary>
    async Task<int> EditionAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (made is { } m && m.App == App) return m.Second;
            var first = await DirectoryData.FreeYearAsync(App);
            await DirectoryData.CreateEditionAsync(App, first, EditionStatus.Published, "230006", "041009");
            var second = await DirectoryData.FreeYearAsync(App);
            await DirectoryData.CreateEditionAsync(App, second, EditionStatus.Published, "230006", "041009");
            await App.WithDb(async db =>
            {
                var edition = await db.DirectoryEditions.FindAsync(second);
                edition!.IsSample = true;
                var entry = db.DirectoryEntries.Single(e => e.FiscalYear == second && e.AssociationCode == "230006");
                var content = entry.Content.Copy();
                content.Phone = "052-000-1234";
                content.Projects.Add(new Project { Name = "防災訓練", Category = "disaster" });
                db.DirectoryEntryVersions.Add(new DirectoryEntryVersion
                {
                    EntryId = entry.Id,
                    Number = 2,
                    Content = content,
                    ChangeNote = "電話番号の訂正と事業の追加",
                    CreatedAt = DateTime.UtcNow,
                    CreatedBy = "test",
                });
                await db.SaveChangesAsync();
            });
            made = (App, second);
            return second;
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>Each page on both screens, plus a few variants on the phone only (a scan is a dear step).</summary>
    public static TheoryData<string, string, bool> Scans()
    {
        var data = new TheoryData<string, string, bool>
        {
            { "/directory/{year}", "desktop", false },
            { "/directory/{year}?block=chubu&q=ラウンジ&language=klingon", "phone", false },
            { "/directory/{year}/230006", "phone", false },
            { "/directory/compare?year={year}&codes=230006&codes=999999", "phone", true },
        };
        foreach (var viewport in new[] { "phone", "desktop" })
        {
            data.Add("/directory/{year}/230006", viewport, true);
            data.Add("/directory/compare?year={year}&codes=230006&codes=041009", viewport, true);
            data.Add("/directory/{year}/230006/diff", viewport, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Reading_page_has_no_serious_accessibility_violation_in_either_language(string path, string viewport, bool member)
    {
        var url = path.Replace("{year}", (await EditionAsync()).ToString());
        var user = member ? await App.AssociationStaff("041009") : null;
        await InBrowser(async page =>
        {
            if (user is not null) await page.Context.SignInThroughApiAsync(App, user);
            foreach (var culture in new[] { "ja", "en" })
            {
                var response = await page.GotoAsync(url + (url.Contains('?') ? "&" : "?") + "culture=" + culture);
                Assert.Equal(200, response!.Status);
                await page.AssertAccessibleAsync(Output.WriteLine);
            }
        }, Viewport.Named(viewport), label: $"{path}-{(member ? "member" : "public")}");
    }
}
