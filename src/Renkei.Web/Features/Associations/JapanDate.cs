using System.Globalization;

namespace Renkei.Web.Features.Associations;

/// <summary>Dates as the council reads them: "today" is the date in Japan, shown 2023年4月1日 or 1 Apr 2023.</summary>
public static class JapanDate
{
    // Japan has one time zone and no daylight saving, so a fixed offset is exact and needs no tz database.
    static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Jst).DateTime);

    public static string Format(DateOnly date, bool english) =>
        english ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Format(DateOnly? date, bool english, string missing) => date is { } d ? Format(d, english) : missing;
}
