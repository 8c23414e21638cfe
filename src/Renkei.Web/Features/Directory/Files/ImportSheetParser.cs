using System.Globalization;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>One association's entry as read from the workbook, with where each of its values came from.</summary>
public sealed class ParsedEntry(string code, int row)
{
    public string Code { get; } = code;
    /// <summary>Its row on the 「協会」 sheet.</summary>
    public int Row { get; } = row;
    public EntryContent Content { get; set; } = new();
    /// <summary>Per group: the rows read (number, sheet row, the row object), in sheet order.</summary>
    public Dictionary<string, List<(long No, int SheetRow, object Value)>> GroupRows { get; } = [];
    /// <summary>Per group: the sheet row of each list row kept, in list order (list row 1 is the first).</summary>
    public Dictionary<string, List<int>> KeptRows { get; } = [];
}

/// <summary>A sheet's key row (row 3 of the layout) and which column holds which field key.</summary>
public sealed record SheetHeader(string Sheet, int KeyRow, Dictionary<string, int> Columns);

/// <summary>
/// Reads the workbook (<see cref="DirectorySheetLayout"/>) into entries, collecting every problem with its
/// sheet, row and column rather than stopping at the first, so one upload shows all there is to fix.
/// </summary>
public sealed class ImportSheetParser(IStringLocalizer<FilesText> text, IReadOnlySet<string> registeredCodes)
{
    public List<ImportProblem> Problems { get; } = [];
    public List<ParsedEntry> Entries { get; } = [];
    public SheetHeader? MainHeader { get; private set; }
    public Dictionary<string, SheetHeader> GroupHeaders { get; } = [];

    public void Parse(IReadOnlyList<XlsxSheet> sheets)
    {
        var main = sheets.FirstOrDefault(s => s.Name.Trim() == DirectorySheetLayout.MainSheet);
        if (main is null)
        {
            Problems.Add(new(null, text["シート「{0}」がありません。", DirectorySheetLayout.MainSheet]));
            return;
        }
        MainHeader = Header(main, DirectorySheetLayout.MainColumns, [DirectorySheetLayout.CodeKey, "name"]);
        if (MainHeader is null) return;
        var byCode = new Dictionary<string, ParsedEntry>();
        foreach (var (rowNumber, cells) in main.Rows.Where(r => r.Key > MainHeader.KeyRow))
        {
            if (IsEmpty(cells, MainHeader, DirectorySheetLayout.MainColumns)) continue;
            var code = Code(main, rowNumber, MainHeader, mustBeRegistered: true);
            var entry = new ParsedEntry(code ?? "", rowNumber);
            foreach (var column in DirectorySheetLayout.MainColumns.Where(c => c.Kind != CellKind.Info && c.Key != DirectorySheetLayout.CodeKey))
            {
                if (!MainHeader.Columns.TryGetValue(column.Key, out var index)) continue;
                if (TryRead(column, main.Cell(rowNumber, index), out var value, out var error)) SheetValues.Set(entry.Content, column.Key, value);
                else Problems.Add(new(new(main.Name, rowNumber, index, column), error!));
            }
            if (MainHeader.Columns.TryGetValue("name", out var nameColumn) && main.Cell(rowNumber, nameColumn) is null)
                Problems.Add(new(new(main.Name, rowNumber, nameColumn, DirectorySheetLayout.MainColumns.Single(c => c.Key == "name")), text["入力してください。"]));
            if (code is null) continue;
            if (byCode.TryGetValue(code, out var first))
                Problems.Add(new(new(main.Name, rowNumber, MainHeader.Columns[DirectorySheetLayout.CodeKey], DirectorySheetLayout.MainColumns[0]), text["協会コード「{0}」が重複しています（{1}行目にもあります）。", code, first.Row]));
            else
            {
                byCode[code] = entry;
                Entries.Add(entry);
            }
        }
        if (Entries.Count == 0 && Problems.Count == 0) Problems.Add(new(new(main.Name, MainHeader.KeyRow + 1), text["協会のデータが1件もありません。"]));
        foreach (var group in DirectorySheetLayout.Groups)
            if (sheets.FirstOrDefault(s => s.Name.Trim() == group.SheetName) is { } sheet) ParseGroup(group, sheet, byCode);
    }

    void ParseGroup(SheetGroup group, XlsxSheet sheet, Dictionary<string, ParsedEntry> entries)
    {
        var columns = DirectorySheetLayout.GroupKeyColumns.Concat(group.Columns).ToList();
        var header = Header(sheet, columns, [DirectorySheetLayout.CodeKey, DirectorySheetLayout.NumberKey]);
        if (header is null) return;
        GroupHeaders[group.Key] = header;
        var numberColumn = header.Columns[DirectorySheetLayout.NumberKey];
        var seen = new Dictionary<(string, long), int>();
        foreach (var (rowNumber, cells) in sheet.Rows.Where(r => r.Key > header.KeyRow))
        {
            if (IsEmpty(cells, header, group.Columns)) continue;
            var code = Code(sheet, rowNumber, header, mustBeRegistered: false);
            ParsedEntry? entry = null;
            if (code is not null && !entries.TryGetValue(code, out entry))
                Problems.Add(new(new(sheet.Name, rowNumber, header.Columns[DirectorySheetLayout.CodeKey], DirectorySheetLayout.MainColumns[0]), text["協会コード「{0}」は「{1}」シートにありません。", code, DirectorySheetLayout.MainSheet]));
            var no = Number(sheet.Cell(rowNumber, numberColumn));
            if (no is null or < 1)
                Problems.Add(new(new(sheet.Name, rowNumber, numberColumn, DirectorySheetLayout.GroupKeyColumns[2]), text["番号は1以上の整数で入力してください。"]));
            else if (code is not null && !seen.TryAdd((code, no.Value), rowNumber))
                Problems.Add(new(new(sheet.Name, rowNumber, numberColumn, DirectorySheetLayout.GroupKeyColumns[2]), text["番号{0}が重複しています（{1}行目にもあります）。", no.Value, seen[(code, no.Value)]]));
            var row = group.NewRow();
            foreach (var column in group.Columns)
            {
                if (!header.Columns.TryGetValue(column.Key, out var index)) continue;
                if (TryRead(column, sheet.Cell(rowNumber, index), out var value, out var error)) SheetValues.Set(row, column.Key, value);
                else Problems.Add(new(new(sheet.Name, rowNumber, index, column), error!));
            }
            if (entry is null || no is null) continue;
            if (!entry.GroupRows.TryGetValue(group.Key, out var list)) entry.GroupRows[group.Key] = list = [];
            list.Add((no.Value, rowNumber, row));
        }
    }

    /// <summary>Finds the key row (the one with "code") near the top and maps the layout's keys to columns.</summary>
    SheetHeader? Header(XlsxSheet sheet, IReadOnlyList<SheetColumn> layout, string[] required)
    {
        var keyRow = sheet.Rows.Where(r => r.Key <= 10)
            .FirstOrDefault(r => r.Value.Values.Any(c => string.Equals(InputText.Compact(c.Text), DirectorySheetLayout.CodeKey, StringComparison.OrdinalIgnoreCase)));
        if (keyRow.Value is null)
        {
            Problems.Add(new(new(sheet.Name, DirectorySheetLayout.KeyRow), text["項目名の行がありません（{0}行目に code、name などの項目名が必要です）。", DirectorySheetLayout.KeyRow]));
            return null;
        }
        var columns = new Dictionary<string, int>();
        foreach (var (index, cell) in keyRow.Value.OrderBy(c => c.Key))
        {
            var column = layout.FirstOrDefault(c => string.Equals(c.Key, InputText.Compact(cell.Text), StringComparison.OrdinalIgnoreCase));
            if (column is null) continue; // a column of one's own (notes, say) is left alone
            if (!columns.TryAdd(column.Key, index))
                Problems.Add(new(new(sheet.Name, keyRow.Key, index, column), text["列「{0}」が重複しています。", column.Key]));
        }
        var missing = required.Where(k => !columns.ContainsKey(k)).ToList();
        foreach (var key in missing)
            Problems.Add(new(new(sheet.Name, keyRow.Key, null, layout.Single(c => c.Key == key)), text["必要な列「{0}」がありません。", key]));
        return missing.Count == 0 ? new SheetHeader(sheet.Name, keyRow.Key, columns) : null;
    }

    string? Code(XlsxSheet sheet, int row, SheetHeader header, bool mustBeRegistered)
    {
        var index = header.Columns[DirectorySheetLayout.CodeKey];
        var place = new CellPlace(sheet.Name, row, index, DirectorySheetLayout.MainColumns[0]);
        var cell = sheet.Cell(row, index);
        // A code typed as a number loses its leading zero (11002 for 011002): put it back.
        var code = cell?.Number is { } n && n == Math.Floor(n) && n is >= 0 and < 1_000_000
            ? ((long)n).ToString("000000", CultureInfo.InvariantCulture) : InputText.Compact(cell?.Text);
        if (code is null)
        {
            Problems.Add(new(place, text["協会コードを入力してください。"]));
            return null;
        }
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || (mustBeRegistered && !registeredCodes.Contains(code)))
        {
            Problems.Add(new(place, text["協会コード「{0}」は登録されていません。", code]));
            return null;
        }
        return code;
    }

    static bool IsEmpty(Dictionary<int, XlsxCell> cells, SheetHeader header, IEnumerable<SheetColumn> valueColumns) =>
        !valueColumns.Where(c => c.Kind != CellKind.Info)
            .Any(c => header.Columns.TryGetValue(c.Key, out var i) && cells.ContainsKey(i));

    bool TryRead(SheetColumn column, XlsxCell? cell, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (cell is null) return true;
        switch (column.Kind)
        {
            case CellKind.Count or CellKind.Yen or CellKind.Year:
                var number = cell.Number is { } d ? (decimal?)(decimal)d : ParseNumber(cell.Text);
                if (number is null) error = text["数値を入力してください。"];
                else if (number != decimal.Truncate(number.Value)) error = text["整数を入力してください。"];
                else if (Math.Abs(number.Value) > (column.Kind == CellKind.Yen ? 1_000_000_000_000_000m : int.MaxValue)) error = text["数が大きすぎます。"];
                else value = (long)number.Value;
                break;
            case CellKind.Area:
                var area = cell.Number is { } a ? (decimal?)(decimal)a : ParseNumber(cell.Text);
                if (area is null) error = text["数値を入力してください。"];
                else if (Math.Abs(area.Value) > 10_000_000m) error = text["数が大きすぎます。"];
                else value = area;
                break;
            case CellKind.YearMonth:
                // Excel turns "2001-04" typed into a cell into a date: take its year and month.
                value = cell.Number is { } serial and >= 1 and < 2958466
                    ? DateTime.FromOADate(serial).ToString("yyyy-MM", CultureInfo.InvariantCulture) : cell.Text;
                break;
            case CellKind.Code:
                value = DirectoryCodes.Find(column.Codes!, cell.Text) ?? InputText.Clean(cell.Text);
                break;
            case CellKind.Languages:
                value = cell.Text.Split(['、', ',', '，', ';', '；', '/', '／', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(t => DirectoryCodes.Find(DirectoryCodes.Languages, t) ?? InputText.Compact(t)).OfType<string>().ToList();
                break;
            default:
                value = cell.Text;
                break;
        }
        return error is null;
    }

    static long? Number(XlsxCell? cell) =>
        cell?.Number is { } n ? (n == Math.Floor(n) && Math.Abs(n) < 1e9 ? (long)n : null)
        : ParseNumber(cell?.Text) is { } d && d == decimal.Truncate(d) && Math.Abs(d) < 1_000_000_000m ? (long)d : null;

    /// <summary>"１，２３４円", "¥1,234", "120.5 ㎡" as numbers; null when it is no number.</summary>
    static decimal? ParseNumber(string? text)
    {
        var t = InputText.Compact(text)?.Replace(",", "").Replace("円", "").Replace("¥", "").Replace("㎡", "").Replace("m2", "").Replace("名", "").Replace("人", "");
        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}
