using System.Text.Json;

namespace Renkei.Web.Features.Audit;

/// <summary>One property of an audit entry: its value before and after (JSON; null when absent).</summary>
public sealed record AuditChange(string Property, JsonElement? Before, JsonElement? After)
{
    /// <summary>
    /// The properties an entry touches, in the order recorded: all values for Added and Deleted,
    /// only the changed ones for Modified (the recorder stores nothing else).
    /// </summary>
    public static List<AuditChange> Of(AuditEntry entry)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        var names = before.Keys.Concat(after.Keys).Distinct();
        return names.Select(n => new AuditChange(n, before.TryGetValue(n, out var b) ? b : null, after.TryGetValue(n, out var a) ? a : null)).ToList();
    }

    static Dictionary<string, JsonElement> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];

    /// <summary>A value as a person reads it: text without quotes, null as an empty value.</summary>
    public static string Display(JsonElement? value) => value switch
    {
        null => "",
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => "",
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { } v => v.GetRawText(),
    };
}
