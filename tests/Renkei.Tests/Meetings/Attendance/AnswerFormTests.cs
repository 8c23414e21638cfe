using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.AttendanceTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The answer rules through the real form: each way of answering, proxies, the representative and the people coming.</summary>
public class AnswerFormTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task An_admin_answers_on_site_with_people_and_a_representative_and_the_admins_get_a_confirmation()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var admin = await factory.AssociationAdmin("230006");
        var staff = await factory.AssociationStaff("230006");
        var client = await factory.SignedInClient(admin);

        var response = await client.AnswerWithForm(meeting.Id, new Dictionary<string, string>(OnSite(staff))
        {
            ["Input.People[0].Mode"] = "",
            ["Input.Note"] = "車椅子で参加します",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AnswerUrl(meeting.Id), RedirectedTo(response));
        var a = await AttendanceAsync(factory, meeting.Id, "230006");
        Assert.Equal((AttendanceMode.OnSite, staff.Id, staff.Email, "車椅子で参加します"), (a.Mode, a.RepresentativeUserId, a.RepresentativeName, a.Note));
        var person = Assert.Single(a.Attendees);
        Assert.Equal(("山田 花子", "事務局長", AttendeeMode.OnSite), (person.Name, person.Title, person.Mode));
        Assert.NotNull(a.AnsweredAt);
        Assert.Equal(admin.Email, a.AnsweredBy);
        var mail = Assert.Single(await MailToAsync(factory, admin.Email));
        Assert.Contains("出欠の回答を受け付けました", mail.Subject);
        Assert.Contains("現地出席", mail.BodyText);
        Assert.Contains("山田 花子", mail.BodyText);
        Assert.Contains($"/meetings/{meeting.Id}/attendance", mail.BodyText);
        var page = await client.GetPage(AnswerUrl(meeting.Id));
        Assert.Contains("保存しました", page.QuerySelector(".flash")!.TextContent);
    }

    [Fact]
    public async Task In_a_hybrid_meeting_each_person_comes_on_site_or_online()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var admin = await factory.AssociationAdmin("230006");
        var client = await factory.SignedInClient(admin);
        var page = await client.GetPage(AnswerUrl(meeting.Id));
        Assert.NotNull(page.GetElementById("f-mode-on-site"));
        Assert.NotNull(page.GetElementById("f-mode-online"));

        // The first person is typed, then "add" shows a second row without saving anything.
        var added = await client.SubmitForm(page, Form, new Dictionary<string, string>
        {
            ["Input.Mode"] = "online",
            ["Input.People[0].Name"] = "会長 一郎",
            ["Command"] = "add",
        });
        var withRow = await PageOf(added);
        Assert.NotNull(withRow.GetElementById("f-attendees-1-name"));
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);

        var saved = await client.SubmitForm(withRow, Form, new Dictionary<string, string>
        {
            ["Input.RepresentativeUserId"] = admin.Id,
            ["Input.People[0].Mode"] = "on-site",
            ["Input.People[1].Name"] = "職員 二郎",
            ["Input.People[1].Mode"] = "",
            ["Command"] = "save",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var a = await AttendanceAsync(factory, meeting.Id, "230006");
        Assert.Equal(AttendanceMode.Online, a.Mode);
        Assert.Equal([("会長 一郎", AttendeeMode.OnSite), ("職員 二郎", AttendeeMode.Online)], a.Attendees.OrderBy(p => p.Id).Select(p => (p.Name, p.Mode)));
    }

    [Fact]
    public async Task An_in_person_meeting_offers_no_online_answer_and_refuses_one()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009"], m => m.Format = MeetingFormat.InPerson);
        var admin = await factory.AssociationAdmin("230006");
        var client = await factory.SignedInClient(admin);
        var page = await client.GetPage(AnswerUrl(meeting.Id));
        Assert.Null(page.GetElementById("f-mode-online"));
        Assert.Null(page.GetElementById("f-attendees-0-mode"));

        var response = await client.SubmitForm(page, Form, new Dictionary<string, string>(OnSite(admin)) { ["Input.Mode"] = "online" });

        var shown = await PageOf(response);
        Assert.Contains("オンラインでの出席はありません", shown.GetElementById("f-mode-error")!.TextContent);
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);
    }

    [Fact]
    public async Task Attending_needs_a_person_and_a_representative_and_says_so_beside_the_fields()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        var response = await client.AnswerWithForm(meeting.Id, new Dictionary<string, string> { ["Input.Mode"] = "on-site", ["Input.People[0].Title"] = "課長" });

        var page = await PageOf(response);
        Assert.Contains("代表者", page.GetElementById("f-representativeUserId-error")!.TextContent);
        Assert.Equal("氏名を入力してください。", page.GetElementById("f-attendees-0-name-error")!.TextContent);
        Assert.Equal("課長", page.InputValue("f-attendees-0-title"));
        Assert.Equal(2, page.QuerySelectorAll("#error-summary li a").Length);
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);
    }

    [Fact]
    public async Task Absent_needs_no_representative_and_keeps_no_people()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var admin = await factory.AssociationAdmin("230006");
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, admin, null, "前の 回答");
        var client = await factory.SignedInClient(admin);

        var response = await client.AnswerWithForm(meeting.Id, new Dictionary<string, string> { ["Input.Mode"] = "absent", ["Input.RepresentativeUserId"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var a = await AttendanceAsync(factory, meeting.Id, "230006");
        Assert.Equal((AttendanceMode.Absent, null, 0), (a.Mode, a.RepresentativeUserId, a.Attendees.Count));
    }

    [Fact]
    public async Task A_proxy_goes_to_the_chair_or_to_an_attending_member_but_never_to_itself()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["041009", "230006", Tokyo], m => m.ChairAssociationCode = "041009");
        var admin = await factory.AssociationAdmin("230006");
        var client = await factory.SignedInClient(admin);
        var page = await client.GetPage(AnswerUrl(meeting.Id));
        var choices = page.QuerySelectorAll("#f-proxyHolder option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "chair", "041009", Tokyo], choices);

        var itself = await client.SubmitForm(page, Form, new Dictionary<string, string> { ["Input.Mode"] = "proxy", ["Input.ProxyHolder"] = "230006" });
        Assert.Equal("自協会には委任できません。", (await PageOf(itself)).GetElementById("f-proxyHolder-error")!.TextContent);
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);

        var toChair = await client.AnswerWithForm(meeting.Id, new Dictionary<string, string>
        {
            ["Input.Mode"] = "proxy",
            ["Input.ProxyHolder"] = "chair",
            ["Input.RepresentativeUserId"] = admin.Id,
        });
        Assert.Equal(HttpStatusCode.Redirect, toChair.StatusCode);
        var a = await AttendanceAsync(factory, meeting.Id, "230006");
        // To the chair: no holder code; the proxy holder votes, so no representative is kept.
        Assert.Equal((AttendanceMode.Proxy, null, null), (a.Mode, a.ProxyHolderCode, a.RepresentativeUserId));

        var toMember = await client.AnswerWithForm(meeting.Id, new Dictionary<string, string> { ["Input.Mode"] = "proxy", ["Input.ProxyHolder"] = Tokyo });
        Assert.Equal(HttpStatusCode.Redirect, toMember.StatusCode);
        Assert.Equal(Tokyo, (await AttendanceAsync(factory, meeting.Id, "230006")).ProxyHolderCode);
    }

    [Fact]
    public async Task No_proxy_to_an_association_that_gave_its_own_and_none_from_one_that_holds_proxies()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["041009", "230006", Tokyo], m => m.ChairAssociationCode = "041009");
        await MeetingData.AnswerAsync(factory, meeting.Id, Tokyo, AttendanceMode.Proxy, proxyHolder: "230006");
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var page = await client.GetPage(AnswerUrl(meeting.Id));
        Assert.DoesNotContain(Tokyo, page.QuerySelectorAll("#f-proxyHolder option").Select(o => o.GetAttribute("value")));
        Assert.Contains("委任状を受けています", page.Body!.TextContent);

        // 230006 holds Tokyo's proxy: giving its own would leave Tokyo's vote with nobody.
        var response = await client.SubmitForm(page, Form, new Dictionary<string, string> { ["Input.Mode"] = "proxy", ["Input.ProxyHolder"] = "041009" });
        Assert.Contains("委任状を受けているため", (await PageOf(response)).GetElementById("f-mode-error")!.TextContent);

        var sendai = await factory.SignedInClient(await factory.AssociationAdmin("041009"));
        var refused = await sendai.AnswerWithForm(meeting.Id, new Dictionary<string, string> { ["Input.Mode"] = "proxy", ["Input.ProxyHolder"] = Tokyo });
        Assert.Contains("委任状を提出しているため", (await PageOf(refused)).GetElementById("f-proxyHolder-error")!.TextContent);
        // The chair's own association cannot give its proxy to the chair either.
        var chair = await sendai.AnswerWithForm(meeting.Id, new Dictionary<string, string> { ["Input.Mode"] = "proxy", ["Input.ProxyHolder"] = "chair" });
        Assert.Contains("議長に委任できません", (await PageOf(chair)).GetElementById("f-proxyHolder-error")!.TextContent);
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "041009")).Mode);
    }

    [Fact]
    public async Task The_representative_is_one_of_the_associations_own_active_users()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var admin = await factory.AssociationAdmin("230006");
        var stranger = await factory.AssociationAdmin("041009");
        var retired = await factory.AssociationStaff("230006");
        await factory.WithDb(async db =>
        {
            (await db.Users.FindAsync(retired.Id))!.IsActive = false;
            await db.SaveChangesAsync();
        });
        var client = await factory.SignedInClient(admin);
        var page = await client.GetPage(AnswerUrl(meeting.Id));
        var offered = page.QuerySelectorAll("#f-representativeUserId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(admin.Id, offered);
        Assert.DoesNotContain(stranger.Id, offered);
        Assert.DoesNotContain(retired.Id, offered);

        foreach (var wrong in new[] { stranger.Id, retired.Id })
        {
            var response = await client.SubmitForm(page, Form, new Dictionary<string, string>(OnSite(admin)) { ["Input.RepresentativeUserId"] = wrong });
            Assert.Equal("代表者は、この協会の有効な利用者から選んでください。", (await PageOf(response)).GetElementById("f-representativeUserId-error")!.TextContent);
        }
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);
    }

    [Fact]
    public async Task Removing_a_person_keeps_the_others_and_their_rows()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var admin = await factory.AssociationAdmin("230006");
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, admin, null, "残る 人", "外す 人");
        var before = await AttendanceAsync(factory, meeting.Id, "230006");
        var client = await factory.SignedInClient(admin);

        var response = await client.AnswerWithForm(meeting.Id, new Dictionary<string, string> { ["Input.People[1].Remove"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = Assert.Single((await AttendanceAsync(factory, meeting.Id, "230006")).Attendees);
        Assert.Equal((before.Attendees.Min(p => p.Id), "残る 人"), (person.Id, person.Name));
    }
}
