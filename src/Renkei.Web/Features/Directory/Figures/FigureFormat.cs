using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// Numbers as the figures pages print them. Yen is read in Japanese as 億円 (totals) and 百万円 (one
/// association), in English as ¥ millions, the units each readership expects in a budget table.
/// </summary>
public static class FigureFormat
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(long n) => n.ToString("N0", Invariant);

    public static string Count(decimal? n) => n is { } v ? v.ToString(v == decimal.Truncate(v) ? "N0" : "N1", Invariant) : "–";

    /// <summary>A total: 123.4億円 / ¥12,340m.</summary>
    public static string Total(long yen, bool english) =>
        english ? Millions(yen, true) : $"{(yen / 100_000_000m).ToString("N1", Invariant)}億円";

    /// <summary>One association's amount: 183.5百万円 / ¥183.5m.</summary>
    public static string Millions(decimal? yen, bool english)
    {
        if (yen is not { } y) return "–";
        var number = MillionsNumber(y);
        return english ? $"¥{number}m" : $"{number}百万円";
    }

    /// <summary>The number of millions alone (one decimal where there is one), for a table whose header names the unit.</summary>
    public static string MillionsNumber(decimal yen) => (yen / 1_000_000m).ToString("#,##0.#", Invariant);

    /// <summary>The number of 億 alone (one decimal), for a table whose header says 億円.</summary>
    public static string OkuNumber(long yen) => (yen / 100_000_000m).ToString("N1", Invariant);

    /// <summary>Japanese tables show totals in 億円, English ones in ¥ millions.</summary>
    public static string TotalNumber(long yen, bool english) => english ? MillionsNumber(yen) : OkuNumber(yen);

    /// <summary>A chart's value in the unit its title names (億円 or ¥ millions for totals).</summary>
    public static double TotalUnits(long yen, bool english) => english ? yen / 1_000_000d : yen / 100_000_000d;

    /// <summary>A chart's value in millions of yen.</summary>
    public static double MillionUnits(long yen) => yen / 1_000_000d;

    /// <summary>A chart's number: grouped, one decimal where there is one (147.2, 1,000, 2.5).</summary>
    public static string Number(double value) => value.ToString("#,##0.#", Invariant);

    /// <summary>
    /// 2023年度（令和5年度） for a table cell: it may wrap before the era name, never inside either part,
    /// so a narrow column on a phone reads 2023年度 / （令和5年度）.
    /// </summary>
    public static IHtmlContent YearCell(int fiscalYear, bool english)
    {
        var label = FiscalYear.Label(fiscalYear, english);
        var split = label.IndexOf('（', StringComparison.Ordinal);
        if (split <= 0) return new HtmlString($"<span class=\"nowrap\">{WebUtility.HtmlEncode(label)}</span>");
        return new HtmlString($"<span class=\"nowrap\">{WebUtility.HtmlEncode(label[..split])}</span><wbr><span class=\"nowrap\">{WebUtility.HtmlEncode(label[split..])}</span>");
    }
}
