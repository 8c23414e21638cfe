using Renkei.Web.Features.Directory;
using Renkei.Web.Features.Directory.Files;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The workbook layout follows the field catalogue: a field added to EntryFields without a column fails here.</summary>
public class SheetLayoutTests
{
    static EntryContent OneRowEach() => new()
    {
        MemberTypes = [new()], Officers = [new()], Contacts = [new()], Facilities = [new()], Networks = [new()],
        Periodicals = [new()], Publications = [new()], Projects = [new()],
    };

    [Fact]
    public void The_main_sheet_has_every_scalar_field_in_catalogue_order()
    {
        var scalars = EntryFields.Flatten(new EntryContent(), english: false).Select(f => f.Key).ToList();
        Assert.Equal(["code", "block", .. scalars], DirectorySheetLayout.MainColumns.Select(c => c.Key));
    }

    [Fact]
    public void Each_group_sheet_has_the_groups_columns_in_catalogue_order_and_its_label_as_name()
    {
        var keys = EntryFields.Flatten(OneRowEach(), english: false).Where(f => f.Key.Contains('[')).Select(f => f.Key).ToList();
        Assert.Equal(keys, DirectorySheetLayout.Groups.SelectMany(g => g.Columns.Select(c => $"{g.Key}[1].{c.Key}")));
        Assert.Equal(["会員種別", "役員", "担当者", "施設", "ネットワーク", "定期刊行物", "刊行物", "主な事業"], DirectorySheetLayout.Groups.Select(g => g.SheetName));
        Assert.Equal(["contacts"], DirectorySheetLayout.Groups.Where(g => g.MembersOnly).Select(g => g.Key));
        var projects = DirectorySheetLayout.Groups.Single(g => g.Key == "projects");
        Assert.Equal(("予算", "Budget"), (projects.Columns[^1].LabelJa, projects.Columns[^1].LabelEn));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    public void Column_letters_go_both_ways(int column, string letters)
    {
        Assert.Equal(letters, XlsxBook.ColumnName(column));
        Assert.Equal(column, XlsxReader.ColumnOf(letters + "12"));
    }
}
