using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>
/// The 「協会」 sheet as CSV: UTF-8 with a BOM (Japanese Excel reads it as UTF-8 only then), CRLF, RFC 4180
/// quoting, Japanese headers, one row per association. Numbers are plain (no separators) so they stay numbers.
/// </summary>
public static class DirectoryCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static void Write(EditionFile file, Stream output)
    {
        var columns = DirectorySheetLayout.Visible(DirectorySheetLayout.MainColumns, file.Members).ToList();
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var c in columns) csv.WriteField(c.LabelJa);
        csv.NextRecord();
        foreach (var entry in file.Entries)
        {
            foreach (var c in columns) csv.WriteField(Value(entry, c));
            csv.NextRecord();
        }
    }

    static string Value(ExportEntry e, SheetColumn c)
    {
        if (c.Key == DirectorySheetLayout.CodeKey) return e.Code;
        if (c.Key == DirectorySheetLayout.BlockKey) return e.Block.NameJa;
        var value = SheetValues.Get(e.Content, c.Key);
        return c.Kind switch
        {
            CellKind.Count or CellKind.Yen or CellKind.Year or CellKind.Area => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
            CellKind.Code => value is string code ? Safe(DirectoryCodes.Label(c.Codes!, code, english: false)) : "",
            CellKind.Languages => DirectoryXlsx.LanguageText(value as List<string>) ?? "",
            _ => Safe(value as string),
        };
    }

    /// <summary>
    /// Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: the entries
    /// are typed by many people and the file is opened by anyone (CSV injection).
    /// </summary>
    static string Safe(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text ?? "";
}
