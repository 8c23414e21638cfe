namespace Renkei.Web.Features.Directory.Files;

/// <summary>What a column holds, which decides how a cell is written (text or number, its format) and read back.</summary>
public enum CellKind
{
    Text,
    /// <summary>A count (members, staff): a whole number shown 1,234.</summary>
    Count,
    /// <summary>Whole yen shown 1,234,567.</summary>
    Yen,
    /// <summary>A calendar year shown 2022.</summary>
    Year,
    /// <summary>Square metres, decimals allowed.</summary>
    Area,
    /// <summary>"2001-04" kept as text, so that spreadsheet programs do not turn it into a date.</summary>
    YearMonth,
    /// <summary>One code of a closed list (<see cref="SheetColumn.Codes"/>), written as its Japanese label; code or label read back.</summary>
    Code,
    /// <summary>Language codes, written as Japanese labels joined by 、.</summary>
    Languages,
    /// <summary>Shown for the reader (block, association name), ignored on import.</summary>
    Info,
}

/// <summary>One column of the export and import workbook. Labels come from <see cref="EntryFields"/>.</summary>
public sealed record SheetColumn(string Key, string LabelJa, string LabelEn, bool MembersOnly, CellKind Kind, double Width,
    IReadOnlyList<CodeLabel>? Codes = null)
{
    public string Label(bool english) => english ? LabelEn : LabelJa;
}

/// <summary>
/// The layout of the directory workbook, shared by the xlsx export, the CSV export and the import, so the file
/// the secretariat downloads is also the template it fills in. Sheet 「協会」 has one row per association
/// (its code, its block, then every scalar field of <see cref="EntryFields"/> in catalogue order); each
/// repeating group has a sheet of its own, one row per list row, keyed by association code and row number.
/// Row 1 is the title, row 2 the Japanese labels, row 3 the field keys (what the import matches), data below.
/// </summary>
public static class DirectorySheetLayout
{
    public const string MainSheet = "協会";
    public const int TitleRow = 1, LabelRow = 2, KeyRow = 3, FirstDataRow = 4;
    public const string CodeKey = "code", BlockKey = "block", AssociationKey = "association", NumberKey = "no";

    // Labels and order come from the field catalogue: a probe with one row in every group lists every key.
    static readonly Dictionary<string, FieldValue> Catalogue = EntryFields.Flatten(Probe(), english: false).ToDictionary(f => f.Key);

    static readonly SheetColumn Code = new(CodeKey, "協会コード", "Association code", false, CellKind.Text, 10);

    public static readonly IReadOnlyList<SheetColumn> MainColumns =
    [
        Code,
        new(BlockKey, "ブロック", "Block", false, CellKind.Info, 10),
        Field("legalForm", CellKind.Code, 20, DirectoryCodes.LegalForms),
        Field("name", CellKind.Text, 28),
        Field("nameKana", CellKind.Text, 26),
        Field("nameEn", CellKind.Text, 30),
        Field("representativeTitle", CellKind.Text, 12),
        Field("representativeName", CellKind.Text, 14),
        Field("postalCode", CellKind.Text, 10),
        Field("address", CellKind.Text, 32),
        Field("addressEn", CellKind.Text, 32),
        Field("phone", CellKind.Text, 14),
        Field("fax", CellKind.Text, 14),
        Field("email", CellKind.Text, 26),
        Field("website", CellKind.Text, 28),
        Field("foundedOn", CellKind.YearMonth, 10),
        Field("certifiedOn", CellKind.YearMonth, 10),
        Field("endowmentYen", CellKind.Yen, 15),
        Field("annualBudgetYen", CellKind.Yen, 15),
        Field("staff.seconded", CellKind.Count, 9),
        Field("staff.regular", CellKind.Count, 9),
        Field("staff.partTime", CellKind.Count, 9),
        Field("staff.contract", CellKind.Count, 9),
        Field("staff.temporary", CellKind.Count, 9),
        Field("consultationLanguages", CellKind.Languages, 26),
    ];

    public static readonly IReadOnlyList<SheetGroup> Groups =
    [
        new SheetGroup<MemberType>("memberTypes", c => c.MemberTypes, (c, rows) => c.MemberTypes = rows,
            Col("memberTypes", "name", CellKind.Text, 20), Col("memberTypes", "count", CellKind.Count, 10), Col("memberTypes", "annualFeeYen", CellKind.Yen, 12)),
        new SheetGroup<Officer>("officers", c => c.Officers, (c, rows) => c.Officers = rows,
            Col("officers", "title", CellKind.Text, 14), Col("officers", "name", CellKind.Text, 16), Col("officers", "affiliation", CellKind.Text, 28)),
        new SheetGroup<ContactPerson>("contacts", c => c.Contacts, (c, rows) => c.Contacts = rows,
            Col("contacts", "department", CellKind.Text, 20), Col("contacts", "name", CellKind.Text, 16),
            Col("contacts", "phone", CellKind.Text, 14), Col("contacts", "email", CellKind.Text, 28)),
        new SheetGroup<Facility>("facilities", c => c.Facilities, (c, rows) => c.Facilities = rows,
            Col("facilities", "kind", CellKind.Code, 18, DirectoryCodes.FacilityKinds), Col("facilities", "name", CellKind.Text, 24),
            Col("facilities", "owner", CellKind.Text, 10), Col("facilities", "floorAreaSqm", CellKind.Area, 10), Col("facilities", "openedOn", CellKind.YearMonth, 10)),
        new SheetGroup<Network>("networks", c => c.Networks, (c, rows) => c.Networks = rows,
            Col("networks", "name", CellKind.Text, 28), Col("networks", "description", CellKind.Text, 50)),
        new SheetGroup<Periodical>("periodicals", c => c.Periodicals, (c, rows) => c.Periodicals = rows,
            Col("periodicals", "title", CellKind.Text, 28), Col("periodicals", "languages", CellKind.Languages, 24),
            Col("periodicals", "frequency", CellKind.Code, 10, DirectoryCodes.Frequencies)),
        new SheetGroup<Publication>("publications", c => c.Publications, (c, rows) => c.Publications = rows,
            Col("publications", "title", CellKind.Text, 30), Col("publications", "year", CellKind.Year, 8), Col("publications", "languages", CellKind.Languages, 24)),
        new SheetGroup<Project>("projects", c => c.Projects, (c, rows) => c.Projects = rows,
            Col("projects", "name", CellKind.Text, 26), Col("projects", "category", CellKind.Code, 18, DirectoryCodes.ProjectCategories),
            Col("projects", "description", CellKind.Text, 50), Col("projects", "budgetYen", CellKind.Yen, 14)),
    ];

    /// <summary>The columns that lead every group sheet: which association, its name (for the reader), which row.</summary>
    public static readonly IReadOnlyList<SheetColumn> GroupKeyColumns =
    [
        Code,
        new(AssociationKey, "協会名", "Association", false, CellKind.Info, 24),
        new(NumberKey, "番号", "No.", false, CellKind.Count, 6),
    ];

    /// <summary>The columns a reader may see: members-only ones only for members.</summary>
    public static IEnumerable<SheetColumn> Visible(IEnumerable<SheetColumn> columns, bool members) =>
        columns.Where(c => members || !c.MembersOnly);

    public static IEnumerable<SheetGroup> VisibleGroups(bool members) => Groups.Where(g => members || !g.MembersOnly);

    static SheetColumn Field(string key, CellKind kind, double width, IReadOnlyList<CodeLabel>? codes = null)
    {
        var f = Catalogue[key];
        return new(key, f.LabelJa, f.LabelEn, f.MembersOnly, kind, width, codes);
    }

    /// <summary>A group column: "会員種別1：年会費" in the catalogue is 年会費 on the 会員種別 sheet.</summary>
    static SheetColumn Col(string group, string key, CellKind kind, double width, IReadOnlyList<CodeLabel>? codes = null)
    {
        var f = Catalogue[$"{group}[1].{key}"];
        return new(key, f.LabelJa[(f.LabelJa.IndexOf('：') + 1)..], f.LabelEn[(f.LabelEn.IndexOf(": ", StringComparison.Ordinal) + 2)..],
            f.MembersOnly, kind, width, codes);
    }

    internal static (string Ja, string En, bool MembersOnly) GroupLabel(string group)
    {
        var f = Catalogue.Values.First(v => v.Key.StartsWith(group + "[1].", StringComparison.Ordinal));
        return (f.LabelJa[..f.LabelJa.IndexOf("1：", StringComparison.Ordinal)], f.LabelEn[..f.LabelEn.IndexOf(" 1: ", StringComparison.Ordinal)], f.MembersOnly);
    }

    static EntryContent Probe() => new()
    {
        MemberTypes = [new()], Officers = [new()], Contacts = [new()], Facilities = [new()], Networks = [new()],
        Periodicals = [new()], Publications = [new()], Projects = [new()],
    };
}
