using System.Text.Json;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// A JSON object sent to the support API, read by hand so that a value of the wrong type gets a message naming its
/// field. Writes must be application/json: a cross-site HTML form cannot send that type, which keeps cookie-signed-in
/// browsers safe (as for the meetings API).
/// </summary>
public sealed class SupportJson
{
    const long MaxBytes = 64 * 1024;
    readonly JsonElement root;
    readonly IStringLocalizer<SupportText> t;
    public RuleErrors Errors { get; } = new();

    SupportJson(JsonElement root, IStringLocalizer<SupportText> t)
    {
        this.root = root;
        this.t = t;
    }

    /// <summary>The object sent, or the problem to answer with (415, 413, 400).</summary>
    public static async Task<(SupportJson? Body, IResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<SupportText> t, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem(title: t["JSON で送ってください"], detail: t["Content-Type は application/json にしてください。"],
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        if (request.ContentLength > MaxBytes) return (null, TypedResults.Problem(title: t["本文が大きすぎます"], statusCode: StatusCodes.Status413PayloadTooLarge));
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return (new SupportJson(document.RootElement.Clone(), t), null);
        }
        catch (JsonException)
        {
            // answered below, like any body that is not an object
        }
        var errors = new RuleErrors();
        errors.Add("body", t["本文は JSON のオブジェクト（{ ... }）にしてください。"]);
        return (null, SupportProblems.Invalid(errors.ToDictionary(), t));
    }

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

    /// <summary>A list of texts (one text is taken as a list of one); empty when absent.</summary>
    public List<string> List(string name)
    {
        switch (Find(name))
        {
            case null: return [];
            case { ValueKind: JsonValueKind.String } one: return [one.GetString()!];
            case { ValueKind: JsonValueKind.Array } array when array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                return array.EnumerateArray().Select(e => e.GetString()!).ToList();
            default:
                Errors.Add(name, t["{0} は文字列の配列にしてください。", name]);
                return [];
        }
    }

    JsonElement? Find(string name)
    {
        foreach (var p in root.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                return p.Value.ValueKind == JsonValueKind.Null ? null : p.Value;
        return null;
    }
}

/// <summary>The support API's problem answers (RFC 7807), in the caller's language.</summary>
public static class SupportProblems
{
    public static IResult Invalid(IDictionary<string, string[]> errors, IStringLocalizer<SupportText> t, string? title = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title ?? t["入力内容を確認してください。"], Status = StatusCodes.Status400BadRequest });

    /// <summary>A refused step: 404, 403 and 409 with the reason, or 400 with the messages by field.</summary>
    public static IResult Refused(StepResult result, IStringLocalizer<SupportText> t) => result.Outcome switch
    {
        StepOutcome.NotFound => NotFound(t),
        StepOutcome.Invalid => Invalid(result.Errors ?? [], t, result.Message),
        StepOutcome.Forbidden => TypedResults.Problem(title: t["この操作はできません"], detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        StepOutcome.Conflict => TypedResults.Problem(title: t["ほかの更新と競合しました"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: t["この操作はいまはできません"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
    };

    public static IResult NotFound(IStringLocalizer<SupportText> t) =>
        TypedResults.Problem(title: t["見つかりません"], detail: t["この災害、要請または申し出はないか、見る権限がありません。"], statusCode: StatusCodes.Status404NotFound);
}
