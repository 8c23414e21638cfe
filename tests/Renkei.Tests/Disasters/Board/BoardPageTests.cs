using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>The coordination board: what it shows, in what order, to whom (the block rule), and how much it weighs.</summary>
public class BoardPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string Shizuoka = "220001";

    static IEnumerable<string> Needs(IHtmlDocument page) => page.QuerySelectorAll(".board-needs > li h3 a").Select(a => a.TextContent.Trim());

    Task AddEventAsync(int disasterId, DisasterEventKind kind, string about, int? requestId = null, string? note = null) =>
        factory.WithDb(async db =>
        {
            db.DisasterEvents.Add(new DisasterEvent
            {
                DisasterId = disasterId,
                Kind = kind,
                At = DateTime.UtcNow,
                ActorName = "someone@test.renkei.jp",
                ActorAssociationCode = about,
                AssociationCode = about,
                RequestId = requestId,
                Note = note,
            });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task The_board_shows_status_needs_by_urgency_offers_awaiting_decision_who_is_on_the_way_the_timeline_and_the_map()
    {
        var disaster = await DisasterData.DeclareAsync(factory, configure: d =>
        {
            var gifu = d.Affected.Single(a => a.AssociationCode == DisasterData.Gifu);
            gifu.Status = OperatingStatus.Limited;
            gifu.SupportCentreOpen = true;
            gifu.ReportedAt = DateTime.UtcNow;
            gifu.Note = "電話は 058-000-0000";
        });
        var older = await DisasterData.RequestAsync(factory, disaster.Id, people: 3, configure: r => { r.Urgency = Urgency.Normal; r.PostedAt = DateTime.UtcNow.AddHours(-5); });
        var urgent = await DisasterData.RequestAsync(factory, disaster.Id, people: 2, configure: r => r.Urgency = Urgency.Immediate);
        var pending = await DisasterData.OfferAsync(factory, older.Id, DisasterData.Nagoya);
        var accepted = await DisasterData.OfferAsync(factory, older.Id, Shizuoka);
        await DisasterData.StepAsync(factory, accepted.Id, OfferStepKind.Accepted);
        await AddEventAsync(disaster.Id, DisasterEventKind.StatusReported, DisasterData.Gifu, note: "一部制限・支援センター開設中");
        var viewer = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Nagoya));

        var page = await viewer.GetPage($"/disasters/{disaster.Id}");

        Assert.Contains("これは訓練です", page.QuerySelector(".drill-banner")!.TextContent);
        var affected = page.QuerySelector("section[aria-labelledby=affected-h]")!.TextContent;
        Assert.Contains("岐阜県国際交流センター", affected);
        Assert.Contains("一部制限", affected);
        Assert.Contains("災害多言語支援センター開設中", affected);
        Assert.Contains("058-000-0000", affected);
        // Nagoya neither is Gifu nor chairs the block: no status form for it.
        Assert.Null(page.QuerySelector($"a[href='/disasters/{disaster.Id}/status?code={DisasterData.Gifu}']"));

        Assert.Equal(["要請2", "要請1"], Needs(page));
        var first = page.QuerySelector(".board-needs > li")!;
        Assert.Contains("至急", first.TextContent);
        Assert.Contains("あと2名（ベトナム語）", first.TextContent);
        Assert.Contains("ブロック内", first.TextContent);
        Assert.NotNull(first.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/{urgent.Id}/offer']"));
        Assert.NotNull(first.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/{urgent.Id}']"));
        var second = page.QuerySelectorAll(".board-needs > li")[1].TextContent;
        Assert.Contains("あと2名", second);
        Assert.Contains("1/3名", second);
        Assert.Contains("回答待ちの申し出 1件", second);

        var waiting = page.QuerySelector("section[aria-labelledby=pending-h]")!;
        Assert.Contains("名古屋国際センター → 岐阜県国際交流センター", waiting.TextContent);
        Assert.NotNull(waiting.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/{older.Id}#offer-{pending.Id}']"));
        var onTheWay = page.QuerySelector("section[aria-labelledby=way-h]")!.TextContent;
        Assert.Contains("承諾", onTheWay);
        Assert.Contains("静岡県国際交流協会", onTheWay);

        Assert.Contains("の状況を報告しました", page.QuerySelector(".board-timeline")!.TextContent);
        Assert.Contains("一部制限・支援センター開設中", page.QuerySelector(".board-timeline")!.TextContent);
        Assert.Equal("t-aff", TileClass(page, "岐阜"));
        Assert.Equal("t-help", TileClass(page, "静岡"));
        Assert.Equal("t-plain", TileClass(page, "宮城"));
        Assert.Contains("静岡県国際交流協会（静岡県）", page.QuerySelector(".map-key")!.TextContent);
    }

    static string? TileClass(IHtmlDocument page, string label) =>
        page.QuerySelectorAll(".board-tiles text").FirstOrDefault(t => t.TextContent.Trim() == label)?.Closest("g[class^=t-]")?.GetAttribute("class");

    [Fact]
    public async Task The_requesting_association_decides_but_does_not_offer_to_itself_and_reports_its_own_status()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
        var gifu = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Gifu));

        var page = await gifu.GetPage($"/disasters/{disaster.Id}");

        Assert.Null(page.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/{request.Id}/offer']"));
        Assert.Contains("承諾・見送りを決める（要請1）", page.QuerySelector("section[aria-labelledby=pending-h]")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/disasters/{disaster.Id}/status?code={DisasterData.Gifu}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/new']"));
    }

    [Fact]
    public async Task A_request_still_in_its_block_is_left_out_for_another_block_until_it_is_escalated()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        await AddEventAsync(disaster.Id, DisasterEventKind.RequestPosted, DisasterData.Gifu, request.Id);
        var sendai = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Sendai));
        var chubu = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Aichi));

        var before = await sendai.GetPage($"/disasters/{disaster.Id}");
        Assert.Empty(Needs(before));
        Assert.DoesNotContain("要請1", before.QuerySelector("#board")!.TextContent);
        Assert.Equal(["要請1"], Needs(await chubu.GetPage($"/disasters/{disaster.Id}")));

        await factory.EscalateAsync(request.Id);

        var after = await sendai.GetPage($"/disasters/{disaster.Id}");
        Assert.Equal(["要請1"], Needs(after));
        Assert.Contains("全ブロック", after.QuerySelector(".board-needs")!.TextContent);
        Assert.Contains("要請1を登録しました", after.QuerySelector(".board-timeline")!.TextContent);
        Assert.NotNull(after.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/{request.Id}/offer']"));
    }

    [Fact]
    public async Task The_board_of_a_closed_disaster_offers_nothing_more_and_an_unknown_one_is_404()
    {
        var disaster = await DisasterData.DeclareAsync(factory, configure: d => { d.Status = DisasterStatus.Closed; d.ClosedAt = DateTime.UtcNow; d.ClosingNote = "全要請が完了"; });
        var request = await DisasterData.RequestAsync(factory, disaster.Id, escalated: true);
        var client = await factory.SignedInClient(await factory.Secretariat());

        var page = await client.GetPage($"/disasters/{disaster.Id}");

        Assert.Contains("全要請が完了", page.QuerySelector("#closed")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/{request.Id}/offer']"));
        Assert.Null(page.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/new']"));
        await client.GetPage("/disasters/987654", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task With_20_requests_and_60_offers_the_board_stays_under_50_KB_and_needs_no_script()
    {
        var disaster = await DisasterData.DeclareAsync(factory, ["21", "23"]);
        string[] helpers = [DisasterData.Sendai, DisasterData.Miyagi, Shizuoka, "150002", "170003", "130001", "271004", "401005"];
        for (var i = 0; i < 20; i++)
        {
            var code = new[] { DisasterData.Gifu, DisasterData.Aichi, DisasterData.Nagoya }[i % 3];
            var request = await DisasterData.RequestAsync(factory, disaster.Id, code, people: 5, languages: ["vi", "pt"], escalated: true,
                configure: r => { r.Urgency = (Urgency)(i % 3); r.Place = "岐阜市 災害多言語支援センター（市役所1階）"; });
            await AddEventAsync(disaster.Id, DisasterEventKind.RequestPosted, code, request.Id);
            for (var j = 0; j < 3; j++)
            {
                var offer = await DisasterData.OfferAsync(factory, request.Id, helpers[(i + j) % helpers.Length], people: 1, languages: ["vi"],
                    mode: j == 0 ? OfferMode.Remote : OfferMode.OnSite);
                await AddEventAsync(disaster.Id, DisasterEventKind.OfferMade, offer.AssociationCode, request.Id);
                if (j > 0) await DisasterData.StepAsync(factory, offer.Id, OfferStepKind.Accepted);
                if (j > 1) await DisasterData.StepAsync(factory, offer.Id, OfferStepKind.Dispatched);
            }
        }
        var client = await factory.SignedInClient(await factory.Secretariat());

        foreach (var culture in new[] { "ja", "en" })
        {
            var response = await client.GetAsync($"/disasters/{disaster.Id}?culture={culture}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(bytes.Length < 50 * 1024, $"The board weighs {bytes.Length} bytes in {culture}.");
            var page = Forms.Parse(System.Text.Encoding.UTF8.GetString(bytes));
            // Everything is in the HTML: the only script is the app's own small refresher, deferred.
            Assert.Equal(20, page.QuerySelectorAll(".board-needs > li").Length);
            Assert.Equal(20, page.QuerySelectorAll("section[aria-labelledby=pending-h] li").Length);
            Assert.Equal(40, page.QuerySelectorAll("section[aria-labelledby=way-h] li").Length);
            Assert.Equal(50, page.QuerySelectorAll(".board-timeline li").Length);
            var scripts = page.QuerySelectorAll("script").ToList();
            Assert.All(scripts, s => Assert.StartsWith("/js/disaster-board.js", s.GetAttribute("src")));
            Assert.All(scripts, s => Assert.True(s.HasAttribute("defer")));
            Assert.Null(page.QuerySelector("meta[http-equiv]"));
        }
    }

    [Fact]
    public async Task The_list_shows_ongoing_and_past_disasters_with_drills_apart()
    {
        var real = await DisasterData.DeclareAsync(factory, drill: false, configure: d => d.NameJa = BoardTesting.Name("実災害"));
        var past = await DisasterData.DeclareAsync(factory, drill: false, configure: d => { d.NameJa = BoardTesting.Name("過去"); d.Status = DisasterStatus.Closed; d.ClosedAt = DateTime.UtcNow; });
        var drill = await DisasterData.DeclareAsync(factory, configure: d => d.NameJa = BoardTesting.Name("訓練"));
        var client = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Sendai));

        var page = await client.GetPage("/disasters");

        Assert.Contains(real.NameJa, page.QuerySelector("ul[aria-labelledby=ongoing]")!.TextContent);
        Assert.Contains(past.NameJa, page.QuerySelector("ul[aria-labelledby=past]")!.TextContent);
        var drills = page.QuerySelector("ul[aria-labelledby=drills]")!;
        Assert.Contains(drill.NameJa, drills.TextContent);
        Assert.DoesNotContain(drill.NameJa, page.QuerySelector("ul[aria-labelledby=ongoing]")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/disasters/new']"));
    }
}
