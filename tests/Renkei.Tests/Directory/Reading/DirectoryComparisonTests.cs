using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The side-by-side table's rows: the union of the entries' fields, in catalogue order.</summary>
public class DirectoryComparisonTests
{
    [Fact]
    public void Rows_are_the_union_of_fields_in_catalogue_order_with_blanks_where_a_field_is_absent()
    {
        var one = DirectoryData.SampleContent("230006");
        var two = DirectoryData.SampleContent("041009");
        two.MemberTypes.Add(new MemberType { Name = "団体会員", Count = 10 });
        two.Projects.Add(new Project { Name = "防災訓練", Category = "disaster" });

        var rows = DirectoryComparison.Rows([EntryFields.Flatten(one, false), EntryFields.Flatten(two, false)]);

        var keys = rows.Select(r => r.Key).ToList();
        var catalogue = EntryFields.Flatten(two, false).Select(f => f.Key).ToList();
        Assert.Equal(catalogue, keys);
        var extra = rows.Single(r => r.Key == "memberTypes[2].name");
        Assert.Equal(["", "団体会員"], extra.Values);
        Assert.True(extra.Differs);
        Assert.Equal("会員種別2：種別", extra.LabelJa);
        Assert.Equal(keys.IndexOf("memberTypes[1].annualFeeYen") + 1, keys.IndexOf("memberTypes[2].name"));
        Assert.False(rows.Single(r => r.Key == "legalForm").Differs);
        Assert.True(rows.Single(r => r.Key == "name").Differs);
        Assert.True(rows.Single(r => r.Key == "contacts[1].name").MembersOnly);
    }

    [Fact]
    public void Fields_only_a_later_entry_has_keep_their_place()
    {
        var one = DirectoryData.SampleContent("230006");
        one.Officers = [];
        var two = DirectoryData.SampleContent("041009");

        var keys = DirectoryComparison.Rows([EntryFields.Flatten(one, true), EntryFields.Flatten(two, true)]).Select(r => r.Key).ToList();

        Assert.Equal(EntryFields.Flatten(two, true).Select(f => f.Key), keys);
    }
}
