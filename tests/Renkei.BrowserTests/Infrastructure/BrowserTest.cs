using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Renkei.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test. A journey runs in <see cref="InBrowser"/>: a fresh browser context (no cookies)
/// at a phone or desktop size; on failure every open page is saved as a screenshot and HTML under
/// TestResults/browser. Requests that would leave the machine are blocked, and any such request or
/// uncaught script error fails the journey: Renkei's pages must work offline and without errors.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    readonly List<IBrowserContext> contexts = [];
    readonly ConcurrentQueue<string> externalRequests = new();
    readonly ConcurrentQueue<string> scriptErrors = new();

    protected RenkeiServer App => fixture.App;
    protected IBrowser Browser => fixture.Browser;
    protected ITestOutputHelper Output => output;

    /// <summary>Requests this test's pages tried to send off the machine (each was blocked).</summary>
    protected IReadOnlyCollection<string> ExternalRequests => externalRequests;

    /// <summary>Where failure screenshots go: RENKEI_BROWSER_ARTIFACTS, else this project's TestResults/browser.</summary>
    public static string ArtifactsDirectory =>
        Environment.GetEnvironmentVariable("RENKEI_BROWSER_ARTIFACTS") is { Length: > 0 } dir ? dir
        : Path.Combine(typeof(BrowserTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!, "TestResults", "browser");

    /// <summary>
    /// Runs <paramref name="journey"/> on a new page in a new context; on failure saves every open page
    /// (screenshot + HTML) and rethrows. Pass <paramref name="label"/> to tell theory cases apart in file names.
    /// </summary>
    protected async Task InBrowser(Func<IPage, Task> journey, Viewport? viewport = null, string? label = null,
        [CallerMemberName] string test = "")
    {
        viewport ??= Viewport.Desktop;
        try
        {
            var page = await NewPageAsync(viewport);
            await journey(page);
            Assert.True(externalRequests.IsEmpty, "Requests tried to leave the machine (blocked): " + string.Join(", ", externalRequests));
            Assert.True(scriptErrors.IsEmpty, "Uncaught script errors: " + string.Join(" | ", scriptErrors));
        }
        catch (Exception)
        {
            await CaptureAsync($"{GetType().Name}.{test}{(label is null ? "" : "-" + label)}-{viewport.Name}");
            throw;
        }
        finally
        {
            await CloseContextsAsync();
        }
    }

    /// <summary>
    /// A page in a new browser context of its own (a second person in the same journey, say). Closed at the
    /// end of the test; inside <see cref="InBrowser"/> it is also captured on failure.
    /// </summary>
    protected async Task<IPage> NewPageAsync(Viewport? viewport = null)
    {
        viewport ??= Viewport.Desktop;
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new() { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            // The app ignores Accept-Language on purpose; a Japanese browser is the usual reader all the same.
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
        });
        contexts.Add(context);
        // Short waits: a missing element should fail the test in seconds, not stall the run for 30 s.
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(20_000);
        await context.RouteAsync(url => !IsOnThisMachine(url), async route =>
        {
            externalRequests.Enqueue(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => scriptErrors.Enqueue($"{page.Url}: {error}");
        return page;
    }

    static bool IsOnThisMachine(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri)
        || uri.Scheme is "data" or "blob" or "about"
        || uri.IsLoopback
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    async Task CaptureAsync(string name)
    {
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_'));
        Directory.CreateDirectory(ArtifactsDirectory);
        var index = 0;
        foreach (var page in contexts.SelectMany(c => c.Pages).ToArray())
        {
            var file = Path.Combine(ArtifactsDirectory, index++ == 0 ? safe : $"{safe}-{index}");
            try
            {
                await page.ScreenshotAsync(new() { Path = file + ".png", FullPage = true, Timeout = 5_000 });
                await File.WriteAllTextAsync(file + ".html", await page.ContentAsync());
                output.WriteLine($"Failure capture of {page.Url}: {file}.png (and .html)");
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or IOException)
            {
                // The test's own failure is what matters; a capture that fails is only mentioned.
                output.WriteLine($"Could not capture {page.Url}: {e.Message}");
            }
        }
    }

    async Task CloseContextsAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
        contexts.Clear();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => CloseContextsAsync();
}
