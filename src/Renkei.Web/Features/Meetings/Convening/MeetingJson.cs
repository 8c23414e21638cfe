using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// A JSON object sent to the meetings API, read by hand so that a value of the wrong type gets a message naming its
/// field. Writes must be application/json: a cross-site HTML form cannot send that type (as for the registry API).
/// </summary>
public sealed class MeetingJson
{
    const long MaxBytes = 256 * 1024;
    readonly JsonElement root;
    readonly IStringLocalizer<ConveningText> t;
    /// <summary>Values of the wrong type; a nested object (a candidate) adds to its parent's.</summary>
    public RuleErrors Errors { get; }

    MeetingJson(JsonElement root, IStringLocalizer<ConveningText> t, RuleErrors? errors = null)
    {
        this.root = root;
        this.t = t;
        Errors = errors ?? new RuleErrors();
    }

    public static async Task<(MeetingJson? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<ConveningText> t, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem(title: t["JSON で送ってください"], detail: t["Content-Type は application/json にしてください。"],
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        if (request.ContentLength > MaxBytes)
            return (null, TypedResults.Problem(title: t["本文が大きすぎます"], statusCode: StatusCodes.Status413PayloadTooLarge));
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return (new MeetingJson(document.RootElement.Clone(), t), null);
        }
        catch (JsonException)
        {
        }
        var errors = new RuleErrors();
        errors.Add("body", t["本文は JSON のオブジェクト（{ ... }）にしてください。"]);
        return (null, MeetingsApiResults.Invalid(errors, t["入力内容を確認してください。"]));
    }

    public bool Has(string name) => Find(root, name) is not null;

    /// <summary>Text (a number is taken as its digits); null when absent or null.</summary>
    public string? Text(string name) => Text(root, name, name);

    /// <summary>A list of texts (or one text), e.g. guests or invited codes.</summary>
    public List<string>? List(string name)
    {
        switch (Find(root, name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.Array } array:
                var list = new List<string>();
                foreach (var e in array.EnumerateArray())
                    if (e.ValueKind is JsonValueKind.String or JsonValueKind.Number) list.Add(e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText());
                    else Errors.Add(name, t["{0} は文字列の配列にしてください。", name]);
                return list;
            case { ValueKind: JsonValueKind.String } one: return [one.GetString()!];
            default:
                Errors.Add(name, t["{0} は文字列の配列にしてください。", name]);
                return null;
        }
    }

    /// <summary>A list of objects (candidates); null when absent.</summary>
    public List<MeetingJson>? Objects(string name)
    {
        var value = Find(root, name);
        if (value is null) return null;
        if (value.Value.ValueKind != JsonValueKind.Array || value.Value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
        {
            Errors.Add(name, t["{0} はオブジェクトの配列にしてください。", name]);
            return [];
        }
        return value.Value.EnumerateArray().Select(e => new MeetingJson(e, t, Errors)).ToList();
    }

    /// <summary>A property of an object property: chair.name.</summary>
    public string? Text(string parent, string name) =>
        Find(root, parent) is { ValueKind: JsonValueKind.Object } inner ? Text(inner, name, $"{parent}.{name}") : null;

    string? Text(JsonElement obj, string name, string field)
    {
        switch (Find(obj, name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.String } s: return s.GetString();
            case { ValueKind: JsonValueKind.Number } n: return n.GetRawText();
            case { ValueKind: JsonValueKind.True or JsonValueKind.False } b: return b.GetRawText();
            default:
                Errors.Add(field, t["{0} は文字列にしてください。", field]);
                return null;
        }
    }

    static JsonElement? Find(JsonElement obj, string name)
    {
        foreach (var p in obj.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                return p.Value.ValueKind == JsonValueKind.Null ? null : p.Value;
        return null;
    }
}

/// <summary>The meetings API's problem answers, in the caller's language.</summary>
public static class MeetingsApiResults
{
    public static ProblemHttpResult Invalid(RuleErrors errors, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Title = title, Status = StatusCodes.Status400BadRequest });

    /// <summary>A refused step as RFC 7807: 404, 403, 409 with the reason, or 400 with the messages by field.</summary>
    public static ProblemHttpResult Refused(StepResult result, IStringLocalizer<ConveningText> t) => result.Outcome switch
    {
        StepOutcome.NotFound => NotFound(t),
        StepOutcome.Invalid => TypedResults.Problem(new HttpValidationProblemDetails(result.Errors ?? [])
        {
            Title = result.Message ?? t["入力内容を確認してください。"],
            Status = StatusCodes.Status400BadRequest,
        }),
        StepOutcome.Forbidden => TypedResults.Problem(title: t["この操作はできません"], detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        StepOutcome.Conflict => TypedResults.Problem(title: t["ほかの更新と競合しました"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: t["この操作はいまはできません"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
    };

    public static ProblemHttpResult NotFound(IStringLocalizer<ConveningText> t) =>
        TypedResults.Problem(title: t["見つかりません"], detail: t["この会議（または議題）はないか、見る権限がありません。"], statusCode: StatusCodes.Status404NotFound);
}
