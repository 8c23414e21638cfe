using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// A JSON object sent to the disasters API, read by hand so that a value of the wrong type gets a message naming its
/// field. Writes must be application/json: a cross-site HTML form cannot send that type.
/// </summary>
public sealed class BoardJson
{
    const long MaxBytes = 64 * 1024;
    readonly JsonElement root;
    readonly IStringLocalizer<BoardText> t;
    public RuleErrors Errors { get; } = new();

    BoardJson(JsonElement root, IStringLocalizer<BoardText> t)
    {
        this.root = root;
        this.t = t;
    }

    public static async Task<(BoardJson? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<BoardText> t, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem(title: t["JSON で送ってください"], detail: t["Content-Type は application/json にしてください。"],
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        if (request.ContentLength > MaxBytes)
            return (null, TypedResults.Problem(title: t["本文が大きすぎます"], statusCode: StatusCodes.Status413PayloadTooLarge));
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return (new BoardJson(document.RootElement.Clone(), t), null);
        }
        catch (JsonException)
        {
        }
        var errors = new RuleErrors();
        errors.Add("body", t["本文は JSON のオブジェクト（{ ... }）にしてください。"]);
        return (null, BoardProblems.Invalid(errors, t));
    }

    public bool Has(string name) => Find(name) is not null;

    /// <summary>Text (a number is taken as its digits); null when absent or null.</summary>
    public string? Text(string name)
    {
        switch (Find(name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.String } s: return s.GetString();
            case { ValueKind: JsonValueKind.Number } n: return n.GetRawText();
            default:
                Errors.Add(name, t["{0} は文字列にしてください。", name]);
                return null;
        }
    }

    /// <summary>true or false; null when absent.</summary>
    public bool? Bool(string name)
    {
        switch (Find(name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.True }: return true;
            case { ValueKind: JsonValueKind.False }: return false;
            default:
                Errors.Add(name, t["{0} は true か false にしてください。", name]);
                return null;
        }
    }

    /// <summary>A list of texts (or numbers); null when absent.</summary>
    public List<string>? List(string name)
    {
        var value = Find(name);
        if (value is null) return null;
        if (value.Value.ValueKind == JsonValueKind.Array
            && value.Value.EnumerateArray().All(e => e.ValueKind is JsonValueKind.String or JsonValueKind.Number))
            return value.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList();
        Errors.Add(name, t["{0} は文字列の配列にしてください。", name]);
        return [];
    }

    JsonElement? Find(string name)
    {
        foreach (var p in root.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                return p.Value.ValueKind == JsonValueKind.Null ? null : p.Value;
        return null;
    }
}

/// <summary>The disasters API's problem answers (RFC 7807), in the caller's language.</summary>
public static class BoardProblems
{
    public static ProblemHttpResult Invalid(RuleErrors errors, IStringLocalizer<BoardText> t) => Invalid(errors.ToDictionary(), t["入力内容を確認してください。"]);

    static ProblemHttpResult Invalid(Dictionary<string, string[]> errors, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title, Status = StatusCodes.Status400BadRequest });

    public static ProblemHttpResult NotFound(IStringLocalizer<BoardText> t) =>
        TypedResults.Problem(title: t["見つかりません"], detail: t["この災害（または被災地の協会）はないか、見る権限がありません。"], statusCode: StatusCodes.Status404NotFound);

    /// <summary>A refused step: 404, 403 with the reason, 409 (closed, or a conflict), or 400 with the messages by field.</summary>
    public static ProblemHttpResult Refused(StepResult result, IStringLocalizer<BoardText> t) => result.Outcome switch
    {
        StepOutcome.NotFound => NotFound(t),
        StepOutcome.Invalid => Invalid(result.Errors ?? [], result.Message ?? t["入力内容を確認してください。"]),
        StepOutcome.Forbidden => TypedResults.Problem(title: t["この操作はできません"], detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        StepOutcome.Conflict => TypedResults.Problem(title: t["ほかの更新と競合しました"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: t["この操作はいまはできません"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
    };
}
