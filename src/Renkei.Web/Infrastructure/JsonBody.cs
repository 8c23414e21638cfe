using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Infrastructure;

/// <summary>
/// A JSON object sent to the API, read by hand so that a value of the wrong type gets a message naming its field, in
/// the caller's language, beside the rules' own messages. Writes must be application/json: a cross-site HTML form
/// cannot send that type, which keeps cookie-signed-in browsers safe. Names match in any case; null counts as absent.
/// </summary>
public sealed class JsonBody
{
    public const long MaxBytes = 64 * 1024;

    readonly JsonElement obj;
    /// <summary>Where this object stands in the body ("capacity.", "candidates[0]."), so that its errors name the full path.</summary>
    readonly string path;
    readonly IStringLocalizer<JsonBody> t;

    /// <summary>Values of the wrong type by field; a nested object adds to the body's.</summary>
    public RuleErrors Errors { get; }

    JsonBody(JsonElement obj, string path, RuleErrors errors, IStringLocalizer<JsonBody> t)
    {
        this.obj = obj;
        this.path = path;
        Errors = errors;
        this.t = t;
    }

    /// <summary>The object sent, or the problem to answer with: 415, 413 (over 64 KB), 400.</summary>
    public static Task<(JsonBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken ct) =>
        ReadAsync(request, MaxBytes, null, ct);

    public static Task<(JsonBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct) =>
        ReadAsync(request, maxBytes, null, ct);

    /// <param name="title">The 400's title where the feature titles its validation problems otherwise (入力内容に誤りがあります。), in the caller's language.</param>
    public static async Task<(JsonBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, long maxBytes, string? title, CancellationToken ct)
    {
        // Taken from the request's services, as ReadFromJsonAsync takes its JsonOptions: the endpoints need not inject a
        // second localizer for the reader's few messages.
        var t = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<JsonBody>>();
        if (!request.HasJsonContentType()) return (null, NotJson(t));
        if (request.ContentLength > maxBytes)
            return (null, TypedResults.Problem(title: t["本文が大きすぎます"], statusCode: StatusCodes.Status413PayloadTooLarge));
        // A chunked body has no length to check up front: the server stops reading it at the limit instead, a 413
        // answered by UnreadableRequests (it would otherwise be read up to Kestrel's 30 MB before being refused).
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return (new JsonBody(document.RootElement.Clone(), "", new RuleErrors(), t), null);
        }
        catch (JsonException)
        {
            // answered below, like any body that is not an object
        }
        var errors = new Dictionary<string, string[]> { ["body"] = [t["本文は JSON のオブジェクト（{ ... }）にしてください。"]] };
        return (null, TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Title = title ?? t["入力内容を確認してください。"],
            Status = StatusCodes.Status400BadRequest,
        }));
    }

    /// <summary>415 for a step that needs no body when one of another type is sent (what a cross-site HTML form would send); null otherwise.</summary>
    public static ProblemHttpResult? NotJson(HttpRequest request) =>
        request.ContentType is not null && !request.HasJsonContentType()
            ? NotJson(request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<JsonBody>>())
            : null;

    static ProblemHttpResult NotJson(IStringLocalizer<JsonBody> t) =>
        TypedResults.Problem(title: t["JSON で送ってください"], detail: t["Content-Type は application/json にしてください。"],
            statusCode: StatusCodes.Status415UnsupportedMediaType);

    public bool Has(string name) => Find(name) is not null;

    /// <summary>Text; a number is taken as its digits (counts and codes are then checked by the rules, as typed in a form).</summary>
    public string? Text(string name) => Find(name) is { ValueKind: JsonValueKind.Number } n ? n.GetRawText() : String(name);

    /// <summary>Text only: a number is refused too, where a value is never typed as one (a name, a date, a comment).</summary>
    public string? String(string name)
    {
        switch (Find(name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.String } s: return s.GetString();
            default:
                Wrong(name, t["{0} は文字列にしてください。", name]);
                return null;
        }
    }

    /// <summary>A whole number; digits in a string are taken too, as typed in a form (１２ and " 12 " included).</summary>
    public int? Int(string name)
    {
        switch (Find(name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i): return i;
            case { ValueKind: JsonValueKind.String } s when int.TryParse(InputText.Compact(s.GetString()), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i):
                return i;
            default:
                Wrong(name, t["{0} は整数にしてください。", name]);
                return null;
        }
    }

    /// <summary>true or false.</summary>
    public bool? Bool(string name)
    {
        switch (Find(name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.True }: return true;
            case { ValueKind: JsonValueKind.False }: return false;
            default:
                Wrong(name, t["{0} は true か false にしてください。", name]);
                return null;
        }
    }

    /// <summary>
    /// A list of texts, numbers taken as their digits, one text as a list of one. Empty (not null) when of the wrong type,
    /// so that a change does not fall back to what is stored.
    /// </summary>
    public List<string>? List(string name)
    {
        switch (Find(name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.String } one: return [one.GetString()!];
            case { ValueKind: JsonValueKind.Array } array when array.EnumerateArray().All(e => e.ValueKind is JsonValueKind.String or JsonValueKind.Number):
                return array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList();
            default:
                Wrong(name, t["{0} は文字列の配列にしてください。", name]);
                return [];
        }
    }

    /// <summary>An object inside this one (contacts, chair); its wrong values are named by their path: chair.name.</summary>
    public JsonBody? Object(string name)
    {
        switch (Find(name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.Object } inner: return new JsonBody(inner, $"{path}{name}.", Errors, t);
            default:
                Wrong(name, t["{0} はオブジェクト（{{ ... }}）にしてください。", name]);
                return null;
        }
    }

    /// <summary>A list of objects (candidates, languages), each named by its place: candidates[0].personName. Empty when of the wrong type.</summary>
    public List<JsonBody>? Objects(string name)
    {
        if (Find(name) is not { } value) return null;
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
        {
            Wrong(name, t["{0} はオブジェクトの配列にしてください。", name]);
            return [];
        }
        return value.EnumerateArray().Select((e, i) => new JsonBody(e, $"{path}{name}[{i}].", Errors, t)).ToList();
    }

    /// <summary>
    /// This object bound whole by System.Text.Json, for a body of many fields that rules check one by one (a directory
    /// entry). A value it cannot take throws its <see cref="JsonException"/>, whose Path names the value.
    /// </summary>
    public T? Bind<T>(JsonSerializerOptions options) => obj.Deserialize<T>(options);

    /// <summary>The error goes under the field's full path; its message names the field as its object has it.</summary>
    void Wrong(string name, string message) => Errors.Add(path + name, message);

    JsonElement? Find(string name)
    {
        foreach (var p in obj.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                return p.Value.ValueKind == JsonValueKind.Null ? null : p.Value;
        return null;
    }
}
