using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Associations;

/// <summary>
/// 全国地方公共団体コード: five digits (two for the prefecture, three for the municipality) and a check
/// digit. The check digit follows the Ministry's rule: weigh the five digits by 6, 5, 4, 3, 2, take the
/// remainder r of their sum by 11, and the check digit is the last digit of 11 − r (so r = 0 gives 1,
/// r = 1 gives 0). Tokyo 130001, Hokkaido 010006, Sapporo 011002.
/// </summary>
public static class LocalGovernmentCode
{
    public static int CheckDigit(ReadOnlySpan<char> firstFive)
    {
        if (firstFive.Length != 5) throw new ArgumentException("Five digits are needed.", nameof(firstFive));
        var sum = 0;
        for (var i = 0; i < 5; i++) sum += (6 - i) * (firstFive[i] - '0');
        return (11 - sum % 11) % 10;
    }

    /// <summary>Six ASCII digits whose last is the right check digit and whose prefecture is 01–47.</summary>
    public static bool IsValid(string? code) =>
        code is { Length: 6 }
        && code.All(char.IsAsciiDigit)
        && CheckDigit(code.AsSpan(0, 5)) == code[5] - '0'
        && int.Parse(code.AsSpan(0, 2)) is >= 1 and <= 47;

    /// <summary>The code as typed (full-width digits, spaces and hyphens allowed), normalised; null unless valid.</summary>
    public static string? Normalize(string? input)
    {
        var compact = InputText.Compact(input)?.Replace("-", "", StringComparison.Ordinal);
        return IsValid(compact) ? compact : null;
    }

    /// <summary>Why <paramref name="input"/> is not a code, or null when it is one.</summary>
    public static CodeProblem? Problem(string? input)
    {
        var compact = InputText.Compact(input)?.Replace("-", "", StringComparison.Ordinal);
        if (compact is null) return CodeProblem.Missing;
        if (compact.Length != 6 || !compact.All(char.IsAsciiDigit)) return CodeProblem.NotSixDigits;
        if (CheckDigit(compact.AsSpan(0, 5)) != compact[5] - '0') return CodeProblem.WrongCheckDigit;
        if (int.Parse(compact.AsSpan(0, 2)) is < 1 or > 47) return CodeProblem.NoSuchPrefecture;
        return null;
    }

    /// <summary>The two-digit prefecture code: the code's first two digits.</summary>
    public static string PrefectureCode(string code) => code[..2];

    /// <summary>A prefecture's own code has 000 as its municipality part (130001); a city's does not.</summary>
    public static bool IsPrefecture(string code) => code.AsSpan(2, 3).SequenceEqual("000");
}

public enum CodeProblem { Missing, NotSixDigits, WrongCheckDigit, NoSuchPrefecture }
