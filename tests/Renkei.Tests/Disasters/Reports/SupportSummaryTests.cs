using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Features.Disasters.Reports;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// The summary's figures on a known scenario, through the API and the page: person-days, who helped whom, by block,
/// routing and the medians; so far while open, final with the closing note once closed; Japanese and English.
/// </summary>
public class SupportSummaryTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    /// <summary>
    /// A real flood in Gifu. 要請1: 4 interpreters (vi, en), immediate, kept in Chubu: Nagoya 2 on site for 3 days
    /// (completed), Aichi 2 remote for 2 days (accepted; covered 5 h after posting), Hamamatsu declined; first offer after
    /// 1 h. 要請2: 2 staff, high, escalated at the deadline: Sendai 1 on site for 5 days (accepted), Nagoya withdrew; first
    /// offer after 26 h. 要請3: materials, normal, withdrawn, no offers.
    /// </summary>
    async Task<int> ScenarioAsync()
    {
        var t0 = DateTime.UtcNow.AddDays(-3);
        var day = DateOnly.FromDateTime(t0);
        var disaster = await DisasterData.DeclareAsync(factory, drill: false);
        var r1 = await DisasterData.RequestAsync(factory, disaster.Id, people: 4, languages: ["vi", "en"], configure: r =>
        {
            r.Urgency = Urgency.Immediate;
            r.PostedAt = t0;
            r.CoveredAt = t0.AddHours(5);
        });
        var nagoya = await DisasterData.OfferAsync(factory, r1.Id, DisasterData.Nagoya, people: 2, languages: ["vi"], configure: o =>
            (o.From, o.To, o.OfferedAt) = (day, day.AddDays(2), t0.AddHours(1)));
        var aichi = await DisasterData.OfferAsync(factory, r1.Id, DisasterData.Aichi, people: 2, languages: ["en"], mode: OfferMode.Remote, configure: o =>
            (o.From, o.To, o.OfferedAt) = (day, day.AddDays(1), t0.AddHours(3)));
        var hamamatsu = await DisasterData.OfferAsync(factory, r1.Id, ReportsData.Hamamatsu, configure: o => o.OfferedAt = t0.AddHours(4));
        var r2 = await DisasterData.RequestAsync(factory, disaster.Id, people: 2, languages: [], configure: r =>
        {
            r.Kind = SupportKind.StaffDispatch;
            r.PostedAt = t0;
            r.EscalatedAt = t0.AddHours(24);
        });
        var sendai = await DisasterData.OfferAsync(factory, r2.Id, DisasterData.Sendai, people: 1, configure: o =>
            (o.From, o.To, o.OfferedAt) = (day, day.AddDays(4), t0.AddHours(30)));
        var withdrawn = await DisasterData.OfferAsync(factory, r2.Id, DisasterData.Nagoya, people: 1, configure: o => o.OfferedAt = t0.AddHours(26));
        await DisasterData.RequestAsync(factory, disaster.Id, people: 1, languages: [], configure: r =>
        {
            r.Kind = SupportKind.Materials;
            r.Urgency = Urgency.Normal;
            r.ClosedAt = t0.AddHours(2);
            r.ClosedBy = "admin@test.renkei.jp";
        });
        await DisasterData.StepAsync(factory, nagoya.Id, OfferStepKind.Accepted);
        await DisasterData.StepAsync(factory, nagoya.Id, OfferStepKind.Dispatched);
        await DisasterData.StepAsync(factory, nagoya.Id, OfferStepKind.Completed, "3日間、避難所で通訳");
        await DisasterData.StepAsync(factory, aichi.Id, OfferStepKind.Accepted);
        await DisasterData.StepAsync(factory, hamamatsu.Id, OfferStepKind.Declined, "人数が足りています");
        await DisasterData.StepAsync(factory, sendai.Id, OfferStepKind.Accepted);
        await DisasterData.StepAsync(factory, withdrawn.Id, OfferStepKind.Withdrawn);
        return disaster.Id;
    }

    static void AssertFigures(JsonElement s)
    {
        var requests = s.GetProperty("requests");
        Assert.Equal((3, 7), (requests.GetProperty("total").GetInt32(), requests.GetProperty("people").GetInt32()));
        Assert.Equal(["staffDispatch:1/2/5", "interpreters:1/4/10", "materials:1/1/0"], requests.GetProperty("byKind").EnumerateArray()
            .Select(k => $"{k.GetProperty("kind").GetString()}:{k.GetProperty("requests").GetInt32()}/{k.GetProperty("people").GetInt32()}/{k.GetProperty("personDays").GetInt32()}"));
        Assert.Equal((1, 1, 1), (requests.GetProperty("byUrgency").GetProperty("immediate").GetInt32(),
            requests.GetProperty("byUrgency").GetProperty("high").GetInt32(), requests.GetProperty("byUrgency").GetProperty("normal").GetInt32()));
        var states = requests.GetProperty("byState");
        Assert.Equal((1, 1, 1, 0), (states.GetProperty("covered").GetInt32(), states.GetProperty("partlyCovered").GetInt32(),
            states.GetProperty("withdrawn").GetInt32(), states.GetProperty("open").GetInt32()));

        var offers = s.GetProperty("offers");
        Assert.Equal("5 0 3 1 1 0 1", string.Join(" ", new[] { "made", "pending", "accepted", "declined", "withdrawn", "dispatched", "completed" }
            .Select(p => offers.GetProperty(p).GetInt32())));

        var support = s.GetProperty("support");
        Assert.Equal("5 10 15 11 4 10 5", string.Join(" ", new[] { "people", "days", "personDays", "onSitePersonDays", "remotePersonDays", "inBlockPersonDays", "otherBlocksPersonDays" }
            .Select(p => support.GetProperty(p).GetInt32())));

        Assert.Equal(
            ["041009→210005 staffDispatch onSite 1×5=5 hokkaido-tohoku→chubu", "230006→210005 interpreters remote 2×2=4 chubu→chubu", "231002→210005 interpreters onSite 2×3=6 chubu→chubu"],
            s.GetProperty("whoHelpedWhom").EnumerateArray().Select(h =>
                $"{h.GetProperty("helper").GetProperty("code").GetString()}→{h.GetProperty("helped").GetProperty("code").GetString()} {h.GetProperty("kind").GetString()} " +
                $"{h.GetProperty("mode").GetString()} {h.GetProperty("people").GetInt32()}×{h.GetProperty("days").GetInt32()}={h.GetProperty("personDays").GetInt32()} " +
                $"{h.GetProperty("helper").GetProperty("block").GetString()}→{h.GetProperty("helped").GetProperty("block").GetString()}"));
        Assert.Equal(["chubu→chubu 2 4 10", "hokkaido-tohoku→chubu 1 1 5"], s.GetProperty("byBlock").EnumerateArray()
            .Select(b => $"{b.GetProperty("helperBlock").GetString()}→{b.GetProperty("helpedBlock").GetString()} {b.GetProperty("offers").GetInt32()} {b.GetProperty("people").GetInt32()} {b.GetProperty("personDays").GetInt32()}")
            .Order());

        var routing = s.GetProperty("routing");
        Assert.Equal("2 1 1 1 0 0", string.Join(" ", new[] { "inBlock", "coveredInBlock", "escalated", "escalatedAutomatically", "escalatedByHand", "coveredAfterEscalation" }
            .Select(p => routing.GetProperty(p).GetInt32())));
        var timing = s.GetProperty("timing");
        Assert.Equal((13.5, 2, 5.0, 1), (timing.GetProperty("medianHoursToFirstOffer").GetDouble(), timing.GetProperty("requestsWithOffer").GetInt32(),
            timing.GetProperty("medianHoursToCoverage").GetDouble(), timing.GetProperty("requestsCovered").GetInt32()));
    }

    [Fact]
    public async Task The_summary_adds_up_a_known_scenario_so_far_while_open_and_final_once_closed()
    {
        var id = await ScenarioAsync();
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        var open = JsonDocument.Parse(await secretariat.GetStringAsync($"/api/v1/disasters/{id}/summary")).RootElement;
        AssertFigures(open);
        Assert.False(open.GetProperty("final").GetBoolean());
        Assert.Equal("open", open.GetProperty("status").GetString());
        Assert.False(open.GetProperty("isDrill").GetBoolean());

        var page = await secretariat.GetPage($"/disasters/{id}/summary");
        Assert.NotNull(page.QuerySelector("#summary-so-far"));
        Assert.Null(page.QuerySelector("#summary-final"));
        Assert.Null(page.QuerySelector("p.drill-banner"));
        Assert.Null(page.QuerySelector("#summary-block-note"));
        Assert.Equal("15", page.QuerySelector("#help-person-days")!.TextContent.Trim());
        Assert.Equal("15", page.QuerySelector("#fig-person-days")!.ChildNodes[0].TextContent.Trim());
        Assert.Equal("13時間30分", page.QuerySelector("#fig-first-offer")!.ChildNodes[0].TextContent.Trim());
        Assert.Equal("5時間", page.QuerySelector("#fig-coverage")!.ChildNodes[0].TextContent.Trim());
        Assert.Equal(["041009", "230006", "231002"], page.QuerySelectorAll("#table-help tbody tr").Select(tr => tr.GetAttribute("data-helper")));
        var sendaiRow = page.QuerySelector("#table-help tbody tr[data-helper='041009']")!;
        Assert.Contains("仙台観光国際協会", sendaiRow.TextContent);
        Assert.Contains("岐阜県国際交流センター", sendaiRow.TextContent);
        Assert.Equal(["1", "5", "5"], sendaiRow.QuerySelectorAll("td.num").Select(td => td.TextContent.Trim()));
        Assert.Equal("10", page.QuerySelector("#table-blocks tr[data-helper-block='chubu'][data-helped-block='chubu'] td.num:last-child")!.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("#routing-covered-in-block")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#link-situation-pdf"));
        Assert.NotNull(page.QuerySelector("#link-feed"));
        // Tables are labelled for screen readers; wide ones scroll inside a focusable region.
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(page.QuerySelectorAll("div.table-wrap"), w => Assert.Equal(("region", "0"), (w.GetAttribute("role"), w.GetAttribute("tabindex"))));

        await ReportsData.CloseAsync(factory, id, "支援はすべて完了しました。");
        var closed = JsonDocument.Parse(await secretariat.GetStringAsync($"/api/v1/disasters/{id}/summary")).RootElement;
        AssertFigures(closed);
        Assert.True(closed.GetProperty("final").GetBoolean());
        Assert.Equal("支援はすべて完了しました。", closed.GetProperty("closingNote").GetString());
        page = await secretariat.GetPage($"/disasters/{id}/summary");
        Assert.NotNull(page.QuerySelector("#summary-final"));
        Assert.Null(page.QuerySelector("#summary-so-far"));
        Assert.Equal("支援はすべて完了しました。", page.QuerySelector(".report-closing-note")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_summary_reads_in_english()
    {
        var id = await ScenarioAsync();
        var client = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Aichi));
        var page = await client.GetPage($"/disasters/{id}/summary?culture=en");
        Assert.Equal("Support summary", page.QuerySelector("h1")!.ChildNodes[0].TextContent.Trim());
        Assert.Equal("13 h 30 min", page.QuerySelector("#fig-first-offer")!.ChildNodes[0].TextContent.Trim());
        Assert.Contains("Sendai Tourism, Convention and International Association", page.QuerySelector("#table-help")!.TextContent);
        Assert.Contains("Staff dispatch", page.QuerySelector("#table-help")!.TextContent);
        Assert.NotNull(page.QuerySelector("#summary-so-far"));
        Assert.DoesNotContain("支援", page.QuerySelector("main")!.TextContent);

        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/disasters/{id}/summary?culture=en")).RootElement;
        Assert.Equal("Test flood", api.GetProperty("name").GetString());
        Assert.Equal("Nagoya International Center (NIC)", api.GetProperty("whoHelpedWhom")[2].GetProperty("helper").GetProperty("name").GetString());
    }

    [Fact]
    public void Medians_and_durations_read_as_expected()
    {
        Assert.Null(SupportSummary.Median([]));
        Assert.Equal(TimeSpan.FromHours(3), SupportSummary.Median([TimeSpan.FromHours(5), TimeSpan.FromHours(1), TimeSpan.FromHours(3)]));
        Assert.Equal(TimeSpan.FromHours(2), SupportSummary.Median([TimeSpan.FromHours(1), TimeSpan.FromHours(3)]));
        Assert.Equal("1日2時間5分", SupportSummary.Duration(new TimeSpan(1, 2, 5, 0), english: false));
        Assert.Equal("1 d 2 h 5 min", SupportSummary.Duration(new TimeSpan(1, 2, 5, 0), english: true));
        Assert.Equal("0分", SupportSummary.Duration(TimeSpan.Zero, english: false));
        Assert.Equal("–", SupportSummary.Duration(null, english: false));
    }
}
