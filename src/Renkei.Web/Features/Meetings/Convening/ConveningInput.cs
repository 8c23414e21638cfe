using System.Globalization;
using System.Text.RegularExpressions;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>How the convening forms and API read typed times and texts.</summary>
public static partial class ConveningInput
{
    static readonly string[] JapanFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy/MM/dd HH:mm"];

    /// <summary>A time typed in Japan time (datetime-local sends 2027-05-21T13:30) as UTC; null when it is not one.</summary>
    public static DateTime? JapanTimeToUtc(string? value)
    {
        var cleaned = InputText.Clean(value);
        if (cleaned is null) return null;
        return DateTime.TryParseExact(cleaned, JapanFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) && t.Year is >= 2000 and <= 2999
            ? JapanTime.ToUtc(t)
            : null;
    }

    /// <summary>
    /// API times: ISO 8601 with an offset (2027-05-21T13:30:00+09:00, or Z) is turned into the Japan time the forms read;
    /// a time without an offset is already Japan time, and anything else is passed on to get the form's message.
    /// </summary>
    public static string? FromApi(string? value)
    {
        if (value is null || !WithOffset().IsMatch(value.Trim())) return value;
        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? JapanTime.InputValue(at.UtcDateTime)
            : value;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOffset();

    /// <summary>
    /// Prose typed in a text area (a notice, a description): line breaks kept, trailing spaces and blank lines at either
    /// end dropped; no NFKC, which would rewrite ①, ㈱ and full-width forms the writer chose.
    /// </summary>
    public static string? Paragraphs(string? value)
    {
        if (value is null) return null;
        var lines = value.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd()).ToList();
        var text = string.Join("\n", lines).Trim('\n');
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>One entry per line (guests), each cleaned like a single-line input; empty lines dropped.</summary>
    public static List<string> Lines(string? value) =>
        (value ?? "").Replace("\r\n", "\n").Split('\n').Select(InputText.Clean).OfType<string>().ToList();
}
