using System.Globalization;

namespace Renkei.Web.Features.Directory;

/// <summary>One field of an entry as text: what the diff, the comparison and the flat exports show.</summary>
public record FieldValue(string Key, string LabelJa, string LabelEn, bool MembersOnly, string Value)
{
    public string Label(bool english) => english ? LabelEn : LabelJa;
}

/// <summary>A field whose text differs between two copies of an entry ("" where a field is absent).</summary>
public record FieldChange(string Key, string LabelJa, string LabelEn, bool MembersOnly, string Before, string After)
{
    public string Label(bool english) => english ? LabelEn : LabelJa;
}

/// <summary>
/// The catalogue of an entry's fields, in the directory's order, with their labels and whether they
/// are members-only. Lists flatten to numbered keys ("projects[2].budgetYen") so two years can be
/// compared line by line. This is the one place that says a field is members-only.
/// </summary>
public static class EntryFields
{
    record Scalar(string Key, string Ja, string En, bool MembersOnly, Func<EntryContent, bool, string?> Get);

    static readonly Scalar[] Scalars =
    [
        new("legalForm", "法人格", "Legal form", false, (c, en) => DirectoryCodes.Label(DirectoryCodes.LegalForms, c.LegalForm, en)),
        new("name", "名称", "Name", false, (c, _) => c.Name),
        new("nameKana", "名称（カナ）", "Name (kana)", false, (c, _) => c.NameKana),
        new("nameEn", "英語名称", "English name", false, (c, _) => c.NameEn),
        new("representativeTitle", "代表者役職", "Representative's title", false, (c, _) => c.RepresentativeTitle),
        new("representativeName", "代表者氏名", "Representative's name", false, (c, _) => c.RepresentativeName),
        new("postalCode", "郵便番号", "Postal code", false, (c, _) => c.PostalCode is { } p ? "〒" + p : null),
        new("address", "住所", "Address", false, (c, _) => c.Address),
        new("addressEn", "住所（英語）", "Address (English)", false, (c, _) => c.AddressEn),
        new("phone", "電話番号", "Phone", false, (c, _) => c.Phone),
        new("fax", "FAX番号", "Fax", false, (c, _) => c.Fax),
        new("email", "メールアドレス", "E-mail", false, (c, _) => c.Email),
        new("website", "ウェブサイト", "Website", false, (c, _) => c.Website),
        new("foundedOn", "設立年月", "Founded", false, (c, en) => YearMonth(c.FoundedOn, en)),
        new("certifiedOn", "認定年月", "Certified", false, (c, en) => YearMonth(c.CertifiedOn, en)),
        new("endowmentYen", "基本財産", "Endowment", false, (c, en) => Yen(c.EndowmentYen, en)),
        new("annualBudgetYen", "年間予算", "Annual budget", false, (c, en) => Yen(c.AnnualBudgetYen, en)),
        new("staff.seconded", "職員数：派遣（県・市）", "Staff: seconded (prefecture/city)", false, (c, _) => Count(c.Staff.Seconded)),
        new("staff.regular", "職員数：正規", "Staff: regular", false, (c, _) => Count(c.Staff.Regular)),
        new("staff.partTime", "職員数：パート", "Staff: part-time", false, (c, _) => Count(c.Staff.PartTime)),
        new("staff.contract", "職員数：契約", "Staff: contract", false, (c, _) => Count(c.Staff.Contract)),
        new("staff.temporary", "職員数：臨時", "Staff: temporary", false, (c, _) => Count(c.Staff.Temporary)),
        new("consultationLanguages", "相談対応言語", "Consultation languages", false, (c, en) => Languages(c.ConsultationLanguages, en)),
    ];

    public static IReadOnlyList<FieldValue> Flatten(EntryContent c, bool english)
    {
        var list = new List<FieldValue>(64);
        foreach (var s in Scalars)
            list.Add(new(s.Key, s.Ja, s.En, s.MembersOnly, s.Get(c, english) ?? ""));
        Rows(list, "memberTypes", "会員種別", "Membership", false, c.MemberTypes,
            ("name", "種別", "Type", m => m.Name),
            ("count", "会員数", "Members", m => Count(m.Count)),
            ("annualFeeYen", "年会費", "Annual fee", m => Yen(m.AnnualFeeYen, english)));
        Rows(list, "officers", "役員", "Officer", false, c.Officers,
            ("title", "役職", "Title", o => o.Title),
            ("name", "氏名", "Name", o => o.Name),
            ("affiliation", "所属", "Affiliation", o => o.Affiliation));
        Rows(list, "contacts", "担当者", "Contact", true, c.Contacts,
            ("department", "部署", "Department", p => p.Department),
            ("name", "氏名", "Name", p => p.Name),
            ("phone", "電話番号", "Phone", p => p.Phone),
            ("email", "メールアドレス", "E-mail", p => p.Email));
        Rows(list, "facilities", "施設", "Facility", false, c.Facilities,
            ("kind", "種類", "Kind", f => DirectoryCodes.Label(DirectoryCodes.FacilityKinds, f.Kind, english)),
            ("name", "名称", "Name", f => f.Name),
            ("owner", "所有者", "Owner", f => f.Owner),
            ("floorAreaSqm", "床面積（㎡）", "Floor area (m²)", f => f.FloorAreaSqm?.ToString("0.##", CultureInfo.InvariantCulture)),
            ("openedOn", "開設年月", "Opened", f => YearMonth(f.OpenedOn, english)));
        Rows(list, "networks", "ネットワーク", "Network", false, c.Networks,
            ("name", "名称", "Name", n => n.Name),
            ("description", "内容", "Description", n => n.Description));
        Rows(list, "periodicals", "定期刊行物", "Periodical", false, c.Periodicals,
            ("title", "名称", "Title", p => p.Title),
            ("languages", "言語", "Languages", p => Languages(p.Languages, english)),
            ("frequency", "発行頻度", "Frequency", p => DirectoryCodes.Label(DirectoryCodes.Frequencies, p.Frequency, english)));
        Rows(list, "publications", "刊行物", "Publication", false, c.Publications,
            ("title", "名称", "Title", p => p.Title),
            ("year", "発行年", "Year", p => p.Year?.ToString(CultureInfo.InvariantCulture)),
            ("languages", "言語", "Languages", p => Languages(p.Languages, english)));
        Rows(list, "projects", "主な事業", "Project", false, c.Projects,
            ("name", "事業名", "Name", p => p.Name),
            ("category", "分野", "Category", p => DirectoryCodes.Label(DirectoryCodes.ProjectCategories, p.Category, english)),
            ("description", "内容", "Description", p => p.Description),
            ("budgetYen", "予算", "Budget", p => Yen(p.BudgetYen, english)));
        return list;
    }

    /// <summary>The fields the public may read.</summary>
    public static IReadOnlyList<FieldValue> Public(EntryContent c, bool english) =>
        Flatten(c, english).Where(f => !f.MembersOnly).ToList();

    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>, in catalogue order.</summary>
    public static IReadOnlyList<FieldChange> Diff(EntryContent? before, EntryContent after, bool english)
    {
        var old = before is null ? [] : Flatten(before, english).ToDictionary(f => f.Key);
        var now = Flatten(after, english);
        var changes = new List<FieldChange>();
        foreach (var f in now)
        {
            var was = old.GetValueOrDefault(f.Key)?.Value ?? "";
            if (was != f.Value) changes.Add(new(f.Key, f.LabelJa, f.LabelEn, f.MembersOnly, was, f.Value));
            old.Remove(f.Key);
        }
        // Rows that existed before and are gone now (a list got shorter).
        foreach (var f in old.Values.Where(f => f.Value != ""))
            changes.Add(new(f.Key, f.LabelJa, f.LabelEn, f.MembersOnly, f.Value, ""));
        return changes;
    }

    static void Rows<T>(List<FieldValue> list, string key, string ja, string en, bool membersOnly, List<T> rows,
        params (string Key, string Ja, string En, Func<T, string?> Get)[] columns)
    {
        for (var i = 0; i < rows.Count; i++)
            foreach (var col in columns)
                list.Add(new($"{key}[{i + 1}].{col.Key}", $"{ja}{i + 1}：{col.Ja}", $"{en} {i + 1}: {col.En}", membersOnly, col.Get(rows[i]) ?? ""));
    }

    public static string? Count(int? n) => n?.ToString("N0", CultureInfo.InvariantCulture);

    public static string? Yen(long? yen, bool english) => yen is { } y
        ? english ? $"¥{y.ToString("N0", CultureInfo.InvariantCulture)}" : $"{y.ToString("N0", CultureInfo.InvariantCulture)}円"
        : null;

    /// <summary>"2001-04" shown as 2001年4月 or Apr 2001.</summary>
    public static string? YearMonth(string? value, bool english)
    {
        if (!DirectoryYearMonth.TryParse(value, out var ym)) return value;
        return english ? ym.ToString("MMM yyyy", CultureInfo.InvariantCulture) : $"{ym.Year}年{ym.Month}月";
    }

    static string Languages(List<string> codes, bool english) =>
        string.Join(english ? ", " : "、", codes.Select(c => DirectoryCodes.Label(DirectoryCodes.Languages, c, english)));
}
