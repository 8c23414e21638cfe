using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Directory.Editing;

/// <summary>
/// The body of PUT .../entries/{code}: an entry's content (the object itself, or the whole resource GET
/// returned, with the content under "content") and an optional changeNote. A value of the wrong type is a
/// validation problem keyed like the rules' messages ("staff.regular", "projects[2].budgetYen").
/// </summary>
public sealed partial record EntryApiBody(EntryContent Content, string? ChangeNote)
{
    /// <summary>An entry may carry many projects and texts in two languages.</summary>
    const long MaxBytes = 256 * 1024;

    [GeneratedRegex(@"\[(\d+)\]")] private static partial Regex Index();

    public static async Task<(EntryApiBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<EditingText> text, CancellationToken ct)
    {
        var (body, refusal) = await JsonBody.ReadAsync(request, MaxBytes, text["入力内容に誤りがあります。"], ct);
        if (body is null) return (null, refusal);
        var note = body.String("changeNote");
        var content = body.Object("content") ?? body;
        if (body.Errors.Any) return (null, Invalid(text, body.Errors.ToDictionary()));
        try
        {
            return (new EntryApiBody(content.Bind<EntryContent>(DirectoryJson.Options) ?? new EntryContent(), note), null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(text, new() { [FieldKey(e.Path)] = [text["値の形式が正しくありません。"]] }));
        }
    }

    /// <summary>"$.memberTypes[0].count" → "memberTypes[1].count": the keys of EntryFields count rows from 1.</summary>
    static string FieldKey(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "content";
        var key = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        if (key.StartsWith("content.", StringComparison.Ordinal)) key = key["content.".Length..];
        return Index().Replace(key, m => $"[{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1}]");
    }

    static ProblemHttpResult Invalid(IStringLocalizer<EditingText> text, Dictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Title = text["入力内容に誤りがあります。"],
            Status = StatusCodes.Status400BadRequest,
        });
}
