using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>
/// Loads a past edition from a workbook in the export's layout (the secretariat's page and `import-directory`).
/// The whole file is checked first (codes, columns, numbers, list codes, then <see cref="EntryValidation"/>);
/// one problem anywhere and nothing is saved. Success is a new published edition (Imported), each entry
/// approved with version 1. An edition that exists for the year is never overwritten.
/// </summary>
public partial class DirectoryImport(RenkeiDbContext db, EntryValidation validation, IStringLocalizer<FilesText> text,
    IStringLocalizer<DirectoryText> core, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    /// <summary>How many problems are listed; the rest are counted.</summary>
    public const int MaxListed = 200;

    [GeneratedRegex(@"^(?<group>\w+)\[(?<index>\d+)\](?:\.(?<column>\w+))?$")]
    private static partial Regex RowKey();

    public async Task<ImportResult> ImportAsync(Stream file, int fiscalYear, string actor, CancellationToken ct = default)
    {
        var latest = Infrastructure.Localization.FiscalYear.Of(JapanDate.Today(clock)) + 1;
        if (fiscalYear < EditionLifecycle.FirstYear || fiscalYear > latest)
            return ImportResult.Refused(core["年度は{0}から{1}の間で入力してください。", EditionLifecycle.FirstYear, latest]);
        if (await db.DirectoryEditions.AnyAsync(e => e.FiscalYear == fiscalYear, ct))
            return ImportResult.Refused(text["{0}の版は既にあります。取り込みで上書きすることはできません。", Infrastructure.Localization.FiscalYear.Label(fiscalYear, Infrastructure.Localization.Localization.IsEnglish)]);
        if (file.CanSeek && file.Length > MaxBytes)
            return ImportResult.Refused(text["ファイルが大きすぎます（{0} MBまで）。", MaxBytes / 1024 / 1024]);

        IReadOnlyList<XlsxSheet> sheets;
        try
        {
            sheets = XlsxReader.Read(file);
        }
        catch (NotXlsxException)
        {
            return ImportResult.Refused(text["xlsx形式のファイルとして読み込めませんでした。エクスポートまたはテンプレートと同じ形式（.xlsx）で保存したファイルを選んでください。"]);
        }

        var registered = (await db.Associations.AsNoTracking().Select(a => a.Code).ToListAsync(ct)).ToHashSet();
        var parser = new ImportSheetParser(text, registered);
        parser.Parse(sheets);
        var problems = parser.Problems;
        foreach (var entry in parser.Entries) Check(entry, parser, problems);
        if (problems.Count > 0) return Refuse(problems);

        var result = await SaveAsync(fiscalYear, parser.Entries, actor, ct);
        return result ?? new ImportResult(true, parser.Entries.Count, [], 0);
    }

    /// <summary>Builds the entry's lists from its group rows, cleans it as the form would, and maps each validation message to its cell.</summary>
    void Check(ParsedEntry entry, ImportSheetParser parser, List<ImportProblem> problems)
    {
        foreach (var group in DirectorySheetLayout.Groups)
        {
            var kept = new List<(int SheetRow, object Value)>();
            foreach (var (_, sheetRow, value) in entry.GroupRows.GetValueOrDefault(group.Key, []).OrderBy(r => r.No))
            {
                // Normalize drops a row without its main text (a periodical without a title): a row with data is
                // then an error, never silently lost.
                var probe = new EntryContent();
                group.SetRows(probe, [value]);
                if (group.RowsOf(EntryValidation.Normalize(probe)).Count == 1) kept.Add((sheetRow, value));
                else
                {
                    var column = group.Columns.First(c => c.Kind == CellKind.Text);
                    problems.Add(new(Place(parser.GroupHeaders[group.Key], sheetRow, column), core["入力してください。"]));
                }
            }
            group.SetRows(entry.Content, kept.Select(k => k.Value));
            entry.KeptRows[group.Key] = kept.Select(k => k.SheetRow).ToList();
        }
        entry.Content = EntryValidation.Normalize(entry.Content);
        foreach (var (key, messages) in validation.Validate(entry.Content, forSubmission: false))
            foreach (var message in messages)
                problems.Add(new(PlaceOf(entry, key, parser), message));
    }

    CellPlace PlaceOf(ParsedEntry entry, string key, ImportSheetParser parser)
    {
        var main = parser.MainHeader!;
        if (RowKey().Match(key) is { Success: true } m)
        {
            var group = DirectorySheetLayout.Groups.Single(g => g.Key == m.Groups["group"].Value);
            var header = parser.GroupHeaders.GetValueOrDefault(group.Key);
            var rows = entry.KeptRows[group.Key];
            var index = int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (header is null || index < 1 || index > rows.Count) return new(group.SheetName, entry.Row);
            var column = group.Columns.FirstOrDefault(c => c.Key == m.Groups["column"].Value);
            return column is null ? new(group.SheetName, rows[index - 1]) : Place(header, rows[index - 1], column);
        }
        if (DirectorySheetLayout.Groups.FirstOrDefault(g => g.Key == key) is { } whole)
            return new(whole.SheetName, entry.KeptRows[whole.Key].FirstOrDefault(entry.Row));
        var field = DirectorySheetLayout.MainColumns.FirstOrDefault(c => c.Key == key);
        return field is null ? new(DirectorySheetLayout.MainSheet, entry.Row) : Place(main, entry.Row, field);
    }

    static CellPlace Place(SheetHeader header, int row, SheetColumn column) =>
        new(header.Sheet, row, header.Columns.TryGetValue(column.Key, out var c) ? c : null, column);

    ImportResult Refuse(List<ImportProblem> problems)
    {
        var english = Infrastructure.Localization.Localization.IsEnglish;
        var listed = problems.OrderBy(p => p.SortKey).Take(MaxListed).Select(p => Describe(p, english)).ToList();
        return new ImportResult(false, 0, listed, problems.Count - listed.Count);
    }

    /// <summary>"シート「協会」 5行目 F列（代表者役職）：入力してください。"</summary>
    public string Describe(ImportProblem problem, bool english)
    {
        if (problem.Place is not { } p) return problem.Message;
        if (p.ColumnLetter is { } letter)
            return text["シート「{0}」 {1}行目 {2}列（{3}）：{4}", p.Sheet, p.Row, letter, p.Field?.Label(english) ?? "", problem.Message];
        if (p.Field is { } field)
            return text["シート「{0}」 {1}行目 「{2}」：{3}", p.Sheet, p.Row, field.Label(english), problem.Message];
        return text["シート「{0}」 {1}行目：{2}", p.Sheet, p.Row, problem.Message];
    }

    async Task<ImportResult?> SaveAsync(int fiscalYear, List<ParsedEntry> parsed, string actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var edition = new DirectoryEdition
        {
            FiscalYear = fiscalYear, Status = EditionStatus.Published, Deadline = JapanDate.Today(clock),
            OpenedAt = now, PublishedAt = now, Imported = true,
        };
        foreach (var p in parsed)
        {
            var entry = new DirectoryEntry
            {
                AssociationCode = p.Code, Status = EntryStatus.Approved, Content = p.Content, UpdatedAt = now, UpdatedBy = actor,
                SubmittedAt = now, ApprovedAt = now,
            };
            entry.Versions.Add(new DirectoryEntryVersion { Number = 1, Content = p.Content.Copy(), CreatedAt = now, CreatedBy = actor });
            entry.Record(EntryEventKind.Published, actor, now, "import");
            edition.Entries.Add(entry);
        }
        db.DirectoryEditions.Add(edition);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            // Two imports of the same year at once: the second finds the first's edition.
            db.ChangeTracker.Clear();
            if (!await db.DirectoryEditions.AnyAsync(e => e.FiscalYear == fiscalYear, ct)) throw;
            return ImportResult.Refused(text["{0}の版は既にあります。取り込みで上書きすることはできません。", Infrastructure.Localization.FiscalYear.Label(fiscalYear, Infrastructure.Localization.Localization.IsEnglish)]);
        }
    }
}
