namespace Renkei.Web.Infrastructure.Localization;

/// <summary>年度: April to March. 2023年度 runs from 2023-04-01 to 2024-03-31 and is 令和5年度.</summary>
public static class FiscalYear
{
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static int Current(TimeProvider clock) => Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    /// <summary>"2023年度（令和5年度）" in Japanese, "FY2023" in English.</summary>
    public static string Label(int fiscalYear, bool english) =>
        english ? $"FY{fiscalYear}" : $"{fiscalYear}年度（{Era(fiscalYear)}年度）";

    static string Era(int year) => year switch
    {
        >= 2019 => year == 2019 ? "令和元" : $"令和{year - 2018}",
        >= 1989 => year == 1989 ? "平成元" : $"平成{year - 1988}",
        _ => $"昭和{year - 1925}",
    };
}
