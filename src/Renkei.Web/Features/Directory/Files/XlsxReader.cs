using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>A cell as read: its text (strings, and numbers as written), and its number when it is one.</summary>
public sealed record XlsxCell(string Text, double? Number);

/// <summary>A sheet's non-empty cells by row and column (both from 1).</summary>
public sealed class XlsxSheet(string name)
{
    public string Name { get; } = name;
    public SortedDictionary<int, Dictionary<int, XlsxCell>> Rows { get; } = [];

    public XlsxCell? Cell(int row, int column) =>
        Rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;
}

/// <summary>The file is not a readable xlsx workbook.</summary>
public sealed class NotXlsxException(Exception inner) : Exception("Not an xlsx workbook.", inner);

/// <summary>
/// Reads every sheet of an xlsx workbook as Excel, LibreOffice or this app wrote it: shared and inline strings
/// (without the furigana Japanese Excel stores beside them), numbers, booleans and formulas' cached values.
/// </summary>
public static class XlsxReader
{
    // A 10 MB upload can unpack to far more; this bounds what one sheet may hold (a zip bomb stops here).
    const long MaxCharactersInPart = 50_000_000;

    public static IReadOnlyList<XlsxSheet> Read(Stream stream)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new NotXlsxException(e);
        }
        using (document)
        {
            try
            {
                return ReadSheets(document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new NotXlsxException(e);
            }
        }
    }

    static List<XlsxSheet> ReadSheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook part.");
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToList() ?? [];
        var sheets = new List<XlsxSheet>();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
            var result = new XlsxSheet(sheet.Name?.Value ?? "");
            var rowNumber = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                rowNumber = row.RowIndex?.Value is { } r ? (int)r : rowNumber + 1;
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                    if (ValueOf(cell, strings) is not { } value) continue;
                    if (!result.Rows.TryGetValue(rowNumber, out var cells)) result.Rows[rowNumber] = cells = [];
                    cells[column] = value;
                }
            }
            sheets.Add(result);
        }
        return sheets;
    }

    static XlsxCell? ValueOf(Cell cell, List<string> strings)
    {
        var type = cell.DataType?.Value;
        string? text;
        if (type == CellValues.InlineString) text = cell.InlineString is { } inline ? TextOf(inline) : null;
        else if (type == CellValues.SharedString)
            text = int.TryParse(cell.CellValue?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : null;
        else if (type == CellValues.Boolean) text = cell.CellValue?.Text == "1" ? "TRUE" : "FALSE";
        else if (type == CellValues.Error) text = null;
        else if (type == CellValues.String || type == CellValues.Date) text = cell.CellValue?.Text;
        else
        {
            var raw = cell.CellValue?.Text;
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                return new XlsxCell(number.ToString("G15", CultureInfo.InvariantCulture), number);
            text = raw;
        }
        return string.IsNullOrWhiteSpace(text) ? null : new XlsxCell(text, null);
    }

    /// <summary>The text of a shared or inline string: plain text and rich-text runs, not the phonetic (furigana) runs.</summary>
    static string TextOf(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        var sb = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t) sb.Append(t.Text);
            else if (child is Run run) foreach (var rt in run.Elements<Text>()) sb.Append(rt.Text);
        }
        return sb.ToString();
    }

    /// <summary>"AB12" → 28.</summary>
    public static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            column = column * 26 + (ch - 'A' + 1);
        }
        return column;
    }
}
