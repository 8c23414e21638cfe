using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>
/// The API's body, {contacts: {...}, capacity: {..., languages: [...]}}, read by hand into the form's input so that
/// the same rules check both and a value of the wrong type gets a message naming its field. Writes must be
/// application/json: a cross-site HTML form cannot send that type.
/// </summary>
public static class PreparednessJson
{
    const long MaxBytes = 64 * 1024;

    public static async Task<(PreparednessInput? Input, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<ReadinessText> t, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem(title: t["JSON で送ってください"], detail: t["Content-Type は application/json にしてください。"],
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        if (request.ContentLength > MaxBytes)
            return (null, TypedResults.Problem(title: t["本文が大きすぎます"], statusCode: StatusCodes.Status413PayloadTooLarge));
        var errors = new RuleErrors();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var input = Read(document.RootElement, errors, t);
                return errors.Any ? (null, Invalid(errors, t)) : (input, null);
            }
        }
        catch (JsonException)
        {
        }
        errors.Add("body", t["本文は JSON のオブジェクト（{ ... }）にしてください。"]);
        return (null, Invalid(errors, t));
    }

    public static ProblemHttpResult Invalid(RuleErrors errors, IStringLocalizer<ReadinessText> t) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Title = t["入力内容を確認してください。"], Status = StatusCodes.Status400BadRequest });

    /// <summary>The rules' field ("Languages[2].Interpreters") as the body names it ("capacity.languages[2].interpreters").</summary>
    public static string FieldOf(string ruleField)
    {
        var camel = string.Join('.', ruleField.Split('.').Select(p => char.ToLowerInvariant(p[0]) + p[1..]));
        return ruleField switch
        {
            "Phone24h" or "Email" or "BackupName" or "BackupPhone" or "BackupEmail" => "contacts." + camel,
            _ => "capacity." + camel,
        };
    }

    static PreparednessInput Read(JsonElement root, RuleErrors errors, IStringLocalizer<ReadinessText> t)
    {
        var input = new PreparednessInput();
        if (Object(root, "contacts", "contacts", errors, t) is { } contacts)
        {
            input.Phone24h = Text(contacts, "phone24h", "contacts.phone24h", errors, t);
            input.Email = Text(contacts, "email", "contacts.email", errors, t);
            input.BackupName = Text(contacts, "backupName", "contacts.backupName", errors, t);
            input.BackupPhone = Text(contacts, "backupPhone", "contacts.backupPhone", errors, t);
            input.BackupEmail = Text(contacts, "backupEmail", "contacts.backupEmail", errors, t);
        }
        if (Object(root, "capacity", "capacity", errors, t) is { } capacity)
        {
            input.DispatchableStaff = Text(capacity, "dispatchableStaff", "capacity.dispatchableStaff", errors, t);
            input.RemoteSupportNote = Text(capacity, "remoteSupportNote", "capacity.remoteSupportNote", errors, t);
            switch (Find(capacity, "remoteSupport"))
            {
                case null: break;
                case { ValueKind: JsonValueKind.True or JsonValueKind.False } flag: input.RemoteSupport = flag.GetBoolean(); break;
                default: errors.Add("capacity.remoteSupport", t["{0} は true か false で指定してください。", "remoteSupport"]); break;
            }
            switch (Find(capacity, "languages"))
            {
                case null: break;
                case { ValueKind: JsonValueKind.Array } array:
                    var i = 0;
                    foreach (var row in array.EnumerateArray())
                    {
                        var key = $"capacity.languages[{i++}]";
                        if (row.ValueKind != JsonValueKind.Object) { errors.Add(key, t["{0} は {{language, interpreters, translators}} のオブジェクトにしてください。", key]); continue; }
                        input.Languages.Add(new LanguageInput
                        {
                            Language = Text(row, "language", key + ".language", errors, t),
                            Interpreters = Text(row, "interpreters", key + ".interpreters", errors, t),
                            Translators = Text(row, "translators", key + ".translators", errors, t),
                        });
                    }
                    break;
                default: errors.Add("capacity.languages", t["{0} は配列にしてください。", "languages"]); break;
            }
        }
        return input;
    }

    static JsonElement? Object(JsonElement parent, string name, string key, RuleErrors errors, IStringLocalizer<ReadinessText> t)
    {
        var value = Find(parent, name);
        if (value is null or { ValueKind: JsonValueKind.Object }) return value;
        errors.Add(key, t["{0} はオブジェクト（{{ ... }}）にしてください。", name]);
        return null;
    }

    /// <summary>A string, or a number taken as its digits (counts are checked by the rules); null when absent.</summary>
    static string? Text(JsonElement parent, string name, string key, RuleErrors errors, IStringLocalizer<ReadinessText> t)
    {
        switch (Find(parent, name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.String } s: return s.GetString();
            case { ValueKind: JsonValueKind.Number } n: return n.GetRawText();
            default:
                errors.Add(key, t["{0} は文字列か数値で指定してください。", name]);
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
