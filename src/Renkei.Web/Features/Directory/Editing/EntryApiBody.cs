using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Directory.Editing;

/// <summary>
/// The body of PUT .../entries/{code}: an entry's content (the object itself, or the whole resource GET
/// returned, with the content under "content") and an optional changeNote. A value of the wrong type is a
/// validation problem keyed like the rules' messages ("staff.regular", "projects[2].budgetYen").
/// </summary>
public sealed partial record EntryApiBody(EntryContent Content, string? ChangeNote)
{
    const long MaxBytes = 256 * 1024;

    [GeneratedRegex(@"\[(\d+)\]")] private static partial Regex Index();

    public static async Task<(EntryApiBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<EditingText> text, CancellationToken ct)
    {
        // Writes must be JSON: a cross-site HTML form cannot send that type, which keeps cookie-signed-in browsers safe.
        if (!request.HasJsonContentType()) return (null, NotJson(text));
        if (request.ContentLength > MaxBytes)
            return (null, TypedResults.Problem(title: text["本文が大きすぎます"], statusCode: StatusCodes.Status413PayloadTooLarge));
        string key = "body";
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, Invalid(text, "body", text["本文は JSON のオブジェクト（{ ... }）にしてください。"]));
            string? note = null;
            if (Property(root, "changeNote") is { } n)
            {
                if (n.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return (null, Invalid(text, "changeNote", text["文字列で指定してください。"]));
                note = n.GetString();
            }
            var content = Property(root, "content") is { ValueKind: JsonValueKind.Object } nested ? nested : root;
            key = "content";
            return (new EntryApiBody(content.Deserialize<EntryContent>(DirectoryJson.Options) ?? new EntryContent(), note), null);
        }
        catch (JsonException e)
        {
            return (null, key == "body"
                ? Invalid(text, "body", text["本文が正しい JSON ではありません。"])
                : Invalid(text, FieldKey(e.Path), text["値の形式が正しくありません。"]));
        }
    }

    public static ProblemHttpResult NotJson(IStringLocalizer<EditingText> text) =>
        TypedResults.Problem(title: text["JSON で送ってください"], detail: text["Content-Type は application/json にしてください。"],
            statusCode: StatusCodes.Status415UnsupportedMediaType);

    static JsonElement? Property(JsonElement root, string name)
    {
        foreach (var p in root.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    /// <summary>"$.memberTypes[0].count" → "memberTypes[1].count": the keys of EntryFields count rows from 1.</summary>
    static string FieldKey(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "content";
        var key = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        if (key.StartsWith("content.", StringComparison.Ordinal)) key = key["content.".Length..];
        return Index().Replace(key, m => $"[{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1}]");
    }

    static ProblemHttpResult Invalid(IStringLocalizer<EditingText> text, string key, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [key] = [message] })
        {
            Title = text["入力内容に誤りがあります。"],
            Status = StatusCodes.Status400BadRequest,
        });
}
