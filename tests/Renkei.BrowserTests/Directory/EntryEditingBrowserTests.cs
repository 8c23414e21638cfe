using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.DirectoryFeature;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.DirectoryFeature;

/// <summary>The entry form in Chromium: accessible in both languages on a phone and a desktop, input kept through an expired session and through a conflict between two browsers.</summary>
public class EntryEditingBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    /// <summary>An entry with something in every panel: last year's edition, a returned state with a comment, a review history.</summary>
    async Task<int> EntryAsync(string code)
    {
        var last = DirectoryData.SampleContent(code);
        await EditingTesting.EditionWithEntryAsync(App, code, EditionStatus.Published, EntryStatus.Approved, last);
        var now = last.Copy();
        now.AnnualBudgetYen = 190_000_000;
        var year = await EditingTesting.EditionWithEntryAsync(App, code, status: EntryStatus.Returned, content: now);
        await App.WithDb(async db =>
        {
            var entry = db.DirectoryEntries.Single(e => e.FiscalYear == year && e.AssociationCode == code);
            entry.ReturnComment = "職員数の内訳を確認してください。";
            entry.Record(EntryEventKind.Returned, "secretariat@test", DateTime.UtcNow, entry.ReturnComment);
            await db.SaveChangesAsync();
        });
        return year;
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public Task The_form_its_messages_and_its_conflict_have_no_serious_accessibility_violation(string viewport) => InBrowser(async page =>
    {
        var code = viewport == "phone" ? "130001" : "140007";
        var year = await EntryAsync(code);
        await page.Context.SignInThroughApiAsync(App, await App.AssociationAdmin(code));
        foreach (var culture in new[] { "ja", "en" })
        {
            await page.GotoAsync($"{EditingTesting.EditUrl(year, code)}?culture={culture}");
            await page.Locator(".entry-changes summary").ClickAsync();
            await page.AssertAccessibleAsync(Output.WriteLine);
        }

        await page.Locator("#f-endowmentYen").FillAsync("たくさん");
        await page.Locator("#f-email").FillAsync("info@");
        await page.Locator("button[value=save]").Last.ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Enter the amount in figures");
        await Expect(page.Locator("#f-endowmentYen")).ToHaveValueAsync("たくさん");
        await page.AssertAccessibleAsync(Output.WriteLine);
    }, Viewport.Named(viewport));

    [Fact]
    public Task Input_typed_before_the_session_expired_is_offered_back_after_signing_in() => InBrowser(async page =>
    {
        var year = await EntryAsync("270008");
        var staff = await App.AssociationStaff("270008");
        await page.Context.SignInThroughApiAsync(App, staff);
        await page.GotoAsync(EditingTesting.EditUrl(year, "270008"));
        await page.Locator("#f-representativeName").FillAsync("期限切れの前に入力した名前");
        await page.Locator("#f-staff-regular").FillAsync("１０");
        await Expect(page.Locator("#staff-total")).ToHaveTextAsync("19");

        // The session ends (cookies gone); saving sends the person to sign in, and back to the form.
        await page.Context.ClearCookiesAsync();
        await page.Locator("button[value=save]").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl="));
        await page.Locator("#Input_Email").FillAsync(staff.Email);
        await page.Locator("#Input_Password").FillAsync(staff.Password);
        await page.Locator("form#login button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/directory/{year}/270008/edit$"));
        await Expect(page.Locator("#f-representativeName")).Not.ToHaveValueAsync("期限切れの前に入力した名前");

        await Expect(page.Locator("#draft-restore")).ToBeVisibleAsync();
        await page.Locator("[data-draft-restore]").ClickAsync();
        await Expect(page.Locator("#f-representativeName")).ToHaveValueAsync("期限切れの前に入力した名前");
        await Expect(page.Locator("#draft-restore")).ToBeHiddenAsync();
        await page.Locator("button[value=save]").First.ClickAsync();
        await Expect(page.Locator(".flash")).ToBeVisibleAsync();

        var entry = await DirectoryData.EntryAsync(App, year, "270008");
        Assert.Equal(("期限切れの前に入力した名前", 10), (entry.Content.RepresentativeName, entry.Content.Staff.Regular));
        // The flash shows as soon as the page is parsed; the copy is dropped when the page's script has run.
        // Reloading before that would race the script, not test it.
        await page.WaitForFunctionAsync("() => window.localStorage.length === 0");
        await page.ReloadAsync();
        await Expect(page.Locator("#draft-restore")).ToBeHiddenAsync();
    });

    [Fact]
    public Task Two_browsers_the_second_keeps_its_input_and_sees_what_the_first_saved() => InBrowser(async first =>
    {
        var year = await EntryAsync("280003");
        await first.Context.SignInThroughApiAsync(App, await App.AssociationAdmin("280003"));
        var second = await NewPageAsync(Viewport.Phone);
        await second.Context.SignInThroughApiAsync(App, await App.AssociationStaff("280003"));
        var url = EditingTesting.EditUrl(year, "280003");
        await first.GotoAsync(url);
        await second.GotoAsync(url);

        await first.Locator("#f-representativeName").FillAsync("一人目の入力");
        await first.Locator("button[value=save]").First.ClickAsync();
        await Expect(first.Locator(".flash")).ToBeVisibleAsync();
        await second.Locator("#f-representativeName").FillAsync("二人目の入力");
        await second.Locator("button[value=save]").First.ClickAsync();

        await Expect(second.Locator("#conflict")).ToContainTextAsync("一人目の入力");
        await Expect(second.Locator("#f-representativeName")).ToHaveValueAsync("二人目の入力");
        Assert.Equal("一人目の入力", (await DirectoryData.EntryAsync(App, year, "280003")).Content.RepresentativeName);
        await second.Locator("button[value=save]").First.ClickAsync();
        await Expect(second.Locator(".flash")).ToBeVisibleAsync();
        Assert.Equal("二人目の入力", (await DirectoryData.EntryAsync(App, year, "280003")).Content.RepresentativeName);
    });
}
