using System.Text.Json;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>
/// The JSON bodies of the attendance API, read by hand so that each wrong value gets a message naming its field.
/// Only application/json is taken: a cross-site HTML form cannot send it, which keeps cookie-signed-in browsers safe.
/// </summary>
static class AttendanceApiBody
{
    const long MaxBytes = 64 * 1024;

    /// <summary>The JSON object sent, or the problem to answer with (415, 413, 400).</summary>
    public static async Task<(JsonElement? Root, IResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<AttendanceText> text, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem(title: text["JSON で送ってください"], detail: text["Content-Type は application/json にしてください。"],
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        if (request.ContentLength > MaxBytes) return (null, TypedResults.Problem(title: text["本文が大きすぎます"], statusCode: StatusCodes.Status413PayloadTooLarge));
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            // answered below, like any body that is not an object
        }
        var errors = new RuleErrors();
        errors.Add("body", text["本文は JSON のオブジェクト（{ ... }）にしてください。"]);
        return (null, Invalid(errors, text));
    }

    /// <summary>{ mode, proxyHolder, representativeUserId, note, attendees: [{ id?, name, title, mode? }] } as an answer.</summary>
    public static AnswerRequest? Answer(JsonElement root, RuleErrors errors, IStringLocalizer<AttendanceText> text)
    {
        var modeText = String(root, "mode", errors, text);
        var mode = AttendanceResources.ParseMode(modeText);
        if (mode is null) errors.Add("mode", text["mode は on-site、online、absent、proxy のいずれかにしてください。"]);
        var people = new List<PersonAnswer>();
        if (Property(root, "attendees") is { } list)
        {
            if (list.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var p in list.EnumerateArray())
                {
                    var key = $"attendees[{i++}]";
                    if (p.ValueKind != JsonValueKind.Object)
                    {
                        errors.Add(key, text["出席者は name、title、mode を持つオブジェクトで送ってください。"]);
                        continue;
                    }
                    int? id = Property(p, "id") is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var v) ? v : null;
                    var personMode = String(p, "mode", errors, text, key + ".mode");
                    var parsed = AttendanceResources.ParsePersonMode(personMode);
                    if (personMode is not null && parsed is null) errors.Add(key + ".mode", text["mode は on-site または online にしてください。"]);
                    people.Add(new PersonAnswer(id, String(p, "name", errors, text, key + ".name"), String(p, "title", errors, text, key + ".title"), parsed));
                }
            }
            else if (list.ValueKind != JsonValueKind.Null) errors.Add("attendees", text["attendees は配列で送ってください。"]);
        }
        var answer = new AnswerRequest(mode ?? AttendanceMode.Unanswered, String(root, "proxyHolder", errors, text),
            String(root, "representativeUserId", errors, text), people, String(root, "note", errors, text));
        return errors.Any ? null : answer;
    }

    public static IResult Invalid(RuleErrors errors, IStringLocalizer<AttendanceText> text) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Title = text["入力内容を確認してください。"],
            Status = StatusCodes.Status400BadRequest,
        });

    public static JsonElement? Property(JsonElement obj, string name)
    {
        foreach (var p in obj.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    static string? String(JsonElement obj, string name, RuleErrors errors, IStringLocalizer<AttendanceText> text, string? key = null)
    {
        var value = Property(obj, name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Null) return null;
        if (value.Value.ValueKind == JsonValueKind.String) return value.Value.GetString();
        errors.Add(key ?? name, text["{0} は文字列で送ってください。", name]);
        return null;
    }
}
