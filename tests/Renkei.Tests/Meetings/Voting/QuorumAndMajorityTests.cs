using System.Net.Http.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The rules through real ballots: the quorum from check-ins, proxies and written votes; simple, two-thirds and
/// unanimous majorities; 全会一致; the written resolution and its ten-year consents.</summary>
public class QuorumAndMajorityTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_quorum_counts_check_ins_proxies_and_written_votes()
    {
        var codes = await CodesAsync(factory, 7);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        var rep = (await RepresentativesAsync(factory, meeting.Id, codes.Take(1)))[codes[0]].Client;
        var motion = meeting.Item(AgendaItemKind.Motion);
        await rep.VoteOkAsync(meeting.Id, motion.Id, "for");                                  // a written vote
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[1], AttendanceMode.Proxy); // a proxy to the chair
        await MeetingData.CheckInAsync(factory, meeting.Id, codes[2]);                      // someone came
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[3], AttendanceMode.OnSite, null, null, "来る 予定"); // registered, never came
        var secretariat = await factory.BearerClient(await factory.Secretariat());

        var quorum = (await secretariat.ResultsAsync(meeting.Id))["quorum"]!;
        Assert.Equal(("majority", 7, 3, 4, false), ((string)quorum["rule"]!, (int)quorum["invited"]!, (int)quorum["present"]!, (int)quorum["required"]!, (bool)quorum["met"]!));
        await CloseVoteAsync(factory, meeting.Id);
        var verdict = (await secretariat.ResultsAsync(meeting.Id)).ItemOf(motion.Id)["verdict"]!;
        Assert.Equal(("no-quorum", "不成立"), ((string)verdict["code"]!, (string)verdict["label"]!));
        Assert.Contains("定足数（4団体）に達しなかった", (string)verdict["explanation"]!);

        await MeetingData.CheckInAsync(factory, meeting.Id, codes[3]);
        var results = await secretariat.ResultsAsync(meeting.Id);
        Assert.Equal((4, true), ((int)results["quorum"]!["present"]!, (bool)results["quorum"]!["met"]!));
        // With the quorum met, the motion is decided on its votes: one "for" of four present is not a majority.
        Assert.Equal("rejected", (string)results.ItemOf(motion.Id)["verdict"]!["code"]!);
    }

    [Fact]
    public async Task Simple_two_thirds_and_unanimous_majorities_and_the_unanimous_label()
    {
        var codes = await CodesAsync(factory, 6, skip: 7);
        var meeting = await MeetingData.CreateAsync(factory, codes, m =>
        {
            MeetingData.InSession(m);
            m.Items.Add(new AgendaItem { Number = 4, Kind = AgendaItemKind.Motion, TitleJa = "三分の二", Majority = MajorityRule.TwoThirds });
            m.Items.Add(new AgendaItem { Number = 5, Kind = AgendaItemKind.Motion, TitleJa = "全員", Majority = MajorityRule.Unanimous, Wording = PassWording.Carried });
            m.Items.Add(new AgendaItem { Number = 6, Kind = AgendaItemKind.Motion, TitleJa = "決議", Wording = PassWording.Carried });
        });
        var voters = (await RepresentativesAsync(factory, meeting.Id, codes)).Values.ToList();
        var items = meeting.Items.OrderBy(i => i.Number).ToList();
        var (simple, twoThirds, unanimous, resolution) = (items[1], items[3], items[4], items[5]);
        async Task Cast(AgendaItem item, params string[] choices)
        {
            for (var i = 0; i < choices.Length; i++) await voters[i].Client.VoteOkAsync(meeting.Id, item.Id, choices[i]);
        }
        await Cast(simple, "for", "for", "for", "against", "against", "against");
        await Cast(twoThirds, "for", "for", "for", "for", "against", "abstain");
        await Cast(unanimous, "for", "for", "for", "for", "for", "abstain");
        await Cast(resolution, "for", "for", "for", "for", "for", "for");
        await CloseVoteAsync(factory, meeting.Id);

        var results = await voters[0].Client.ResultsAsync(meeting.Id);
        string Verdict(AgendaItem item) => (string)results.ItemOf(item.Id)["verdict"]!["label"]!;
        Assert.Equal("否決", Verdict(simple));
        Assert.Equal((3, 3, 0, 0), results.ItemOf(simple.Id).Counts());
        Assert.Equal("承認", Verdict(twoThirds));
        Assert.Equal("否決", Verdict(unanimous));
        Assert.Equal("可決（全会一致）", Verdict(resolution));
        Assert.True((bool)results.ItemOf(resolution.Id)["verdict"]!["unanimous"]!);
        Assert.Equal("出席6団体（定足数4）、賛成5、反対0、棄権1、投票なし0。可決に必要な賛成は6。", (string)results.ItemOf(unanimous.Id)["verdict"]!["explanation"]!);
        Assert.Contains("可決に必要な賛成は4", (string)results.ItemOf(twoThirds.Id)["verdict"]!["explanation"]!);
        Assert.Equal(6, (int)results.ItemOf(resolution.Id)["byChannel"]!["online"]!);
    }

    [Fact]
    public async Task A_written_resolution_fails_on_one_missing_or_negative_answer_and_keeps_consents_ten_years()
    {
        var codes = await CodesAsync(factory, 4, skip: 13);
        Task<Meeting> Written() => MeetingData.CreateAsync(factory, codes, m =>
        {
            m.Format = MeetingFormat.InWriting;
            m.Items.Single(i => i.Kind == AgendaItemKind.Motion).Majority = MajorityRule.AllMembersConsent;
        });
        var missing = await Written();
        var voters = (await RepresentativesAsync(factory, missing.Id, codes)).Values.ToList();
        var negative = await Written();
        await NameAsync(factory, negative.Id, voters);
        var all = await Written();
        await NameAsync(factory, all.Id, voters);
        var secretariat = await factory.BearerClient(await factory.Secretariat());

        foreach (var (meeting, last) in new[] { (missing, (string?)null), (negative, "against"), (all, "for") })
        {
            var motion = meeting.Item(AgendaItemKind.Motion);
            for (var i = 0; i < 3; i++) await voters[i].Client.VoteOkAsync(meeting.Id, motion.Id, "for");
            if (last is not null) await voters[3].Client.VoteOkAsync(meeting.Id, motion.Id, last);
            var closed = await secretariat.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/items/{motion.Id}/close", new { confirm = true });
            Assert.Equal(System.Net.HttpStatusCode.OK, closed.StatusCode);
        }

        string Explanation(System.Text.Json.Nodes.JsonObject r, Meeting m) => (string)r.ItemOf(m.Item(AgendaItemKind.Motion).Id)["verdict"]!["explanation"]!;
        var failed = await secretariat.ResultsAsync(missing.Id);
        Assert.Equal("not-consented", (string)failed.ItemOf(missing.Item(AgendaItemKind.Motion).Id)["verdict"]!["code"]!);
        Assert.Equal("全4団体のうち同意3、不同意0、棄権0、未回答1。全会員の同意が必要なため成立しませんでした。", Explanation(failed, missing));
        var refused = await secretariat.ResultsAsync(negative.Id);
        Assert.Equal("全4団体のうち同意3、不同意1、棄権0、未回答0。全会員の同意が必要なため成立しませんでした。", Explanation(refused, negative));
        var passed = (await secretariat.ResultsAsync(all.Id)).ItemOf(all.Item(AgendaItemKind.Motion).Id);
        Assert.Equal(("approved", "承認（全会一致）"), ((string)passed["verdict"]!["code"]!, (string)passed["verdict"]!["label"]!));
        Assert.Equal(4, (int)passed["byChannel"]!["written"]!);

        var consents = await BallotsAsync(factory, all.Item(AgendaItemKind.Motion).Id);
        Assert.Equal(4, consents.Count);
        Assert.All(consents, b => Assert.Equal(JapanDate.Today(TimeProvider.System).AddYears(10), b.KeepUntil));
        Assert.All(await BallotsAsync(factory, all.Item(AgendaItemKind.Election).Id), b => Assert.Null(b.KeepUntil));
    }
}
