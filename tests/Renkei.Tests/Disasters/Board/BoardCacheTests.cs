using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Accounts;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// The board is loaded once and shared (BoardCache): a change saved by anyone, by any path, shows on the next read; the
/// part rendered once per block is never mixed up between callers who may do different things; a request overdue for
/// escalation is escalated by the read even though the board was read (and kept) before its deadline.
/// </summary>
public class BoardCacheTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    const string Shizuoka = "220001";

    DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    static string Section(AngleSharp.Html.Dom.IHtmlDocument page, string heading) =>
        page.QuerySelector($"section[aria-labelledby={heading}]")!.TextContent;

    [Fact]
    public async Task A_change_saved_by_anyone_shows_on_the_next_read_of_the_board()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id, people: 3);
        var viewer = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Nagoya));
        Assert.Contains("回答待ちの申し出はありません。", Section(await viewer.GetPage($"/disasters/{disaster.Id}"), "pending-h"));

        // Straight into the database through the app's own DbContext, as the command line or a worker would.
        var offer = await DisasterData.OfferAsync(factory, request.Id, Shizuoka);
        var page = await viewer.GetPage($"/disasters/{disaster.Id}");
        Assert.Contains("静岡県国際交流協会", Section(page, "pending-h"));

        await DisasterData.StepAsync(factory, offer.Id, OfferStepKind.Accepted);
        page = await viewer.GetPage($"/disasters/{disaster.Id}");
        Assert.Contains("回答待ちの申し出はありません。", Section(page, "pending-h"));
        Assert.Contains("静岡県国際交流協会", Section(page, "way-h"));

        // A registry change (a new name) shows too.
        var renamed = $"静岡県国際交流協会（改称{Guid.NewGuid():N}"[..20] + "）";
        await factory.WithDb(async db =>
        {
            var current = await db.AssociationVersions.SingleAsync(v => v.AssociationCode == Shizuoka && v.ValidTo == null);
            var name = current.Name;
            current.Name = renamed;
            await db.SaveChangesAsync();
            try
            {
                Assert.Contains(renamed, Section(await viewer.GetPage($"/disasters/{disaster.Id}"), "way-h"));
            }
            finally
            {
                current.Name = name;
                await db.SaveChangesAsync();
            }
        });
        Assert.DoesNotContain(renamed, Section(await viewer.GetPage($"/disasters/{disaster.Id}"), "way-h"));
    }

    [Fact]
    public async Task Members_of_one_block_share_the_board_but_each_sees_only_what_it_may_do()
    {
        var disaster = await DisasterData.DeclareAsync(factory, ["21", "23"]);
        var gifus = await DisasterData.RequestAsync(factory, disaster.Id, DisasterData.Gifu);
        var aichis = await DisasterData.RequestAsync(factory, disaster.Id, DisasterData.Aichi);
        var nagoya = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Nagoya));
        var gifu = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Gifu));
        var shizuoka = await factory.SignedInClient(await factory.AssociationStaff(Shizuoka));
        var sendai = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Sendai));
        var baseUrl = $"/disasters/{disaster.Id}";

        // Read in turn, twice, so that each reads what another of its block has just had rendered.
        for (var round = 0; round < 2; round++)
        {
            var forNagoya = await nagoya.GetPage(baseUrl);
            Assert.NotNull(forNagoya.QuerySelector($"a[href='{baseUrl}/status?code={DisasterData.Nagoya}']"));
            Assert.Null(forNagoya.QuerySelector($"a[href='{baseUrl}/status?code={DisasterData.Gifu}']"));
            Assert.NotNull(forNagoya.QuerySelector($"a[href='{baseUrl}/requests/{gifus.Id}/offer']"));
            Assert.NotNull(forNagoya.QuerySelector($"a[href='{baseUrl}/requests/{aichis.Id}/offer']"));

            var forGifu = await gifu.GetPage(baseUrl);
            Assert.NotNull(forGifu.QuerySelector($"a[href='{baseUrl}/status?code={DisasterData.Gifu}']"));
            Assert.Null(forGifu.QuerySelector($"a[href='{baseUrl}/status?code={DisasterData.Nagoya}']"));
            Assert.Null(forGifu.QuerySelector($"a[href='{baseUrl}/requests/{gifus.Id}/offer']"));
            Assert.NotNull(forGifu.QuerySelector($"a[href='{baseUrl}/requests/{aichis.Id}/offer']"));

            // Shizuoka (Chubu, not affected) and Nagoya differ only in Nagoya's own status link.
            var forShizuoka = await shizuoka.GetPage(baseUrl);
            Assert.Empty(forShizuoka.QuerySelectorAll($"a[href^='{baseUrl}/status']"));
            Assert.Equal(2, forShizuoka.QuerySelectorAll(".board-needs > li").Length);

            // Another block: the requests still in Chubu are not on its board at all.
            var forSendai = await sendai.GetPage(baseUrl);
            Assert.Empty(forSendai.QuerySelectorAll(".board-needs > li"));
            Assert.DoesNotContain($"/requests/{gifus.Id}", forSendai.DocumentElement.OuterHtml);
        }
    }

    [Fact]
    public async Task A_request_that_falls_due_after_the_board_was_read_is_escalated_by_the_next_read()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id, configure: r =>
        {
            r.PostedAt = Now;
            r.EscalateAfter = Now.AddHours(24);
        });
        // Signed in afresh after each move of the clock: a session lasts 8 hours.
        async Task<HttpClient> SendaiAsync() => await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Sendai));
        var baseUrl = $"/disasters/{disaster.Id}";
        Assert.Empty((await (await SendaiAsync()).GetPage(baseUrl)).QuerySelectorAll(".board-needs > li"));

        factory.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Empty((await (await SendaiAsync()).GetPage(baseUrl)).QuerySelectorAll(".board-needs > li"));
        Assert.Null((await DisasterData.LoadRequestAsync(factory, request.Id)).EscalatedAt);

        factory.Clock.Advance(TimeSpan.FromHours(1.5));
        var page = await (await SendaiAsync()).GetPage(baseUrl);
        Assert.Single(page.QuerySelectorAll(".board-needs > li"));
        Assert.NotNull((await DisasterData.LoadRequestAsync(factory, request.Id)).EscalatedAt);
    }

    [Fact]
    public async Task The_board_lists_twenty_offers_awaiting_a_decision_and_counts_the_rest()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        string[] helpers = [DisasterData.Nagoya, Shizuoka, DisasterData.Sendai, DisasterData.Miyagi, "170003"];
        var request = await DisasterData.RequestAsync(factory, disaster.Id, people: 30, escalated: true);
        for (var i = 0; i < 23; i++) await DisasterData.OfferAsync(factory, request.Id, helpers[i % helpers.Length]);
        var viewer = await factory.SignedInClient(await factory.Secretariat());

        var page = await viewer.GetPage($"/disasters/{disaster.Id}");
        Assert.Equal(20, page.QuerySelectorAll("section[aria-labelledby=pending-h] li").Length);
        Assert.Contains("ほか3件の申し出も回答を待っています。", Section(page, "pending-h"));
        Assert.Contains("回答待ちの申し出 23件", page.QuerySelector(".board-needs")!.TextContent);

        page = await viewer.GetPage($"/disasters/{disaster.Id}?culture=en");
        Assert.Contains("3 more offers are awaiting a decision", Section(page, "pending-h"));
    }
}
