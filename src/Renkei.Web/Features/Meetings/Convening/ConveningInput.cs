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

    /// <summary>One entry per line (guests), each cleaned like <see cref="Line"/>; empty lines dropped.</summary>
    public static List<string> Lines(string? value) =>
        (value ?? "").Replace("\r\n", "\n").Split('\n').Select(Line).OfType<string>().ToList();

    /// <summary>
    /// A title, venue or name: white space collapsed, full-width digits and Latin letters made ASCII (２０２７ → 2027) and
    /// half-width katakana widened, but Japanese punctuation kept as written: full NFKC would turn 計画（案） into 計画(案).
    /// </summary>
    public static string? Line(string? value)
    {
        if (value is null) return null;
        var sb = new System.Text.StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in Narrow(value.Normalize(System.Text.NormalizationForm.FormC)))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    static string Narrow(string value)
    {
        var sb = new System.Text.StringBuilder(value.Length);
        var kana = new System.Text.StringBuilder();
        foreach (var c in value)
        {
            if (c is >= '\uFF61' and <= '\uFF9F') { kana.Append(c); continue; }
            if (kana.Length > 0) { sb.Append(kana.ToString().Normalize(System.Text.NormalizationForm.FormKC)); kana.Clear(); }
            sb.Append(c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') ? (char)(c - 0xFEE0) : c);
        }
        if (kana.Length > 0) sb.Append(kana.ToString().Normalize(System.Text.NormalizationForm.FormKC));
        return sb.ToString();
    }
}
