namespace Renkei.Web.Features.Directory.Files;

/// <summary>Where in the workbook a value came from: a sheet, a row, and (when known) a column.</summary>
public sealed record CellPlace(string Sheet, int Row, int? Column = null, SheetColumn? Field = null)
{
    public string? ColumnLetter => Column is { } c ? XlsxBook.ColumnName(c) : null;
}

/// <summary>One thing wrong with an import file, with its place, in the reader's language.</summary>
public sealed record ImportProblem(CellPlace? Place, string Message)
{
    /// <summary>Sheet order of the layout first, then row, then column, so problems read top to bottom.</summary>
    public (int, int, int) SortKey => Place is null ? (-1, 0, 0)
        : (SheetOrder(Place.Sheet), Place.Row, Place.Column ?? 0);

    static int SheetOrder(string sheet)
    {
        if (sheet == DirectorySheetLayout.MainSheet) return 0;
        for (var i = 0; i < DirectorySheetLayout.Groups.Count; i++)
            if (DirectorySheetLayout.Groups[i].SheetName == sheet) return i + 1;
        return 99;
    }
}

/// <summary>What an import came to: done with the number of entries, or refused with every problem found.</summary>
public sealed record ImportResult(bool Done, int Entries, IReadOnlyList<string> Problems, int MoreProblems)
{
    public static ImportResult Refused(params string[] problems) => new(false, 0, problems, 0);
}
