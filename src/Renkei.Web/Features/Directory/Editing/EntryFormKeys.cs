using System.Globalization;
using System.Text.RegularExpressions;

namespace Renkei.Web.Features.Directory.Editing;

/// <summary>
/// The entry form's fields, named by the keys of <see cref="EntryFields"/> ("memberTypes[2].count") but
/// numbered by the form's rows, which may include removed and blank ones the saved list does not. From
/// a key come the input's name (Input.MemberTypes[1].Count), its id, its labels and whether it is
/// members-only, all read from the one catalogue so the form says what the directory says.
/// </summary>
public static partial class EntryFormKeys
{
    [GeneratedRegex(@"^(?<group>[a-zA-Z]+)\[(?<row>\d+)\](?:\.(?<column>[a-zA-Z]+))?$")]
    private static partial Regex RowKey();

    /// <summary>The repeating groups, in the form's order.</summary>
    public static readonly IReadOnlyList<string> Groups =
        ["memberTypes", "officers", "contacts", "facilities", "networks", "periodicals", "publications", "projects"];

    /// <summary>The form's order (the directory's, with the staff counts after the officers), for the error summary.</summary>
    static readonly string[] FormOrder =
    [
        "legalForm", "name", "nameKana", "nameEn", "representativeTitle", "representativeName",
        "postalCode", "address", "addressEn", "phone", "fax", "email", "website", "foundedOn", "certifiedOn",
        "endowmentYen", "annualBudgetYen", "memberTypes", "officers",
        "staff.seconded", "staff.regular", "staff.partTime", "staff.contract", "staff.temporary",
        "contacts", "facilities", "networks", "periodicals", "publications", "projects", "consultationLanguages", "changeNote",
    ];

    // One row in every list, so the catalogue names every column once: "memberTypes[1].count".
    static readonly IReadOnlyList<FieldValue> Template = EntryFields.Flatten(new EntryContent
    {
        MemberTypes = [new()],
        Officers = [new()],
        Contacts = [new()],
        Facilities = [new()],
        Networks = [new()],
        Periodicals = [new()],
        Publications = [new()],
        Projects = [new()],
    }, english: false);

    static readonly Dictionary<string, FieldValue> ByKey = Template.ToDictionary(f => Generic(f.Key));
    static readonly Dictionary<string, int> CatalogueOrder = Template.Select((f, i) => (Generic(f.Key), i)).ToDictionary(x => x.Item1, x => x.i);

    /// <summary>"memberTypes[3].count" → ("memberTypes", 3, "count"); null for a key that is not a row's.</summary>
    public static (string Group, int Row, string? Column)? ParseRow(string key)
    {
        var m = RowKey().Match(key);
        if (!m.Success) return null;
        return (m.Groups["group"].Value, int.Parse(m.Groups["row"].Value, CultureInfo.InvariantCulture),
            m.Groups["column"].Success ? m.Groups["column"].Value : null);
    }

    /// <summary>The input's name: "staff.partTime" → Input.Staff.PartTime, "projects[2].budgetYen" → Input.Projects[1].BudgetYen.</summary>
    public static string InputName(string key) =>
        "Input." + string.Join('.', key.Split('.').Select(segment =>
        {
            var bracket = segment.IndexOf('[');
            var name = char.ToUpperInvariant(segment[0]) + (bracket < 0 ? segment[1..] : segment[1..bracket]);
            if (bracket < 0) return name;
            var row = int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            return $"{name}[{row - 1}]";
        }));

    /// <summary>The element id: "projects[2].budgetYen" → f-projects-2-budgetYen.</summary>
    public static string Id(string key) => "f-" + key.Replace("[", "-").Replace("]", "").Replace('.', '-');

    public static bool MembersOnly(string key) =>
        ByKey.TryGetValue(Generic(key), out var f) ? f.MembersOnly : GroupMembersOnly(ParseRow(key)?.Group ?? key);

    /// <summary>Whether a repeating group is members-only (担当者: personal phone numbers and e-mail addresses).</summary>
    public static bool GroupMembersOnly(string group) =>
        Template.Any(f => f.MembersOnly && f.Key.StartsWith(group + "[", StringComparison.Ordinal));

    /// <summary>The full label, as in the directory: 会員種別2：会員数 / Membership 2: Members.</summary>
    public static string Label(string key, bool english)
    {
        if (key == "changeNote") return english ? "Correction note" : "訂正内容";
        if (ParseRow(key) is { Column: { } column } row && ByKey.TryGetValue($"{row.Group}[].{column}", out _))
            return english ? $"{GroupLabel(row.Group, true)} {row.Row}: {ColumnLabel(key, true)}" : $"{GroupLabel(row.Group, false)}{row.Row}：{ColumnLabel(key, false)}";
        if (ParseRow(key) is { } group) return RowLabel(group.Group, group.Row, english);
        if (ByKey.TryGetValue(key, out var f)) return f.Label(english);
        return Groups.Contains(key) ? GroupLabel(key, english) : key;
    }

    /// <summary>A row's column on its own (会員数), for the input inside the row's fieldset.</summary>
    public static string ColumnLabel(string key, bool english)
    {
        if (ParseRow(key) is not { Column: not null } || !ByKey.TryGetValue(Generic(key), out var f)) return Label(key, english);
        return english ? f.LabelEn[(f.LabelEn.IndexOf(": ", StringComparison.Ordinal) + 2)..] : f.LabelJa[(f.LabelJa.IndexOf('：') + 1)..];
    }

    /// <summary>A group's name: 会員種別 / Membership.</summary>
    public static string GroupLabel(string group, bool english)
    {
        var f = Template.First(t => t.Key.StartsWith(group + "[", StringComparison.Ordinal));
        return english ? f.LabelEn[..f.LabelEn.IndexOf(" 1: ", StringComparison.Ordinal)] : f.LabelJa[..f.LabelJa.IndexOf("1：", StringComparison.Ordinal)];
    }

    public static string RowLabel(string group, int row, bool english) =>
        english ? $"{GroupLabel(group, true)} {row}" : $"{GroupLabel(group, false)} {row}";

    /// <summary>Sorts keys in the form's order: section, then row, then column.</summary>
    public static (int Section, int Row, int Column) Order(string key)
    {
        var row = ParseRow(key);
        var section = Array.IndexOf(FormOrder, row?.Group ?? key);
        return (section < 0 ? int.MaxValue : section, row?.Row ?? 0, CatalogueOrder.GetValueOrDefault(Generic(key), -1));
    }

    /// <summary>"memberTypes[3].count" → "memberTypes[].count".</summary>
    static string Generic(string key) => ParseRow(key) is { } row ? $"{row.Group}[].{row.Column}" : key;
}
