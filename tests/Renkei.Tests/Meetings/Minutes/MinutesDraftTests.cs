using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Meetings.Minutes;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The draft the secretariat gets from a held meeting: figures, verdicts with their explanations, elected officers,
/// the closing and signature lines, in Japanese and English; and no draft before the meeting is over.</summary>
public class MinutesDraftTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_draft_of_a_held_hybrid_assembly_carries_its_figures_verdicts_and_elected_officers()
    {
        var meeting = await MinutesTesting.HeldAsync(factory);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);

        var minutes = await MinutesTesting.MinutesAsync(factory, meeting.Id);
        Assert.NotNull(minutes);
        Assert.Equal(MinutesStatus.Draft, minutes.Status);
        var ja = minutes.BodyJa;
        Assert.StartsWith($"{meeting.TitleJa} 議事録", ja);
        // The meeting is in session now (check-in needs it), so it runs past midnight in Japan when the tests run late
        // in the evening there; the minutes then give the end with its date.
        var end = meeting.EndsAt!.Value;
        Assert.Contains(JapanTime.Format(meeting.StartsAt, false) + (JapanTime.Date(end) == JapanTime.Date(meeting.StartsAt)
            ? "～" + JapanTime.ToLocal(end).ToString("HH:mm") : " – " + JapanTime.Format(end, false)), ja);
        Assert.Contains("ハイブリッド（現地出席とオンライン出席の選択制）", ja);
        Assert.Contains("東京都千代田区 クレア会議室", ja);
        Assert.Contains("会員4団体のうち3団体が出席し（委任状・書面表決を含む）、定足数（3団体）を満たした。", ja);
        Assert.Contains("出席者：2団体3名（現地 1団体2名、オンライン 1団体1名）", ja);
        Assert.Contains("委任状：1団体（議長へ 1団体、他の会員協会へ 0団体）", ja);
        Assert.Contains("議長\n　　神田 真秋（愛知県国際交流協会）", ja);
        Assert.Contains("来賓\n　　総務省自治行政局国際室長\n　　法務省出入国在留管理庁 在留支援課長", ja);
        Assert.Contains("報告1　事務局報告\n　　報告が行われた。", ja);
        Assert.Contains("第1号議案　2025年度事業報告及び収支決算\n　　結果：承認（全会一致）\n　　出席3団体（定足数3）、賛成3、反対0、棄権0、投票なし0。可決に必要な賛成は2。", ja);
        Assert.Contains("第2号議案　役員の選任", ja);
        Assert.Contains("選任された役員：\n　　　会長　候補 太郎（愛知県国際交流協会　会長）", ja);
        Assert.Contains("議長は閉会を宣言した。", ja);
        Assert.Contains("議事録署名人", ja);
        // The items come in agenda order.
        Assert.True(ja.IndexOf("報告1", StringComparison.Ordinal) < ja.IndexOf("第1号議案", StringComparison.Ordinal));
        Assert.True(ja.IndexOf("第1号議案", StringComparison.Ordinal) < ja.IndexOf("第2号議案", StringComparison.Ordinal));

        var en = minutes.BodyEn!;
        Assert.StartsWith("Minutes: Test general assembly", en);
        Assert.Contains("3 of the 4 member associations were present (including proxies and written votes); the quorum (3 associations) was met.", en);
        Assert.Contains("Attending: 2 associations, 3 people (on site 1 associations, 2 people, online 1 associations, 1 people)", en);
        Assert.Contains("Motion 1: FY2025 business report and settlement", en);
        Assert.Contains("Chair 候補 太郎 (Aichi International Association", en);
        Assert.Contains("Minutes signatory", en);
        Assert.DoesNotContain("議事録署名人", en);
    }

    [Fact]
    public async Task A_rejected_motion_and_a_per_candidate_election_say_who_was_elected_and_who_was_not()
    {
        var position = await MinutesTesting.NewPositionAsync(factory, seats: 2);
        var meeting = await MinutesTesting.HeldAsync(factory, m =>
        {
            var election = m.Items.Single(i => i.Kind == AgendaItemKind.Election);
            election.ElectionMode = ElectionMode.PerCandidate;
            election.Candidates.Clear();
            election.Candidates.Add(Candidate(1, position, "当選 一子", "230006"));
            election.Candidates.Add(Candidate(2, position, "落選 二郎", "041009"));
        }, close: false);
        var motion = meeting.Item(AgendaItemKind.Motion);
        var election = meeting.Item(AgendaItemKind.Election);
        foreach (var code in new[] { "230006", "041009" })
            await MeetingData.AddBallotAsync(factory, meeting.Id, motion.Id, code, BallotChoice.Against, BallotChannel.Online);
        foreach (var code in new[] { "230006", "041009", "011002" })
        {
            await MeetingData.AddBallotAsync(factory, meeting.Id, election.Id, code, BallotChoice.For, BallotChannel.Online, candidate: 1);
            await MeetingData.AddBallotAsync(factory, meeting.Id, election.Id, code, code == "011002" ? BallotChoice.For : BallotChoice.Against, BallotChannel.Online, candidate: 2);
        }
        Assert.True((await MinutesTesting.CloseAsync(factory, meeting.Id)).Succeeded);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);

        var ja = (await MinutesTesting.MinutesAsync(factory, meeting.Id))!.BodyJa;
        Assert.Contains("第1号議案　2025年度事業報告及び収支決算\n　　結果：否決\n　　出席3団体（定足数3）、賛成1、反対2", ja);
        Assert.Contains("当選 一子（愛知県国際交流協会　会長）：選任（全会一致）", ja);
        Assert.Contains("落選 二郎（仙台観光国際協会　会長）：否決", ja);
        var elected = ja[ja.IndexOf("選任された役員：", StringComparison.Ordinal)..];
        Assert.Contains("当選 一子", elected);
        Assert.DoesNotContain("落選 二郎", elected);
    }

    [Fact]
    public async Task A_meeting_held_in_writing_says_so_and_counts_the_written_votes()
    {
        var meeting = await MeetingData.CreateAsync(factory, MinutesTesting.Invited, m =>
        {
            m.Format = MeetingFormat.InWriting;
            m.VenueJa = null;
            m.Items.RemoveAll(i => i.Kind == AgendaItemKind.Election);
        });
        var motion = meeting.Item(AgendaItemKind.Motion);
        foreach (var code in MinutesTesting.Invited)
            await MeetingData.AddBallotAsync(factory, meeting.Id, motion.Id, code, BallotChoice.For, BallotChannel.Written);
        Assert.True((await MinutesTesting.CloseAsync(factory, meeting.Id)).Succeeded);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);

        var ja = (await MinutesTesting.MinutesAsync(factory, meeting.Id))!.BodyJa;
        Assert.Contains("書面開催（会員は書面表決書または委任状を提出）", ja);
        Assert.Contains("書面表決：4団体", ja);
        Assert.Contains("会員4団体のうち4団体が出席し", ja);
        Assert.Contains("結果：承認（全会一致）", ja);
        Assert.Contains("上記のとおり議決が確定した。", ja);
        Assert.DoesNotContain("出席者：", ja);
        Assert.DoesNotContain("閉会を宣言した", ja);
    }

    [Fact]
    public async Task Before_the_meeting_is_over_the_page_says_why_and_the_step_refuses()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        var page = await secretariat.GetPage(MinutesTesting.ManageUrl(meeting.Id));

        Assert.Contains("会議を閉会するか、すべての議案の投票が締め切られてから", page.QuerySelector("#not-ready")!.TextContent);
        Assert.Null(page.QuerySelector("form#generate"));
        var refused = await factory.WithServices(sp => sp.GetRequiredService<MinutesSteps>().GenerateAsync(meeting.Id, null, false));
        Assert.Equal(StepOutcome.Closed, refused.Outcome);
        Assert.Null(await MinutesTesting.MinutesAsync(factory, meeting.Id));
    }

    [Fact]
    public async Task Once_every_vote_is_final_a_draft_can_be_written_before_the_meeting_is_closed()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection, close: false);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        Assert.Null((await secretariat.GetPage(MinutesTesting.ManageUrl(meeting.Id))).QuerySelector("form#generate"));

        Assert.True((await MinutesTesting.CloseItemAsync(factory, meeting.Id, meeting.Item(AgendaItemKind.Motion).Id)).Succeeded);

        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);
        Assert.Contains("結果：承認（全会一致）", (await MinutesTesting.MinutesAsync(factory, meeting.Id))!.BodyJa);
    }

    [Fact]
    public async Task Another_meeting_number_is_not_found()
    {
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync(MinutesTesting.ManageUrl(987654))).StatusCode);
    }

    static ElectionCandidate Candidate(int number, int position, string name, string code) => new()
    {
        Number = number, OfficerPositionId = position, PersonName = name, PersonTitle = "会長", AssociationCode = code,
        TermFrom = MeetingData.Today, TermTo = MeetingData.Today.AddYears(2),
    };
}
