using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Renkei.Tests.Infrastructure;

/// <summary>Reads pages and submits their forms as a browser would, antiforgery token included.</summary>
public static class Forms
{
    static readonly HtmlParser Parser = new();
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IHtmlDocument, string> Urls = new();

    public static async Task<IHtmlDocument> GetPage(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}. {Snippet(html)}");
        var document = Parser.ParseDocument(html);
        Urls.AddOrUpdate(document, url);
        return document;
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>
    /// A valid antiforgery token for this client, from the sign-out page's form (every page a person may open has one
    /// only if it has a form of its own): for posts a page does not offer, which must still be refused.
    /// </summary>
    public static async Task<string> AntiforgeryToken(this HttpClient client) =>
        (await client.GetPage("/account/logout")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    /// <summary>
    /// Submits the form that <paramref name="formSelector"/> picks, starting from the values the page
    /// filled in (hidden fields and the antiforgery token too) and overriding <paramref name="values"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitForm(this HttpClient client, IHtmlDocument page, string formSelector, IDictionary<string, string>? values = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "button"):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                fields.RemoveAll(f => f.Key == name);
                fields.Add(new(name, value));
            }
        }
        // A form without an action posts back to the page's own URL, as in a browser.
        var target = form.GetAttribute("action") is { Length: > 0 } action ? action
            : Urls.TryGetValue(page, out var url) ? url
            : throw new InvalidOperationException("The form has no action and the page's URL is unknown.");
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>GETs <paramref name="url"/> and submits its form in one step.</summary>
    public static async Task<HttpResponseMessage> PostForm(this HttpClient client, string url, string formSelector, IDictionary<string, string>? values = null)
    {
        var page = await client.GetPage(url);
        return await client.SubmitForm(page, formSelector, values);
    }

    public static string Snippet(string html) => html.Length > 600 ? html[..600] : html;
}
