using System.Globalization;
using System.Text.RegularExpressions;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Directory;

/// <summary>Year-months as people type them (2001-04, 2001/4, 2001年4月, ２００１年４月) stored as "2001-04".</summary>
public static partial class DirectoryYearMonth
{
    [GeneratedRegex(@"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? value, out DateOnly firstDay)
    {
        firstDay = default;
        var text = InputText.Compact(value);
        if (text is null) return false;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2999 || month is < 1 or > 12) return false;
        firstDay = new DateOnly(year, month, 1);
        return true;
    }

    /// <summary>The stored form, or null when the text is empty or not a year-month.</summary>
    public static string? Normalize(string? value) =>
        TryParse(value, out var d) ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null;
}
