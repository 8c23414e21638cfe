using System.Globalization;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>How the board's pages write places and periods in the reader's language.</summary>
public static class BoardFormat
{
    /// <summary>"岐阜県、愛知県" / "Gifu, Aichi", in prefecture code order.</summary>
    public static string Places(IEnumerable<string> prefectureCodes, bool english) =>
        string.Join(english ? ", " : "、", prefectureCodes.Order(StringComparer.Ordinal).Select(c => Prefecture(c, english)));

    public static string Prefecture(string code, bool english) => Prefectures.All.FirstOrDefault(p => p.Code == code)?.Name(english) ?? code;

    /// <summary>"5月21日〜5月27日" / "21 May – 27 May"; the year only when it is not this one, an open end as "5月21日〜".</summary>
    public static string Period(DateOnly from, DateOnly? to, bool english, DateOnly today) =>
        Day(from, english, today) + (english ? " – " : "〜") + (to is { } end ? Day(end, english, today) : "");

    static string Day(DateOnly d, bool english, DateOnly today) => d.Year == today.Year
        ? (english ? d.ToString("d MMM", CultureInfo.InvariantCulture) : $"{d.Month}月{d.Day}日")
        : JapanDate.Format(d, english);

    /// <summary>A note cut to a line for the board; the whole note is on the request or in the feed.</summary>
    public static string Short(string note, int length = 80) => note.Length <= length ? note : note[..length] + "…";

    /// <summary>A short note in quotes: 「…」 / “…”.</summary>
    public static string Quote(string note, bool english) => english ? $"“{Short(note)}”" : $"「{Short(note)}」";

    /// <summary>"2名" / "2 people".</summary>
    public static string People(int n, bool english) => english ? (n == 1 ? "1 person" : $"{n} people") : $"{n}名";

    /// <summary>Japan time of day, "14:05", for the board's "updated" line.</summary>
    public static string Clock(DateTime utc) => Meetings.JapanTime.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);
}
