using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Directory.Manage;

namespace Renkei.Web.Features.Directory;

/// <summary>The secretariat's directory API answers: problems in the caller's language, from a step's <see cref="CycleResult"/>.</summary>
static class ReviewApi
{
    public static ProblemHttpResult NotFound(string detail, IStringLocalizer<ReviewText> text) =>
        TypedResults.Problem(title: text["見つかりません"], detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult EditionNotFound(int fiscalYear, IStringLocalizer<ReviewText> text) =>
        NotFound(text["{0}年度のダイレクトリーはありません。", fiscalYear], text);

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title, Status = StatusCodes.Status400BadRequest });

    /// <summary>A refused step: 400 with the messages by field when the input was wrong, else 409 with the reason.</summary>
    public static ProblemHttpResult Refused(CycleResult result, IStringLocalizer<ReviewText> text) => result.Outcome == CycleOutcome.Invalid
        ? Invalid(result.Errors ?? [], result.Message ?? text["入力内容に誤りがあります。"])
        : TypedResults.Problem(title: result.Outcome == CycleOutcome.Conflict ? text["ほかの更新と競合しました"] : text["この操作は今はできません"],
            detail: result.Message, statusCode: StatusCodes.Status409Conflict);

    /// <summary>
    /// If-Match is optional on these steps; when sent it must name the current state (412 otherwise), so a
    /// script acts only on what it last read.
    /// </summary>
    public static ProblemHttpResult? Stale(HttpRequest request, Guid stamp, IStringLocalizer<ReviewText> text) =>
        Associations.RegistryApi.IfMatch(request, stamp) == Associations.RegistryApi.Precondition.Stale
            ? TypedResults.Problem(title: text["ほかの更新と競合しました"],
                detail: text["If-Match の ETag が現在のものと違います。最新の内容を取得してから、もう一度送ってください。"],
                statusCode: StatusCodes.Status412PreconditionFailed)
            : null;

    /// <summary>
    /// The JSON object sent. Writes with a body must be application/json: a cross-site HTML form cannot send
    /// that type (as for the registry API).
    /// </summary>
    public static async Task<(JsonElement Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<ReviewText> text, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return (default, TypedResults.Problem(title: text["JSON で送ってください"], detail: text["Content-Type は application/json にしてください。"],
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
        }
        return (default, Invalid(new Dictionary<string, string[]> { ["body"] = [text["本文は JSON のオブジェクト（{ ... }）にしてください。"]] },
            text["入力内容に誤りがあります。"]));
    }

    /// <summary>A property by name (any case); null when absent or null.</summary>
    public static JsonElement? Property(JsonElement body, string name)
    {
        foreach (var p in body.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                return p.Value.ValueKind == JsonValueKind.Null ? null : p.Value;
        return null;
    }

    /// <summary>A whole number sent as a number or as digits in a string.</summary>
    public static int? Int(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } s => ManagePages.Int(s.GetString()),
        _ => null,
    };

    public static string? String(JsonElement? value) => value is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
}
