using System.Globalization;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Directory.Editing;

/// <summary>
/// The form read into an entry: numbers parsed as people type them (full-width digits, commas, 円),
/// removed rows dropped. Messages are keyed by the form's keys; <see cref="FormKey"/> translates a key of
/// the saved content (whose rows are renumbered once removed and empty rows are gone) back to the form.
/// </summary>
public sealed class EntryFormReading(EntryContent content, Dictionary<string, List<int>> rowsByGroup)
{
    public EntryContent Content { get; } = content;
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public void Add(string formKey, string message)
    {
        if (!Errors.TryGetValue(formKey, out var list)) Errors[formKey] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    /// <summary>"projects[2].budgetYen" of the content → the key of the form row it came from.</summary>
    public string FormKey(string contentKey)
    {
        if (EntryFormKeys.ParseRow(contentKey) is not { } row || !rowsByGroup.TryGetValue(row.Group, out var rows) || row.Row > rows.Count)
            return contentKey;
        var formRow = rows[row.Row - 1] + 1;
        return row.Column is null ? $"{row.Group}[{formRow}]" : $"{row.Group}[{formRow}].{row.Column}";
    }

    /// <summary>Adds the rules' messages (EntryValidation, DirectoryCycle) beside the form fields they are about.</summary>
    public void AddRuleErrors(IReadOnlyDictionary<string, string[]>? errors)
    {
        foreach (var (key, messages) in errors ?? new Dictionary<string, string[]>())
            foreach (var message in messages) Add(FormKey(key), message);
    }
}

/// <summary>Reads the posted form into <see cref="EntryContent"/>.</summary>
public static class EntryFormReader
{
    public static EntryFormReading Read(EntryInput input, IStringLocalizer<EditingText> text)
    {
        var errors = new List<(string Key, string Message)>();
        var content = new EntryContent
        {
            LegalForm = input.LegalForm,
            Name = input.Name,
            NameKana = input.NameKana,
            NameEn = input.NameEn,
            RepresentativeTitle = input.RepresentativeTitle,
            RepresentativeName = input.RepresentativeName,
            PostalCode = input.PostalCode,
            Address = input.Address,
            AddressEn = input.AddressEn,
            Phone = input.Phone,
            Fax = input.Fax,
            Email = input.Email,
            Website = input.Website,
            FoundedOn = input.FoundedOn,
            CertifiedOn = input.CertifiedOn,
            EndowmentYen = Yen("endowmentYen", input.EndowmentYen),
            AnnualBudgetYen = Yen("annualBudgetYen", input.AnnualBudgetYen),
            Staff = new StaffCounts
            {
                Seconded = Count("staff.seconded", input.Staff.Seconded),
                Regular = Count("staff.regular", input.Staff.Regular),
                PartTime = Count("staff.partTime", input.Staff.PartTime),
                Contract = Count("staff.contract", input.Staff.Contract),
                Temporary = Count("staff.temporary", input.Staff.Temporary),
            },
            ConsultationLanguages = [.. input.ConsultationLanguages],
        };
        var rows = new Dictionary<string, List<int>>();
        content.MemberTypes = Rows("memberTypes", input.MemberTypes, "name",
            (k, r) => new MemberType { Name = r.Name, Count = Count(k + ".count", r.Count), AnnualFeeYen = Yen(k + ".annualFeeYen", r.AnnualFeeYen) },
            r => new() { MemberTypes = [r] }, c => c.MemberTypes.Count);
        content.Officers = Rows("officers", input.Officers, "title", (_, r) => new Officer { Title = r.Title, Name = r.Name, Affiliation = r.Affiliation },
            r => new() { Officers = [r] }, c => c.Officers.Count);
        content.Contacts = Rows("contacts", input.Contacts, "name", (_, r) => new ContactPerson { Department = r.Department, Name = r.Name, Phone = r.Phone, Email = r.Email },
            r => new() { Contacts = [r] }, c => c.Contacts.Count);
        content.Facilities = Rows("facilities", input.Facilities, "name",
            (k, r) => new Facility { Kind = r.Kind, Name = r.Name, Owner = r.Owner, FloorAreaSqm = Area(k + ".floorAreaSqm", r.FloorAreaSqm), OpenedOn = r.OpenedOn },
            r => new() { Facilities = [r] }, c => c.Facilities.Count);
        content.Networks = Rows("networks", input.Networks, "name", (_, r) => new Network { Name = r.Name, Description = r.Description },
            r => new() { Networks = [r] }, c => c.Networks.Count);
        content.Periodicals = Rows("periodicals", input.Periodicals, "title", (_, r) => new Periodical { Title = r.Title, Languages = [.. r.Languages], Frequency = r.Frequency },
            r => new() { Periodicals = [r] }, c => c.Periodicals.Count);
        content.Publications = Rows("publications", input.Publications, "title",
            (k, r) => new Publication { Title = r.Title, Year = Year(k + ".year", r.Year), Languages = [.. r.Languages] },
            r => new() { Publications = [r] }, c => c.Publications.Count);
        content.Projects = Rows("projects", input.Projects, "name",
            (k, r) => new Project { Name = r.Name, Category = r.Category, Description = r.Description, BudgetYen = Yen(k + ".budgetYen", r.BudgetYen) },
            r => new() { Projects = [r] }, c => c.Projects.Count);

        var reading = new EntryFormReading(content, rows);
        foreach (var (key, message) in errors) reading.Add(key, message);
        return reading;

        // Keeps the rows that are not removed and that saving would keep (EntryValidation.Normalize drops
        // empty ones). A row with something typed that saving would still drop (a periodical with languages
        // but no title) gets a message instead of vanishing.
        List<TOut> Rows<TIn, TOut>(string group, List<TIn> inputs, string firstColumn, Func<string, TIn, TOut> convert,
            Func<TOut, EntryContent> alone, Func<EntryContent, int> count) where TIn : RowInput
        {
            var kept = new List<TOut>();
            var origins = rows[group] = [];
            for (var i = 0; i < inputs.Count; i++)
            {
                var row = inputs[i];
                if (row.Remove || row.IsBlank) continue;
                var key = $"{group}[{i + 1}]";
                var converted = convert(key, row);
                if (count(EntryValidation.Normalize(alone(converted))) == 0)
                {
                    errors.Add(($"{key}.{firstColumn}", text["入力してください。この行が不要なら「この行を削除する」を選んでください。"]));
                    continue;
                }
                kept.Add(converted);
                origins.Add(i);
            }
            return kept;
        }

        long? Yen(string key, string? value) =>
            Parse<long>(key, value, s => long.TryParse(Strip(s, "円", "¥", "\\"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null,
                "金額は数字で入力してください（例：1,000,000）。");

        int? Count(string key, string? value) =>
            Parse<int>(key, value, s => int.TryParse(Strip(s, "人", "名"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null,
                "人数は数字で入力してください（例：12）。");

        int? Year(string key, string? value) =>
            Parse<int>(key, value, s => int.TryParse(Strip(s, "年"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
                "西暦の年を数字で入力してください（例：2022）。");

        decimal? Area(string key, string? value) =>
            Parse<decimal>(key, value, s => decimal.TryParse(Strip(s, "m2"), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null,
                "面積は数字で入力してください（例：120.5）。");

        T? Parse<T>(string key, string? value, Func<string, T?> parse, string message) where T : struct
        {
            // NFKC turns full-width digits, commas and ㎡ into ASCII; spaces go too ("1 000").
            var compact = InputText.Compact(value)?.Replace(",", "", StringComparison.Ordinal).Replace('−', '-');
            if (compact is null) return null;
            var parsed = parse(compact);
            if (parsed is null) errors.Add((key, text[message]));
            return parsed;
        }
    }

    static string Strip(string value, params string[] affixes)
    {
        foreach (var affix in affixes)
        {
            if (value.EndsWith(affix, StringComparison.Ordinal)) value = value[..^affix.Length];
            if (value.StartsWith(affix, StringComparison.Ordinal)) value = value[affix.Length..];
        }
        return value;
    }
}
