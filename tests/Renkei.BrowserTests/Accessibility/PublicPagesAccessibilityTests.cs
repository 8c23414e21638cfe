using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Web.Features.Directory;
using Xunit.Abstractions;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.Accessibility;

/// <summary>axe-core on every public page, in both languages, on a phone and a desktop: no serious or critical violation.</summary>
public class PublicPagesAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    /// <summary>Every page anyone can open without signing in. Add each new public page here.</summary>
    public static readonly string[] PublicPages =
    [
        "/",
        "/associations",
        "/associations?block=kinki",
        "/associations/map",
        "/associations/230006",
        "/directory/figures",
        "/directory/associations/230006",
        "/directory", // the directory's other public pages need a published edition: added with the demo data
        "/account/login",
        "/account/forgot-password",
        "/no-such-page", // the 404 page
    ];

    public static TheoryData<string, string> Scans()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in PublicPages)
            foreach (var viewport in new[] { "phone", "desktop" })
                data.Add(path, viewport);
        return data;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public Task Public_page_has_no_serious_accessibility_violation_in_either_language(string path, string viewport) => InBrowser(async page =>
    {
        await WithDirectoryDataAsync(path);
        // One page for both languages: opening a page is the dearest step of a browser test.
        foreach (var culture in new[] { "ja", "en" })
        {
            await page.GotoAsync(path + (path.Contains('?') ? "&" : "?") + "culture=" + culture);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

            await page.AssertAccessibleAsync(Output.WriteLine);
        }
    }, Viewport.Named(viewport), label: path);

    /// <summary>Directory pages show published editions: the demo's sample editions (idempotent, so seeded by whichever test comes first).</summary>
    Task WithDirectoryDataAsync(string path) =>
        path.StartsWith("/directory", StringComparison.Ordinal) ? DirectoryDemo.SeedAsync(App.Services) : Task.CompletedTask;

    [Fact]
    public Task The_404_page_says_so_in_the_readers_language() => InBrowser(async page =>
    {
        var response = await page.GotoAsync("/no-such-page?culture=en");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
    });

    [Fact]
    public Task The_scan_names_rule_target_and_help_of_a_violation() => InBrowser(async page =>
    {
        // A page with an unlabelled input (axe "label", critical) must fail the scan with a usable message.
        await page.GotoAsync("/");
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"ja\"><head><title>t</title></head><body><main><h1>t</h1><input id=\"nameless\" type=\"text\"></main></body></html>");

        var failure = await Assert.ThrowsAsync<FailException>(() => page.AssertAccessibleAsync());

        Assert.Contains("[critical] label:", failure.Message);
        Assert.Contains("#nameless", failure.Message);
        Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message);
    });

    [Fact]
    public Task Keyboard_users_can_skip_to_the_main_content() => InBrowser(async page =>
    {
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "本文へ移動" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }, Viewport.Phone);

    [Theory]
    [InlineData("/", "ja")]
    [InlineData("/", "en")]
    [InlineData("/no-such-page", "en")]
    [InlineData("/directory/figures", "ja")]
    [InlineData("/directory/associations/230006", "en")]
    public Task Page_fits_a_phone_screen_without_sideways_scrolling(string path, string culture) => InBrowser(async page =>
    {
        await WithDirectoryDataAsync(path);
        await page.GotoAsync($"{path}?culture={culture}");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} ({culture}) is {overflow}px wider than a 390px phone screen.");
    }, Viewport.Phone, label: $"{path}-{culture}");
}
