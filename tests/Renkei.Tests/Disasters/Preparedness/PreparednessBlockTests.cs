using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters.Readiness;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// The block page and the block's capacity: what the block could send (totals by language, dispatchable staff), who
/// has not confirmed, the secretariat's filter. Rows are only written for Aichi and Nagoya (Chubu) and Sendai
/// (Hokkaido-Tohoku) in this class, so the Chubu totals are exact.
/// </summary>
public class PreparednessBlockTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task ChubuAsync()
    {
        await PreparednessTesting.SetAsync(factory, DisasterData.Aichi, confirmedDaysAgo: 400);
        await PreparednessTesting.SetAsync(factory, DisasterData.Nagoya, configure: p =>
        {
            p.DispatchableStaff = 4;
            p.RemoteSupport = false;
            p.Languages = [new() { AssociationCode = p.AssociationCode, Language = "vi", Interpreters = 1 }, new() { AssociationCode = p.AssociationCode, Language = "mn", Interpreters = 2, Translators = 2 }];
        });
        await PreparednessTesting.SetAsync(factory, DisasterData.Sendai, configure: p => p.DispatchableStaff = 50);
    }

    [Fact]
    public async Task The_block_capacity_adds_up_the_members_of_one_block_in_the_list_order()
    {
        await ChubuAsync();

        var chubu = await factory.WithDb(db => BlockCapacity.OfAsync(db, "chubu"));
        var all = await factory.WithDb(db => BlockCapacity.OfAsync(db, null));

        Assert.Equal(6, chubu.DispatchableStaff);
        Assert.Equal(1, chubu.RemoteSupportAssociations);
        Assert.Equal(10, chubu.Associations);
        Assert.Equal(new[] { "en:5/2", "vi:4/1", "mn:2/2" }, chubu.Languages.Select(l => $"{l.Language}:{l.Interpreters}/{l.Translators}"));
        Assert.Equal(11, chubu.Interpreters);
        Assert.Equal(56, all.DispatchableStaff);
        Assert.Equal(63, all.Associations);
    }

    [Fact]
    public async Task Members_see_their_block_with_totals_contacts_and_who_needs_to_confirm()
    {
        await ChubuAsync();
        var client = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Gifu));

        var page = await client.GetPage("/preparedness/block?block=hokkaido-tohoku");

        Assert.Contains("中部ブロック", page.QuerySelector(".subtitle")!.TextContent);
        Assert.Null(page.QuerySelector("form#block-filter"));
        var rows = page.QuerySelectorAll("#members tbody tr").Select(r => r.Id).ToList();
        Assert.Equal(10, rows.Count);
        Assert.Contains($"row-{DisasterData.Aichi}", rows);
        Assert.DoesNotContain($"row-{DisasterData.Sendai}", rows);
        var aichi = page.QuerySelector($"#row-{DisasterData.Aichi}")!;
        Assert.Contains("090-1111-2222", aichi.TextContent);
        Assert.Contains("要確認", aichi.TextContent);
        Assert.DoesNotContain("要確認", page.QuerySelector($"#row-{DisasterData.Nagoya}")!.TextContent);
        Assert.Contains("要確認", page.QuerySelector($"#row-{DisasterData.Gifu}")!.TextContent);
        Assert.Contains("9協会が12か月以上確認していないか、未登録です。", page.QuerySelector("main")!.TextContent);
        var totals = page.QuerySelectorAll("#language-totals tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(new[] { "英語|5|2", "ベトナム語|4|1", "モンゴル語|2|2" }, totals);
        Assert.Equal("合計|11|5", string.Join("|", page.QuerySelector("#language-totals tfoot tr")!.Children.Select(c => c.TextContent.Trim())));
        Assert.Contains("6", page.QuerySelector(".prep-figures")!.Children[0].TextContent);
    }

    [Fact]
    public async Task The_secretariat_sees_every_block_and_filters_by_one()
    {
        await ChubuAsync();
        var client = await factory.SignedInClient(await factory.Secretariat());

        var all = await client.GetPage("/preparedness/block");
        var north = await client.GetPage("/preparedness/block?block=hokkaido-tohoku&culture=en");

        Assert.Equal(63, all.QuerySelectorAll("#members tbody tr").Length);
        Assert.NotNull(all.QuerySelector("form#block-filter"));
        var rows = north.QuerySelectorAll("#members tbody tr").Select(r => r.Id).ToList();
        Assert.Contains($"row-{DisasterData.Sendai}", rows);
        Assert.DoesNotContain($"row-{DisasterData.Aichi}", rows);
        Assert.Contains("Hokkaido-Tohoku", north.QuerySelector(".subtitle")!.TextContent);
        Assert.Equal("hokkaido-tohoku", north.QuerySelector("#block option[selected]")!.GetAttribute("value"));
        Assert.Contains("50", north.QuerySelector(".prep-figures")!.Children[0].TextContent);
    }

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in()
    {
        var response = await factory.NewClient().GetAsync("/preparedness/block");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }
}
