using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Renkei.BrowserTests.Infrastructure;

/// <summary>Accessibility scans with axe-core (bundled in the package, injected into the page; nothing is fetched).</summary>
public static class Axe
{
    /// <summary>
    /// Runs every axe-core rule (WCAG 2.0/2.1 A and AA, and best practices) on the page as it is now and
    /// fails on any serious or critical violation, naming each rule, its targets and its help page.
    /// Lesser findings go to <paramref name="log"/> so that they are seen without failing the run.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page, Action<string>? log = null)
    {
        // Only violations come back with their nodes: the passes' details are work nobody reads.
        var options = new AxeRunOptions { ResultTypes = [ResultType.Violations] };
        // Legacy mode runs axe in the page itself. The default mode opens a second page for every scan
        // to combine per-frame results, which costs five times as much here; Renkei's pages have no frames.
#pragma warning disable CS0618 // marked obsolete by Deque, still supported in the pinned version
        var result = await page.RunAxeLegacy(null, options, null);
#pragma warning restore CS0618
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        var minor = result.Violations.Except(blocking).ToArray();
        if (minor.Length > 0) log?.Invoke(Describe($"axe-core: {minor.Length} moderate or minor finding(s) on {page.Url}", minor));
        if (blocking.Length > 0)
            Assert.Fail(Describe($"axe-core: {blocking.Length} serious or critical violation(s) on {page.Url}", blocking));
    }

    static string Describe(string heading, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder(heading).AppendLine(":");
        foreach (var v in violations)
        {
            text.AppendLine($"  [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes.Take(10))
                text.AppendLine($"      {node.Target}    {Shorten(node.Html)}");
            if (v.Nodes.Length > 10) text.AppendLine($"      ... and {v.Nodes.Length - 10} more");
        }
        return text.ToString();
    }

    static string Shorten(string html) => html.Length <= 140 ? html : html[..140] + "…";
}
