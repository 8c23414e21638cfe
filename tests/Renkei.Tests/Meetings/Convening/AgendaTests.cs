using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The agenda page: items numbered 1..n through adds, moves and deletes; what ballots protect; candidates.</summary>
public class AgendaTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> SecretariatAsync() => await factory.SignedInClient(await factory.Secretariat());

    async Task<List<(int Id, int Number)>> OrderAsync(int meetingId) =>
        (await factory.StoredAsync(meetingId)).Items.OrderBy(i => i.Number).Select(i => (i.Id, i.Number)).ToList();

    [Fact]
    public async Task An_item_added_through_the_form_comes_last_and_is_labelled_as_the_notice_numbers_it()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var client = await SecretariatAsync();

        var response = await client.PostForm($"/meetings/manage/{meeting.Id}/agenda", "form#item", new Dictionary<string, string>
        {
            ["Item.Kind"] = "motion", ["Item.Title"] = "2026年度事業計画（案）及び収支予算（案）", ["Item.TitleEn"] = "FY2026 plan and budget",
            ["Item.Majority"] = "two-thirds", ["Item.Wording"] = "carried",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = (await factory.StoredAsync(meeting.Id)).Items.Single(i => i.Number == 4);
        Assert.Equal("2026年度事業計画（案）及び収支予算（案）", item.TitleJa);
        Assert.Equal(MajorityRule.TwoThirds, item.Majority);
        Assert.Equal(PassWording.Carried, item.Wording);
        var page = await client.GetPage($"/meetings/manage/{meeting.Id}/agenda");
        var labels = page.QuerySelectorAll("#agenda tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["報告1", "第1号議案", "第2号議案", "第3号議案"], labels);
    }

    [Fact]
    public async Task Moving_and_deleting_keep_the_numbers_one_to_n()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var (report, motion, election) = (meeting.Item(AgendaItemKind.Report).Id, meeting.Item(AgendaItemKind.Motion).Id, meeting.Item(AgendaItemKind.Election).Id);
        var client = await SecretariatAsync();

        // The last row has only "up"; moving it twice brings the election to the top.
        for (var i = 0; i < 2; i++)
        {
            var page = await client.GetPage($"/meetings/manage/{meeting.Id}/agenda");
            var row = page.QuerySelectorAll("#agenda tbody tr").Single(r => r.QuerySelector($"input[name='Row.Id'][value='{election}']") is not null);
            var up = row.QuerySelectorAll("form").First(f => f.TextContent.Contains("上へ"));
            up.Id = "move-up";
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm(page, "form#move-up")).StatusCode);
        }
        Assert.Equal([(election, 1), (report, 2), (motion, 3)], await OrderAsync(meeting.Id));

        var deleted = await client.PostForm($"/meetings/manage/{meeting.Id}/agenda?item={report}", "form#delete-item",
            new Dictionary<string, string> { ["Row.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal([(election, 1), (motion, 2)], await OrderAsync(meeting.Id));
    }

    [Fact]
    public async Task An_item_with_ballots_keeps_its_kind_and_majority_and_cannot_be_deleted()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var motion = meeting.Item(AgendaItemKind.Motion);
        await MeetingData.AddBallotAsync(factory, meeting.Id, motion.Id, "230006", BallotChoice.For);
        var client = await SecretariatAsync();
        var page = await client.GetPage($"/meetings/manage/{meeting.Id}/agenda?item={motion.Id}");
        Assert.Null(page.QuerySelector("form#delete-item"));

        var toReport = await client.SubmitForm(page, "form#item", new Dictionary<string, string> { ["Item.Kind"] = "report" });
        Assert.Contains("投票のある議題は、種類・議決に必要な賛成・選任の方法を変更できません",
            Forms.Parse(await toReport.Content.ReadAsStringAsync()).QuerySelector("#refusal")!.TextContent);
        var unanimous = await client.SubmitForm(page, "form#item", new Dictionary<string, string> { ["Item.Majority"] = "unanimous" });
        Assert.NotNull(Forms.Parse(await unanimous.Content.ReadAsStringAsync()).QuerySelector("#refusal"));
        var forged = await client.PostAsync($"/meetings/manage/{meeting.Id}/agenda?handler=DeleteItem&item={motion.Id}", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", page.QuerySelector("form#item input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Row.Id", motion.Id.ToString()), new("Row.ConcurrencyStamp", motion.ConcurrencyStamp.ToString()), new("Row.Confirm", "true"),
        ]));
        Assert.Contains("この議題には投票があるため削除できません", Forms.Parse(await forged.Content.ReadAsStringAsync()).QuerySelector("#refusal")!.TextContent);

        // Its title can still be corrected.
        var renamed = await client.SubmitForm(page, "form#item", new Dictionary<string, string> { ["Item.Title"] = "2025年度事業報告及び収支決算（訂正）" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var stored = (await factory.StoredAsync(meeting.Id)).Items.Single(i => i.Id == motion.Id);
        Assert.Equal(("2025年度事業報告及び収支決算（訂正）", AgendaItemKind.Motion, MajorityRule.Simple, 2), (stored.TitleJa, stored.Kind, stored.Majority, stored.Number));
    }

    [Fact]
    public async Task A_candidate_serves_from_the_meeting_day_for_the_positions_usual_term_unless_told_otherwise()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var election = meeting.Item(AgendaItemKind.Election);
        var client = await SecretariatAsync();
        var url = $"/meetings/manage/{meeting.Id}/agenda?item={election.Id}";

        var first = await client.PostForm(url, "form#candidate", new Dictionary<string, string>
        {
            ["Candidate.Position"] = "2", ["Candidate.PersonName"] = "副会長　次郎", ["Candidate.PersonTitle"] = "理事長", ["Candidate.Association"] = "041009",
        });
        var second = await client.PostForm(url, "form#candidate", new Dictionary<string, string>
        {
            ["Candidate.Position"] = "3", ["Candidate.PersonName"] = "監事 三郎", ["Candidate.Association"] = "230006",
            ["Candidate.TermFrom"] = "2027-06-01", ["Candidate.TermTo"] = "2029-05-31",
        });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var candidates = (await factory.StoredAsync(meeting.Id)).Items.Single(i => i.Id == election.Id).Candidates.OrderBy(c => c.Number).ToList();
        Assert.Equal([1, 2, 3], candidates.Select(c => c.Number));
        var day = JapanTime.Date(meeting.StartsAt);
        Assert.Equal(("副会長 次郎", 2, "041009", day, day.AddYears(2)),
            (candidates[1].PersonName, candidates[1].OfficerPositionId, candidates[1].AssociationCode, candidates[1].TermFrom, candidates[1].TermTo!.Value));
        // The form asks for the last day in office; the register keeps the day the term ends.
        Assert.Equal((new DateOnly(2027, 6, 1), new DateOnly(2029, 6, 1)), (candidates[2].TermFrom, candidates[2].TermTo!.Value));

        var missing = await client.PostForm(url, "form#candidate", new Dictionary<string, string> { ["Candidate.Position"] = "", ["Candidate.PersonName"] = "" });
        var page = Forms.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Equal("役職を選んでください。", page.MessageFor("Candidate.Position"));
        Assert.Equal("氏名を入力してください。", page.MessageFor("Candidate.PersonName"));
    }

    [Fact]
    public async Task A_closed_meetings_agenda_does_not_change()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006"], m => { MeetingData.InSession(m); m.Status = MeetingStatus.Closed; });
        var client = await SecretariatAsync();
        var page = await client.GetPage($"/meetings/manage/{meeting.Id}/agenda");
        Assert.Null(page.QuerySelector("form#item"));

        var forged = await client.PostAsync($"/meetings/manage/{meeting.Id}/agenda?handler=SaveItem", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", page.QuerySelector("form#upload input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Item.Kind", "motion"), new("Item.Title", "追加の議案"),
        ]));

        Assert.Contains("閉会・中止した会議の議題は変更できません。", Forms.Parse(await forged.Content.ReadAsStringAsync()).QuerySelector("#refusal")!.TextContent);
        Assert.Equal(3, (await factory.StoredAsync(meeting.Id)).Items.Count);
    }
}
