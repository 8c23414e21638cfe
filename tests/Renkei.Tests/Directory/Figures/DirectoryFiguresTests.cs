using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The national figures' arithmetic: medians, totals, missing values, groupings.</summary>
public class DirectoryFiguresTests
{
    static EntryContent Entry(long? budget = null, StaffCounts? staff = null, params Project[] projects) => new()
    {
        AnnualBudgetYen = budget,
        Staff = staff ?? new StaffCounts(),
        Projects = projects.ToList(),
    };

    static YearFigures Compute(params (EntryContent Content, string Block)[] entries) =>
        DirectoryFigures.Compute(2101, false, entries.Select(e => new FiguresInput(e.Content, e.Block)).ToList(), ["hokkaido-tohoku", "kanto", "chubu"]);

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value()
    {
        Assert.Equal(30m, DirectoryFigures.Median([50, 10, 30]));
        Assert.Equal(7m, DirectoryFigures.Median([7]));
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(25m, DirectoryFigures.Median([40, 10, 20, 30]));
        Assert.Equal(150_000_000.5m, DirectoryFigures.Median([100_000_000, 200_000_001]));
    }

    [Fact]
    public void Median_of_nothing_is_unknown()
    {
        Assert.Null(DirectoryFigures.Median([]));
    }

    [Fact]
    public void An_empty_edition_has_zero_counts_and_no_medians()
    {
        var f = Compute();

        Assert.Equal(0, f.Associations);
        Assert.Equal(0, f.Staff.Total);
        Assert.Null(f.Staff.Median);
        Assert.Equal(0, f.BudgetTotalYen);
        Assert.Null(f.BudgetMedianYen);
        Assert.Empty(f.Categories);
        Assert.Empty(f.Languages);
        Assert.Empty(f.Blocks);
    }

    [Fact]
    public void Missing_budgets_and_staff_are_left_out_of_totals_and_medians_not_counted_as_zero()
    {
        var f = Compute(
            (Entry(100_000_000, new StaffCounts { Regular = 4, Contract = 2 }), "kanto"),
            (Entry(300_000_000, new StaffCounts { Seconded = 1, Regular = 9, PartTime = 3, Temporary = 1 }), "kanto"),
            (Entry(null, new StaffCounts()), "chubu"));

        Assert.Equal(3, f.Associations);
        Assert.Equal(400_000_000, f.BudgetTotalYen);
        Assert.Equal(200_000_000m, f.BudgetMedianYen); // of the two that gave a budget, not of three
        Assert.Equal(2, f.BudgetReported);
        Assert.Equal(20, f.Staff.Total);
        Assert.Equal(10m, f.Staff.Median); // (6 + 14) / 2: the entry without staff figures is not a zero
        Assert.Equal(2, f.Staff.Reported);
        Assert.Equal((1, 13, 3, 2, 1), (f.Staff.Seconded, f.Staff.Regular, f.Staff.PartTime, f.Staff.Contract, f.Staff.Temporary));
    }

    [Fact]
    public void A_staff_figure_of_zero_is_reported_and_counts_in_the_median()
    {
        var f = Compute((Entry(staff: new StaffCounts { Regular = 0 }), "kanto"), (Entry(staff: new StaffCounts { Regular = 8 }), "kanto"));

        Assert.Equal(2, f.Staff.Reported);
        Assert.Equal(4m, f.Staff.Median);
    }

    [Fact]
    public void Projects_are_counted_by_category_in_catalogue_order_with_their_budgets_and_associations()
    {
        var f = Compute(
            (Entry(projects: [new() { Category = "exchange", BudgetYen = 5_000_000 }, new() { Category = "consultation", BudgetYen = 20_000_000 }, new() { Category = "consultation", BudgetYen = null }]), "kanto"),
            (Entry(projects: [new() { Category = "consultation", BudgetYen = 10_000_000 }, new() { Category = "old-code", BudgetYen = 1_000_000 }]), "chubu"));

        Assert.Equal(["consultation", "exchange", "old-code"], f.Categories.Select(c => c.Category));
        var consultation = f.Categories[0];
        Assert.Equal((3, 2, 30_000_000L), (consultation.Projects, consultation.Associations, consultation.BudgetYen));
        Assert.Equal(5, f.Projects);
        Assert.Equal(36_000_000, f.ProjectBudgetYen);
    }

    [Fact]
    public void Languages_are_ranked_by_the_number_of_associations_then_in_catalogue_order()
    {
        var a = new EntryContent { ConsultationLanguages = ["vi", "en", "en"] };
        var b = new EntryContent { ConsultationLanguages = ["pt", "vi"] };
        var c = new EntryContent { ConsultationLanguages = ["en", "vi", "pt", "zh"] };

        var f = Compute((a, "kanto"), (b, "kanto"), (c, "kanto"));

        Assert.Equal([("vi", 3), ("en", 2), ("pt", 2), ("zh", 1)], f.Languages.Select(l => (l.Language, l.Associations)));
    }

    [Fact]
    public void Blocks_are_in_block_order_with_their_associations_staff_and_budget()
    {
        var f = Compute(
            (Entry(100_000_000, new StaffCounts { Regular = 5 }), "chubu"),
            (Entry(50_000_000, new StaffCounts { Regular = 3 }), "hokkaido-tohoku"),
            (Entry(null, new StaffCounts { Regular = 2 }), "chubu"));

        Assert.Equal([new BlockFigures("hokkaido-tohoku", 1, 3, 50_000_000), new BlockFigures("chubu", 2, 7, 100_000_000)], f.Blocks);
    }

    [Theory]
    [InlineData(63, new double[] { 0, 20, 40, 60, 80 })]
    [InlineData(60, new double[] { 0, 20, 40, 60 })]
    [InlineData(147.2, new double[] { 0, 50, 100, 150 })]
    [InlineData(0, new double[] { 0, 1 })]
    [InlineData(0.5, new double[] { 0, 0.2, 0.4, 0.6 })]
    public void Chart_axes_step_in_round_numbers_up_to_the_largest_value(double max, double[] ticks)
    {
        Assert.Equal(ticks, SvgChart.Ticks(max));
    }

    [Theory]
    [InlineData(14_720_000_000, false, "147.2億円")]
    [InlineData(14_720_000_000, true, "¥14,720m")]
    [InlineData(0, false, "0.0億円")]
    public void Totals_read_in_oku_in_japanese_and_millions_in_english(long yen, bool english, string expected)
    {
        Assert.Equal(expected, FigureFormat.Total(yen, english));
    }

    [Fact]
    public void One_associations_amount_reads_in_millions()
    {
        Assert.Equal("204.3百万円", FigureFormat.Millions(204_300_000m, false));
        Assert.Equal("1,205百万円", FigureFormat.Millions(1_205_000_000m, false));
        Assert.Equal("¥204.3m", FigureFormat.Millions(204_300_000m, true));
        Assert.Equal("6.4百万円", FigureFormat.Millions(6_425_000m, false));
        Assert.Equal("–", FigureFormat.Millions(null, false));
    }
}
