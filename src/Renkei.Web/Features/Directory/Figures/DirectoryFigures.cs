namespace Renkei.Web.Features.Directory;

/// <summary>Staff of all associations of a year, by employment type; the median is per association.</summary>
public sealed record StaffFigures(int Total, decimal? Median, int Seconded, int Regular, int PartTime, int Contract, int Temporary, int Reported);

/// <summary>Projects of one category: how many, in how many associations, with what budget in all.</summary>
public sealed record CategoryFigures(string Category, int Projects, int Associations, long BudgetYen);

/// <summary>How many associations counsel in a language.</summary>
public sealed record LanguageFigures(string Language, int Associations);

/// <summary>One regional block's share of a year (the block the association belonged to in that year).</summary>
public sealed record BlockFigures(string BlockId, int Associations, int Staff, long BudgetYen);

/// <summary>
/// The national figures of one published edition. Sums and medians count only the associations that
/// gave the figure (<c>...Reported</c>): a missing budget is unknown, not zero.
/// </summary>
public sealed record YearFigures(
    int FiscalYear, bool IsSample, int Associations,
    StaffFigures Staff,
    long BudgetTotalYen, decimal? BudgetMedianYen, int BudgetReported,
    long EndowmentTotalYen, int EndowmentReported,
    int MembersTotal, int MembersReported,
    int Projects, long ProjectBudgetYen,
    IReadOnlyList<CategoryFigures> Categories,
    IReadOnlyList<LanguageFigures> Languages,
    IReadOnlyList<BlockFigures> Blocks);

/// <summary>One association's entry reduced to what the figures need.</summary>
public sealed record FiguresInput(EntryContent Content, string BlockId);

/// <summary>
/// Computes the national figures (全国の集計) of the directory from published entries: counts, totals and
/// medians of staff and budget, projects by category, consultation languages, and shares by block.
/// A plain calculation, so that the page, the API and the tests agree on one definition.
/// </summary>
public static class DirectoryFigures
{
    public static YearFigures Compute(DirectoryEdition edition, IEnumerable<PublishedEntry> entries, IEnumerable<string> blockOrder) =>
        Compute(edition.FiscalYear, edition.IsSample, entries.Select(e => new FiguresInput(e.Content, e.Block.Id)).ToList(), blockOrder);

    public static YearFigures Compute(int fiscalYear, bool isSample, IReadOnlyList<FiguresInput> entries, IEnumerable<string> blockOrder)
    {
        var contents = entries.Select(e => e.Content).ToList();
        var staffed = contents.Where(HasStaff).ToList();
        var budgets = contents.Select(c => c.AnnualBudgetYen).OfType<long>().ToList();
        var endowments = contents.Select(c => c.EndowmentYen).OfType<long>().ToList();
        var members = contents.Where(c => c.MemberTypes.Any(m => m.Count is not null)).Select(c => c.MemberTypes.Sum(m => m.Count ?? 0)).ToList();
        var staff = new StaffFigures(
            staffed.Sum(c => c.Staff.Total), Median(staffed.Select(c => (long)c.Staff.Total)),
            contents.Sum(c => c.Staff.Seconded ?? 0), contents.Sum(c => c.Staff.Regular ?? 0), contents.Sum(c => c.Staff.PartTime ?? 0),
            contents.Sum(c => c.Staff.Contract ?? 0), contents.Sum(c => c.Staff.Temporary ?? 0), staffed.Count);

        var projects = contents.SelectMany((c, i) => c.Projects.Select(p => (Index: i, Project: p))).ToList();
        var categories = projects.GroupBy(p => p.Project.Category ?? "other")
            .Select(g => new CategoryFigures(g.Key, g.Count(), g.Select(p => p.Index).Distinct().Count(), g.Sum(p => p.Project.BudgetYen ?? 0)))
            .OrderBy(c => CodeOrder(DirectoryCodes.ProjectCategories, c.Category)).ThenBy(c => c.Category, StringComparer.Ordinal)
            .ToList();
        var languages = contents.SelectMany(c => c.ConsultationLanguages.Distinct()).GroupBy(l => l)
            .Select(g => new LanguageFigures(g.Key, g.Count()))
            .OrderByDescending(l => l.Associations).ThenBy(l => CodeOrder(DirectoryCodes.Languages, l.Language)).ThenBy(l => l.Language, StringComparer.Ordinal)
            .ToList();
        var order = blockOrder.ToList();
        var blocks = entries.GroupBy(e => e.BlockId)
            .Select(g => new BlockFigures(g.Key, g.Count(), g.Sum(e => e.Content.Staff.Total), g.Sum(e => e.Content.AnnualBudgetYen ?? 0)))
            .OrderBy(b => order.IndexOf(b.BlockId) is var i and >= 0 ? i : int.MaxValue).ThenBy(b => b.BlockId, StringComparer.Ordinal)
            .ToList();

        return new YearFigures(fiscalYear, isSample, contents.Count, staff,
            budgets.Sum(), Median(budgets), budgets.Count,
            endowments.Sum(), endowments.Count,
            members.Sum(), members.Count,
            projects.Count, projects.Sum(p => p.Project.BudgetYen ?? 0),
            categories, languages, blocks);
    }

    /// <summary>The middle value; for an even count the mean of the two middle values; null for none.</summary>
    public static decimal? Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + (decimal)sorted[mid]) / 2;
    }

    /// <summary>An entry that says nothing about its staff (every type blank) is left out of the staff median.</summary>
    static bool HasStaff(EntryContent c) =>
        c.Staff.Seconded is not null || c.Staff.Regular is not null || c.Staff.PartTime is not null
        || c.Staff.Contract is not null || c.Staff.Temporary is not null;

    static int CodeOrder(IReadOnlyList<CodeLabel> list, string code)
    {
        for (var i = 0; i < list.Count; i++) if (list[i].Code == code) return i;
        return int.MaxValue;
    }
}
