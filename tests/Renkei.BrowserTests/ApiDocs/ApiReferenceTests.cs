using System.Collections.Concurrent;
using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.ApiDocs;

/// <summary>The API reference (Scalar) works from the app alone: its script and the OpenAPI document come from Renkei.</summary>
public class ApiReferenceTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Api_reference_renders_the_OpenAPI_document_without_leaving_the_machine() => InBrowser(async page =>
    {
        var requests = new ConcurrentQueue<IRequest>();
        var responses = new ConcurrentQueue<IResponse>();
        page.Request += (_, request) => requests.Enqueue(request);
        page.Response += (_, response) => responses.Enqueue(response);

        // Scalar's script is 5 MB: rather than wait for "load", wait (longer) for what it renders.
        var response = await page.GotoAsync("/api/docs", new() { WaitUntil = WaitUntilState.Commit });

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Renkei API", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Contains(responses, r => r.Url == App.Url("/openapi/v1.json").ToString() && r.Status == 200);
        // Scalar renders operations lazily, the first tags first: any operation's path shows the document was read.
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("^/api/v1/")).First).ToBeAttachedAsync();
        Assert.Contains(requests, r => r.ResourceType == "script" && new Uri(r.Url).Authority == App.BaseAddress.Authority);
        // InBrowser fails the test as well if anything (fonts, telemetry, a CDN) was requested off the machine.
        Assert.Empty(ExternalRequests);
    });
}
