using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.Journeys;

/// <summary>The journeys of issue #2 as a person makes them: sign in with TOTP, browse, edit the registry.</summary>
public class SecretariatJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Secretariat_signs_in_with_password_and_authenticator_code() => InBrowser(async page =>
    {
        var secretariat = await App.Secretariat();

        await page.GotoAsync("/account/login");
        await page.Locator("#Input_Email").FillAsync(secretariat.Email);
        await page.Locator("#Input_Password").FillAsync(secretariat.Password);
        await page.Locator("form#login button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login/two-factor"));
        await page.Locator("#Input_Code").FillAsync(secretariat.TotpCode());
        await page.Locator("form#two-factor button[type=submit]").ClickAsync();

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "登録管理" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task Reader_browses_the_list_by_block_and_the_map_in_english() => InBrowser(async page =>
    {
        await page.GotoAsync("/associations?culture=en");
        await page.Locator("#block").SelectOptionAsync("kinki");
        await page.Locator("form.block-filter button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("block=kinki"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kyoto City International Foundation (KCIF)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aichi International Association (AIA)" })).ToHaveCountAsync(0);

        await page.GotoAsync("/associations/map");
        await page.Locator("a.map-tile[href='/associations/230006']:visible").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/associations/230006$"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Aichi");
    });

    [Fact]
    public Task Secretariat_renames_an_association_and_the_public_page_shows_it_with_history() => InBrowser(async page =>
    {
        var secretariat = await App.Secretariat();
        await page.Context.SignInThroughApiAsync(App, secretariat);
        var newEnglishName = "Kumamoto International Association " + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/registry/associations/430005/edit");
        await page.Locator("#Input_NameEn").FillAsync(newEnglishName);
        await page.Locator("form#edit-association button[type=submit]").ClickAsync();
        await Expect(page.Locator(".flash")).ToBeVisibleAsync();

        await page.GotoAsync("/associations/430005?culture=en");
        await Expect(page.Locator("h1")).ToContainTextAsync(newEnglishName);
        await Expect(page.GetByText("Kumamoto International Association", new() { Exact = true })).Not.ToHaveCountAsync(0);
    });
}
