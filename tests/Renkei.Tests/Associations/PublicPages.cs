using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Renkei.Tests.Associations;

/// <summary>Small readers for the public registry pages' markup.</summary>
static class PublicPages
{
    /// <summary>The association codes linked from the elements <paramref name="selector"/> picks, in page order.</summary>
    public static List<string> LinkedCodes(this IParentNode node, string selector) =>
        // Attributes, not IHtmlAnchorElement: links inside the SVG map are SVG <a> elements.
        node.QuerySelectorAll(selector)
            .Select(a => a.GetAttribute("href") ?? "")
            .Where(h => h.StartsWith("/associations/") && h.Length == "/associations/".Length + 6)
            .Select(h => h["/associations/".Length..])
            .ToList();

    /// <summary>The codes in one block's table on the list page.</summary>
    public static List<string> BlockRows(this IHtmlDocument page, string blockId) =>
        page.LinkedCodes($"section[aria-labelledby='block-{blockId}'] tbody th a");

    public static string Text(this IParentNode node, string selector) =>
        node.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches '{selector}'.");

    public static string Html(this IHtmlDocument page) => page.DocumentElement.OuterHtml;
}
