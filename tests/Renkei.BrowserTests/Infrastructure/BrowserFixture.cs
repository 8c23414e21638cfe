using Microsoft.Playwright;

namespace Renkei.BrowserTests.Infrastructure;

/// <summary>
/// One app on a real port and one Debian Chromium, shared by every test of the collection; each test
/// opens its own browser context (cookies, storage) through <see cref="BrowserTest"/> and makes its own data.
/// No `playwright install`: Playwright's driver ships in the NuGet package (bin/.playwright) and the
/// browser is the machine's Chromium (RENKEI_CHROMIUM overrides the path).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("RENKEI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    IPlaywright? playwright;
    IBrowser? browser;
    RenkeiServer? app;

    public RenkeiServer App => app ?? throw new InvalidOperationException("The fixture has not started.");
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>A fixture subclass sets app settings here (e.g. Settings["Renkei:Demo"] = "true") before start.</summary>
    protected virtual void Configure(RenkeiServer server) { }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: run scripts/test.sh (it installs it) or apt-get install chromium.");
        // The app (migrations) and the browser start side by side: together they are most of the run's fixed cost.
        var starting = Task.Run(() =>
        {
            var server = new RenkeiServer();
            Configure(server);
            server.Start();
            return server;
        });
        // Expect(...) waits up to this long for a page to reach the state asserted.
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
        app = await starting;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
    }
}

/// <summary>The browser tests share one app and one Chromium; tests inside run one after another.</summary>
[CollectionDefinition(Name)]
public class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
