using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.Infrastructure;

/// <summary>The harness itself: a failure leaves a screenshot, and requests off the machine are caught.</summary>
public class FixtureTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task A_failing_journey_leaves_a_screenshot_and_the_page_html()
    {
        var expected = Path.Combine(ArtifactsDirectory, $"{nameof(FixtureTests)}.{nameof(A_failing_journey_leaves_a_screenshot_and_the_page_html)}-deliberate-phone");
        File.Delete(expected + ".png");
        File.Delete(expected + ".html");

        await Assert.ThrowsAsync<FailException>(() => InBrowser(async page =>
        {
            await page.GotoAsync("/");
            Assert.Fail("deliberate");
        }, Viewport.Phone, label: "deliberate"));

        Assert.True(new FileInfo(expected + ".png").Length > 1000, "no screenshot");
        Assert.Contains("<html lang=\"ja\"", await File.ReadAllTextAsync(expected + ".html"));
        File.Delete(expected + ".png");
        File.Delete(expected + ".html");
    }

    [Fact]
    public async Task A_request_off_the_machine_is_blocked_and_fails_the_journey()
    {
        var failure = await Assert.ThrowsAsync<TrueException>(() => InBrowser(async page =>
        {
            await page.GotoAsync("/");
            // A reserved name: even unblocked it would resolve nowhere.
            await page.EvaluateAsync("() => fetch('https://renkei.example.invalid/x').catch(() => {})");
        }, label: "deliberate"));

        Assert.Contains("https://renkei.example.invalid/x", failure.Message);
        foreach (var file in Directory.GetFiles(ArtifactsDirectory, $"{nameof(FixtureTests)}.*-deliberate-*")) File.Delete(file);
    }

    [Fact]
    public Task The_phone_viewport_is_a_phone() => InBrowser(async page =>
    {
        await page.GotoAsync("/");

        Assert.Equal(390, await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
    }, Viewport.Phone);
}
