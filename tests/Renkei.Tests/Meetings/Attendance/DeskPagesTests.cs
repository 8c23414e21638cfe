using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.AttendanceTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The secretariat's pages: the live counts (団体・名 by mode, registered and came) and the reception desk (search, check-in, undo, walk-ins).</summary>
public class DeskPagesTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_counts_show_the_reports_figures_and_every_answer_by_block()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009", Tokyo, Osaka);
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, null, null, "愛知 一", "愛知 二");
        await MeetingData.AnswerAsync(factory, meeting.Id, "041009", AttendanceMode.Online, null, null, "仙台 一");
        await MeetingData.AnswerAsync(factory, meeting.Id, Tokyo, AttendanceMode.OnSite, null, null, "東京 一");
        await MeetingData.AnswerAsync(factory, meeting.Id, Osaka, AttendanceMode.Proxy, null, Tokyo);
        await MeetingData.CheckInAsync(factory, meeting.Id, "041009");
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        var page = await secretariat.GetPage($"/meetings/manage/{meeting.Id}/attendance");

        Assert.Equal("出席登録 3団体4名", page.GetElementById("registered-headline")!.TextContent.Trim());
        var figures = page.GetElementById("figures")!.TextContent;
        Assert.Contains("現地 2団体3名", figures);
        Assert.Contains("オンライン 1団体1名", figures);
        Assert.Contains("委任状 1団体", figures);
        Assert.Contains("1団体1名", page.GetElementById("came-headline")!.TextContent);
        var osaka = page.GetElementById($"row-{Osaka}")!.TextContent;
        Assert.Contains("委任状", osaka);
        Assert.Contains("東京都つながり創生財団", osaka);
        Assert.Contains("委任状 1件を受任", page.GetElementById($"row-{Tokyo}")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/meetings/{meeting.Id}/attendance?code=230006']"));
        // Blocks in the council's order: Hokkaido-Tohoku (Sendai) before Kanto (Tokyo), Chubu (Aichi), Kinki (Osaka).
        var rows = page.QuerySelectorAll("tr[id^=row-]").Select(r => r.Id).ToList();
        Assert.Equal(["row-041009", $"row-{Tokyo}", "row-230006", $"row-{Osaka}"], rows);

        var english = await secretariat.GetPage($"/meetings/manage/{meeting.Id}/attendance?culture=en");
        Assert.Contains("3 associations, 4 people", english.GetElementById("registered-headline")!.TextContent);
    }

    [Fact]
    public async Task The_desk_finds_a_person_without_javascript_checks_them_in_and_undoes_it()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009", Tokyo], MeetingData.InSession);
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, null, null, "受付 太郎", "受付 花子");
        await MeetingData.AnswerAsync(factory, meeting.Id, Tokyo, AttendanceMode.OnSite, null, null, "東京 一");
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var url = $"/meetings/manage/{meeting.Id}/checkin";

        var found = await secretariat.GetPage(url + "?q=" + Uri.EscapeDataString("花子"));
        Assert.Equal(["a-230006"], found.QuerySelectorAll(".attend-desk-card").Select(c => c.Id));
        var hanako = (await AttendanceAsync(factory, meeting.Id, "230006")).Attendees.Single(p => p.Name == "受付 花子");
        Assert.Contains("handler=CheckIn", found.GetElementById($"person-{hanako.Id}")!.GetAttribute("action"));

        var response = await secretariat.SubmitForm(found, $"form#person-{hanako.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{url}?q=%E8%8A%B1%E5%AD%90#a-230006", RedirectedTo(response));
        Assert.NotNull((await AttendanceAsync(factory, meeting.Id, "230006")).Attendees.Single(p => p.Id == hanako.Id).CheckedInAt);
        var after = await secretariat.GetPage(url);
        Assert.Contains("1団体1名", after.GetElementById("came-headline")!.TextContent);
        Assert.Contains("受付しました", after.QuerySelector(".flash")!.TextContent);

        Assert.Contains("handler=Undo", after.GetElementById($"person-{hanako.Id}")!.GetAttribute("action"));
        var undo = await secretariat.SubmitForm(after, $"form#person-{hanako.Id}");
        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        Assert.Null((await AttendanceAsync(factory, meeting.Id, "230006")).Attendees.Single(p => p.Id == hanako.Id).CheckedInAt);

        var all = await secretariat.SubmitForm(await secretariat.GetPage(url), "form#all-230006");
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.All((await AttendanceAsync(factory, meeting.Id, "230006")).Attendees, p => Assert.NotNull(p.CheckedInAt));
    }

    [Fact]
    public async Task A_walk_in_is_added_to_an_association_and_checked_in_at_once()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009"], MeetingData.InSession);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var url = $"/meetings/manage/{meeting.Id}/checkin";
        var page = await secretariat.GetPage(url + "?q=" + Uri.EscapeDataString("仙台"));

        var missing = await secretariat.SubmitForm(page, "form#walkin-041009", new Dictionary<string, string> { ["title"] = "課長" });
        var shown = await PageOf(missing);
        Assert.Equal("氏名を入力してください。", shown.GetElementById("walkin-041009-error")!.TextContent);
        Assert.Equal("課長", shown.InputValue("walkin-041009-title"));
        Assert.Empty((await AttendanceAsync(factory, meeting.Id, "041009")).Attendees);

        var before = await AttendanceAsync(factory, meeting.Id, "041009");
        var added = await secretariat.SubmitForm(shown, "form#walkin-041009", new Dictionary<string, string> { ["name"] = "当日 参加", ["mode"] = "online" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var a = await AttendanceAsync(factory, meeting.Id, "041009");
        var person = Assert.Single(a.Attendees);
        Assert.Equal(("当日 参加", "課長", AttendeeMode.Online), (person.Name, person.Title, person.Mode));
        Assert.NotNull(person.CheckedInAt);
        // The answer itself stays as given; its stamp moves so that an older form cannot drop the walk-in.
        Assert.Equal(AttendanceMode.Unanswered, a.Mode);
        Assert.NotEqual(before.ConcurrencyStamp, a.ConcurrencyStamp);
        Assert.Contains("1団体1名", (await secretariat.GetPage(url)).GetElementById("came-headline")!.TextContent);
    }

    [Fact]
    public async Task A_closed_meeting_keeps_its_check_ins()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009"], m => { MeetingData.InSession(m); m.Status = MeetingStatus.Closed; });
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, null, null, "閉会 後");
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var url = $"/meetings/manage/{meeting.Id}/checkin";
        var page = await secretariat.GetPage(url);
        Assert.Null(page.QuerySelector("form[action*='handler=CheckIn']"));

        var person = (await AttendanceAsync(factory, meeting.Id, "230006")).Attendees.Single();
        var response = await secretariat.PostWithToken(url, url + "?handler=CheckIn", new Dictionary<string, string> { ["code"] = "230006", ["attendeeId"] = person.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("受付は変更できません", (await secretariat.GetPage(url)).QuerySelector(".flash")!.TextContent);
        Assert.Null((await AttendanceAsync(factory, meeting.Id, "230006")).Attendees.Single().CheckedInAt);
    }
}
