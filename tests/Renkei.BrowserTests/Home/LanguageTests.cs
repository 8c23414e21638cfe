using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.Home;

/// <summary>Japanese first, English on request: the header's switch, and the cookie that remembers the choice.</summary>
public class LanguageTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public Task Home_page_is_Japanese_by_default(string viewport) => InBrowser(async page =>
    {
        await page.GotoAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" })).ToBeVisibleAsync();
        await Expect(LanguageSwitch(page).GetByRole(AriaRole.Link, new() { Name = "English" })).ToBeVisibleAsync();
    }, Viewport.Named(viewport));

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public Task Switching_to_English_stays_on_the_page_and_the_next_page_is_English_too(string viewport) => InBrowser(async page =>
    {
        await page.GotoAsync("/");

        await LanguageSwitch(page).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(App.Url("/?culture=en").ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" })).ToBeVisibleAsync();
        await Expect(LanguageSwitch(page).GetByRole(AriaRole.Link, new() { Name = "日本語" })).ToBeVisibleAsync();

        // The next page, reached through the menu without ?culture, is still English: the cookie remembers.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" })
            .GetByRole(AriaRole.Link, new() { Name = "Associations" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(App.Url("/associations").ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToHaveCountAsync(1);
    }, Viewport.Named(viewport));

    [Fact]
    public Task Switching_back_to_Japanese_sticks_too() => InBrowser(async page =>
    {
        await page.GotoAsync("/?culture=en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await LanguageSwitch(page).GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "本文へ移動" })).ToHaveCountAsync(1);
    });

    [Fact]
    public Task The_switch_keeps_the_path_and_query_of_the_page() => InBrowser(async page =>
    {
        await page.GotoAsync("/?block=2");

        await LanguageSwitch(page).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(App.Url("/?block=2&culture=en").ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }, Viewport.Phone);

    static ILocator LanguageSwitch(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { NameRegex = new Regex("^(言語|Language)$") });
}
