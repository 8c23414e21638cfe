using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.DirectoryFeature;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.DirectoryFeature;

/// <summary>
/// The directory's year as its people live it, each in a browser of their own: the secretariat opens an
/// edition, two associations fill in and submit their entries, one is returned with a comment and fixed,
/// the secretariat approves and publishes, and the public reads the result.
/// </summary>
public class DirectoryCycleJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    const string Niigata = "150002";
    const string Fukuoka = "400009";

    [Fact]
    public Task Secretariat_and_two_associations_go_through_the_whole_cycle() => InBrowser(async secretariat =>
    {
        var year = await DirectoryData.FreeYearAsync(App, openable: true);
        var deadline = JapanDate.Today(TimeProvider.System).AddDays(14);
        await secretariat.Context.SignInThroughApiAsync(App, await App.Secretariat());
        var niigataAdmin = await App.AssociationAdmin(Niigata);
        var fukuokaAdmin = await App.AssociationAdmin(Fukuoka);

        // 1. The secretariat opens the edition: every current association gets an entry, its admins an e-mail.
        await secretariat.GotoAsync("/directory/manage");
        await secretariat.Locator("#Input_FiscalYear").FillAsync(year.ToString());
        await secretariat.Locator("#Input_Deadline").FillAsync(deadline.ToString("yyyy-MM-dd"));
        await secretariat.Locator("form#open button[type=submit]").ClickAsync();
        await Expect(secretariat).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/directory/manage/{year}$"));
        await Expect(secretariat.Locator("#submitted-count")).ToContainTextAsync("0/63");
        Assert.True(await App.WithDb(db => db.Outbox.AnyAsync(m => m.To == niigataAdmin.Email && m.BodyText.Contains($"/directory/{year}/{Niigata}/edit"))));

        // 2. Two associations fill in what the registry could not pre-fill, and submit.
        var niigata = await AssociationPageAsync(niigataAdmin);
        await FillAndSubmitAsync(niigata, year, Niigata, "025-000-1111", budget: "１２３，４５０，０００円");
        var fukuoka = await AssociationPageAsync(fukuokaAdmin);
        await FillAndSubmitAsync(fukuoka, year, Fukuoka, "092-000-2222", budget: "98765432");

        await secretariat.ReloadAsync();
        await Expect(secretariat.Locator("#submitted-count")).ToContainTextAsync("2/63");

        // 3. The secretariat returns Fukuoka's entry with a comment; Fukuoka's admin reads it, fixes and resubmits.
        await secretariat.GotoAsync($"/directory/manage/{year}/{Fukuoka}");
        await secretariat.Locator("#Return_Comment").FillAsync("FAX番号を記入してください。");
        await secretariat.Locator("form#return button[type=submit]").ClickAsync();
        await Expect(secretariat.Locator(".flash")).ToBeVisibleAsync();
        Assert.True(await App.WithDb(db => db.Outbox.AnyAsync(m => m.To == fukuokaAdmin.Email && m.BodyText.Contains("FAX番号を記入してください。"))));

        await fukuoka.GotoAsync($"/directory/{year}/{Fukuoka}/edit");
        await Expect(fukuoka.Locator("main")).ToContainTextAsync("FAX番号を記入してください。");
        await fukuoka.Locator("#f-fax").FillAsync("０９２−０００−２２２３");
        await fukuoka.Locator("button[value=submit]").ClickAsync();
        await Expect(fukuoka.Locator(".flash")).ToBeVisibleAsync();
        Assert.Equal("092-000-2223", (await DirectoryData.EntryAsync(App, year, Fukuoka)).Content.Fax);

        // 4. The secretariat approves both. The other 61 associations are not this journey's subject: their
        //    entries are approved directly, so that the edition can be published.
        foreach (var code in new[] { Niigata, Fukuoka })
        {
            await secretariat.GotoAsync($"/directory/manage/{year}/{code}");
            await secretariat.Locator("form#approve button[type=submit]").ClickAsync();
            await Expect(secretariat.Locator(".flash")).ToBeVisibleAsync();
        }
        await ApproveTheOthersAsync(year);
        await secretariat.GotoAsync($"/directory/manage/{year}");
        await secretariat.Locator("#Step_Confirm").CheckAsync();
        await secretariat.Locator("form#publish button[type=submit]").ClickAsync();
        await Expect(secretariat.Locator(".flash")).ToBeVisibleAsync();

        // 5. Anyone reads the published entry; the association can no longer change it.
        var reader = await NewPageAsync(Viewport.Phone);
        await reader.GotoAsync($"/directory/{year}/{Niigata}");
        await Expect(reader.Locator("main")).ToContainTextAsync("123,450,000円");
        await Expect(reader.Locator("main")).ToContainTextAsync("025-000-1111");
        await reader.GotoAsync($"/directory/{year}");
        await Expect(reader.Locator("main")).ToContainTextAsync("63件中63件");

        await niigata.GotoAsync($"/directory/{year}/{Niigata}/edit");
        await Expect(niigata.Locator("button[value=save]")).ToHaveCountAsync(0);
        var entry = await DirectoryData.EntryAsync(App, year, Niigata);
        Assert.Equal((EntryStatus.Approved, 1), (entry.Status, entry.Versions.Single().Number));
    });

    async Task<IPage> AssociationPageAsync(TestUser admin)
    {
        var page = await NewPageAsync(Viewport.Phone);
        await page.Context.SignInThroughApiAsync(App, admin);
        return page;
    }

    /// <summary>The registry pre-fills the name and legal form; the rest a person types, in the ways people type.</summary>
    async Task FillAndSubmitAsync(IPage page, int year, string code, string phone, string budget)
    {
        await page.GotoAsync($"/directory/{year}/{code}/edit");
        await page.Locator("#f-representativeTitle").FillAsync("理事長");
        await page.Locator("#f-representativeName").FillAsync("見本 花子");
        await page.Locator("#f-postalCode").FillAsync("〒９５０ー００００");
        await page.Locator("#f-address").FillAsync("見本市見本町1-2-3");
        await page.Locator("#f-phone").FillAsync(phone);
        await page.Locator("#f-email").FillAsync($"info{code}@example.jp");
        await page.Locator("#f-annualBudgetYen").FillAsync(budget);
        await page.Locator("button[value=submit]").ClickAsync();
        await Expect(page.Locator(".flash")).ToBeVisibleAsync();
        Assert.Equal(EntryStatus.Submitted, (await DirectoryData.EntryAsync(App, year, code)).Status);
    }

    Task ApproveTheOthersAsync(int year) => App.WithDb(async db =>
    {
        foreach (var entry in await db.DirectoryEntries.Where(e => e.FiscalYear == year && e.Status != EntryStatus.Approved).ToListAsync())
        {
            entry.Content = DirectoryData.SampleContent(entry.AssociationCode);
            entry.Status = EntryStatus.Approved;
            entry.ConcurrencyStamp = Guid.NewGuid();
        }
        await db.SaveChangesAsync();
    });
}
