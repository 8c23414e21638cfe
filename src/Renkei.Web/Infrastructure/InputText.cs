using System.Globalization;
using System.Text;

namespace Renkei.Web.Infrastructure;

/// <summary>
/// How typed text is cleaned before it is checked or stored. Japanese keyboards produce full-width
/// digits, letters and spaces (１３０００１, 　) and half-width katakana; NFKC turns them into one form,
/// so the same name or code typed two ways is stored once and compares equal.
/// </summary>
public static class InputText
{
    /// <summary>NFKC, every run of white space (full-width spaces included) collapsed to one space, trimmed; empty becomes null.</summary>
    public static string? Clean(string? value)
    {
        if (value is null) return null;
        var normalized = value.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
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

    /// <summary>NFKC with all white space removed: for codes and numbers, where "13 0001" means 130001.</summary>
    public static string? Compact(string? value)
    {
        var cleaned = Clean(value);
        return cleaned?.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// A kana reading in katakana: hiragana is turned into katakana (ひらがな → ヒラガナ), because readings
    /// are kept in one script so that they sort in 五十音 order and compare equal however they were typed.
    /// Half-width katakana is widened by NFKC. Returns null for empty input.
    /// </summary>
    public static string? Katakana(string? value)
    {
        var cleaned = Clean(value);
        if (cleaned is null) return null;
        var chars = cleaned.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= 'ぁ' and <= 'ゖ' or 'ゝ' or 'ゞ') chars[i] = (char)(chars[i] + 0x60);
        return new string(chars);
    }

    /// <summary>True when every character is katakana, the long mark ー, the middle dot ・ or a space.</summary>
    public static bool IsKatakanaReading(string value) =>
        value.All(c => c is (>= 'ァ' and <= 'ヺ') or 'ー' or '・' or 'ヽ' or 'ヾ' or ' ');

    /// <summary>An absolute http or https address with a host, the only kind a public list should link to.</summary>
    public static bool IsWebAddress(string value) =>
        !value.Contains(' ')
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>
    /// A date as typed or sent: yyyy-MM-dd (what &lt;input type=date&gt; and JSON send) or yyyy/M/d,
    /// full-width digits allowed. Years outside 1900–2999 are refused as typos.
    /// </summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        var compact = Compact(value);
        if (compact is null) return false;
        return DateOnly.TryParseExact(compact, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date.Year is >= 1900 and <= 2999;
    }
}
