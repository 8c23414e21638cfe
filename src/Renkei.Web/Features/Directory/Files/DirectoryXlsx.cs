namespace Renkei.Web.Features.Directory.Files;

/// <summary>
/// The edition as an xlsx workbook in <see cref="DirectorySheetLayout"/>: sheet 「協会」 with one row per association,
/// a sheet per repeating group. The same layout is the import template (<see cref="WriteTemplate"/>).
/// </summary>
public static class DirectoryXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(EditionFile file, Stream output) =>
        Write(output, file.Title(false), file.Notes(false).ToList(), file.Members, file.Entries);

    /// <summary>An empty workbook in the layout, to fill in and import.</summary>
    public static void WriteTemplate(Stream output) =>
        Write(output, "地域国際化協会ダイレクトリー 取込用テンプレート",
            ["3行目の項目名は変えないでください。1行に1協会（協会コード6桁）を入力します。"], members: true, entries: []);

    static void Write(Stream output, string title, IReadOnlyList<string> notes, bool members, IReadOnlyList<ExportEntry> entries)
    {
        using var book = new XlsxBook(output);
        var noteText = notes.Count == 0 ? null : string.Join("　", notes);

        var main = DirectorySheetLayout.Visible(DirectorySheetLayout.MainColumns, members).ToList();
        book.AddSheet(DirectorySheetLayout.MainSheet, main.Select(c => c.Width).ToList(),
            Sheet(title, noteText, main, entries.Select(e => main.Select(c => MainValue(e, c)))),
            DirectorySheetLayout.LabelRow, 2, title, noteText);

        foreach (var group in DirectorySheetLayout.VisibleGroups(members))
        {
            var columns = DirectorySheetLayout.GroupKeyColumns.Concat(group.Columns).ToList();
            var rows = entries.SelectMany(e => group.RowsOf(e.Content).Select((row, i) =>
                DirectorySheetLayout.GroupKeyColumns.Select(c => c.Key switch
                {
                    DirectorySheetLayout.CodeKey => Cell(e.Code, XlsxStyle.Text),
                    DirectorySheetLayout.AssociationKey => Cell(e.AssociationName, XlsxStyle.Text),
                    _ => Cell((long)(i + 1), XlsxStyle.Number),
                }).Concat(group.Columns.Select(c => Value(c, SheetValues.Get(row, c.Key))))));
            book.AddSheet(group.SheetName, columns.Select(c => c.Width).ToList(),
                Sheet($"{title}　{group.SheetName}", noteText, columns, rows), DirectorySheetLayout.LabelRow, 2, $"{title}　{group.SheetName}", noteText);
        }
    }

    static IEnumerable<IEnumerable<(object?, XlsxStyle)>> Sheet(string title, string? note, IReadOnlyList<SheetColumn> columns,
        IEnumerable<IEnumerable<(object?, XlsxStyle)>> data)
    {
        // Row 1: the title, and what kind of copy this is, where a printed page header would not be seen.
        yield return note is null
            ? [Cell(title, XlsxStyle.Title)]
            : [Cell(title, XlsxStyle.Title), Cell(null, XlsxStyle.Default), Cell(null, XlsxStyle.Default), Cell(null, XlsxStyle.Default), Cell(note, XlsxStyle.Note)];
        yield return columns.Select(c => Cell(c.LabelJa, XlsxStyle.Header));
        yield return columns.Select(c => Cell(c.Key, XlsxStyle.Key));
        foreach (var row in data) yield return row;
    }

    static (object?, XlsxStyle) MainValue(ExportEntry e, SheetColumn c) => c.Key switch
    {
        DirectorySheetLayout.CodeKey => Cell(e.Code, XlsxStyle.Text),
        DirectorySheetLayout.BlockKey => Cell(e.Block.NameJa, XlsxStyle.Text),
        _ => Value(c, SheetValues.Get(e.Content, c.Key)),
    };

    static (object?, XlsxStyle) Value(SheetColumn c, object? value) => c.Kind switch
    {
        CellKind.Count or CellKind.Yen => Cell(value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), XlsxStyle.Number),
        CellKind.Year => Cell(value, XlsxStyle.Year),
        CellKind.Area => Cell(value, XlsxStyle.Decimal),
        CellKind.Code => Cell(value is string code ? DirectoryCodes.Label(c.Codes!, code, english: false) : null, XlsxStyle.Text),
        CellKind.Languages => Cell(LanguageText(value as List<string>), XlsxStyle.Text),
        _ => Cell(value as string, XlsxStyle.Text),
    };

    /// <summary>Language codes as Japanese labels joined by 、 (empty list: nothing).</summary>
    public static string? LanguageText(List<string>? codes) => codes is null || codes.Count == 0 ? null
        : string.Join("、", codes.Select(code => DirectoryCodes.Label(DirectoryCodes.Languages, code, english: false)));

    static (object?, XlsxStyle) Cell(object? value, XlsxStyle style) => (value, style);
}
