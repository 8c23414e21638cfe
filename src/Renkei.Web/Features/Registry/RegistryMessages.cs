using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Registry;

/// <summary>Marker for the registry rules' messages and field names (RegistryMessages.en.resx holds their English).</summary>
public class RegistryMessages;

/// <summary>
/// Messages found while checking a change, by field. Fields are named as in the API's JSON (camelCase),
/// so the API returns them as they are and a page maps them onto its own inputs.
/// </summary>
public sealed class RuleErrors
{
    readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public bool Any => byField.Count > 0;

    public void Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var list)) byField[field] = list = [];
        list.Add(message);
    }

    public bool Has(string field) => byField.ContainsKey(field);

    public IEnumerable<(string Field, string Message)> All =>
        byField.SelectMany(f => f.Value.Select(m => (f.Key, m)));

    public Dictionary<string, string[]> ToDictionary() => byField.ToDictionary(f => f.Key, f => f.Value.ToArray());
}

/// <summary>The outcome of a registry change, the same for a page and an API endpoint.</summary>
public enum ChangeStatus { Saved, Unchanged, Invalid, Conflict }

public sealed record ChangeResult(ChangeStatus Status, RuleErrors Errors)
{
    public static ChangeResult Saved() => new(ChangeStatus.Saved, new RuleErrors());
    public static ChangeResult Unchanged() => new(ChangeStatus.Unchanged, new RuleErrors());
    public static ChangeResult Conflict() => new(ChangeStatus.Conflict, new RuleErrors());
    public static ChangeResult Invalid(RuleErrors errors) => new(ChangeStatus.Invalid, errors);
}

/// <summary>The shared wording of field messages, in the caller's language.</summary>
public sealed class FieldText(IStringLocalizer<RegistryMessages> t)
{
    public IStringLocalizer<RegistryMessages> T => t;

    /// <summary>The field's label as shown to the user (名称, Name, ...).</summary>
    public string Label(string field) => t[FieldLabels.TryGetValue(field, out var ja) ? ja : field];

    public string Required(string label) => t["{0}を入力してください。", Label(label)];
    public string TooLong(string label, int max) => t["{0}は{1}文字以内で入力してください。", Label(label), max];
    public string NotADate(string label) => t["{0}は 2024-04-01 の形式で入力してください。", Label(label)];

    /// <summary>
    /// Cleaned text (see InputText.Clean) that is required and at most <paramref name="max"/> characters;
    /// a message otherwise. <paramref name="label"/> names the field when its JSON name is ambiguous.
    /// </summary>
    public string? RequiredText(RuleErrors errors, string field, string? value, int max, string? label = null)
    {
        var cleaned = InputText.Clean(value);
        if (cleaned is null) { errors.Add(field, Required(label ?? field)); return null; }
        return OptionalText(errors, field, cleaned, max, label);
    }

    public string? OptionalText(RuleErrors errors, string field, string? value, int max, string? label = null)
    {
        var cleaned = InputText.Clean(value);
        if (cleaned is not null && cleaned.Length > max) errors.Add(field, TooLong(label ?? field, max));
        return cleaned;
    }

    /// <summary>An optional date; a message when something was entered that is not a date.</summary>
    public DateOnly? OptionalDate(RuleErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (InputText.TryParseDate(value, out var date)) return date;
        errors.Add(field, NotADate(field));
        return null;
    }

    /// <summary>The Japanese label of each field; the English is in the resx.</summary>
    static readonly Dictionary<string, string> FieldLabels = new()
    {
        ["name"] = "名称", ["nameKana"] = "名称の読み（カナ）", ["nameEn"] = "英語名称", ["legalForm"] = "法人格",
        ["website"] = "ウェブサイト", ["block"] = "ブロック", ["certifiedOn"] = "認定日", ["effectiveFrom"] = "適用日",
        ["code"] = "地方公共団体コード", ["kind"] = "種別", ["prefecture"] = "都道府県名", ["prefectureEn"] = "都道府県名（英語）",
        ["city"] = "市名", ["cityEn"] = "市名（英語）", ["withdrawnOn"] = "脱退日", ["nameJa"] = "ブロック名",
        ["blockNameEn"] = "ブロック名（英語）", ["chair"] = "幹事協会", ["viceChair"] = "副幹事協会", ["fiscalYear"] = "年度",
    };
}
