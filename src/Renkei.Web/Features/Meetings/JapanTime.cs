using System.Globalization;

namespace Renkei.Web.Features.Meetings;

/// <summary>
/// Meeting times as the council reads and types them: stored in UTC, shown and entered in Japan time
/// (2027年5月21日（金）13:30 / Fri 21 May 2027, 13:30 JST). Japan has no daylight saving, so a fixed offset is exact.
/// </summary>
public static class JapanTime
{
    static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    static readonly string[] Weekdays = ["日", "月", "火", "水", "木", "金", "土"];

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Jst);

    /// <summary>A time typed in Japan time (a datetime-local input) as UTC.</summary>
    public static DateTime ToUtc(DateTime japan) => DateTime.SpecifyKind(DateTime.SpecifyKind(japan, DateTimeKind.Unspecified) - Jst, DateTimeKind.Utc);

    /// <summary>The value of a datetime-local input for a stored time.</summary>
    public static string InputValue(DateTime? utc) => utc is { } t ? ToLocal(t).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Format(DateTime utc, bool english)
    {
        var t = ToLocal(utc);
        return english
            ? t.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " JST"
            : $"{t.Year}年{t.Month}月{t.Day}日（{Weekdays[(int)t.DayOfWeek]}）{t:HH:mm}";
    }

    public static string Format(DateTime? utc, bool english, string missing) => utc is { } t ? Format(t, english) : missing;

    public static DateOnly Date(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));
}
