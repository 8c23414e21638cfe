using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.AttendanceTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Who answers: the admin, staff read only, another association 404, the secretariat through its list; a cancelled meeting
/// takes no answer; a second save over a stale form is a conflict with the input kept.</summary>
public class AnswerAccessTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Staff_read_the_answer_but_may_not_post_it()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var staff = await factory.AssociationStaff("230006");
        var client = await factory.SignedInClient(staff);

        var page = await client.GetPage(AnswerUrl(meeting.Id));
        Assert.Null(page.QuerySelector(Form));
        Assert.Contains("管理者", page.GetElementById("read-only")!.TextContent);

        var response = await client.PostWithToken(AnswerUrl(meeting.Id), AnswerUrl(meeting.Id), new Dictionary<string, string>
        {
            ["Input.Mode"] = "absent",
            ["Input.ConcurrencyStamp"] = (await AttendanceAsync(factory, meeting.Id, "230006")).ConcurrencyStamp.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);
    }

    [Fact]
    public async Task Another_associations_answer_does_not_exist_for_the_caller()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var other = await factory.SignedInClient(await factory.AssociationAdmin("041009"));

        await other.GetPage(AnswerUrl(meeting.Id, "230006"), HttpStatusCode.NotFound);
        var response = await other.PostWithToken(AnswerUrl(meeting.Id), AnswerUrl(meeting.Id, "230006"), new Dictionary<string, string> { ["Input.Mode"] = "absent" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // Not invited at all: the meeting itself is 404.
        var notInvited = await MeetingData.CreateAsync(factory, "230006");
        await other.GetPage(AnswerUrl(notInvited.Id), HttpStatusCode.NotFound);
        await other.GetPage($"/meetings/{notInvited.Id}", HttpStatusCode.NotFound);
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);
    }

    [Fact]
    public async Task The_secretariat_reaches_an_answer_through_the_list_and_a_cancelled_meeting_takes_none()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var bare = await secretariat.GetAsync(AnswerUrl(meeting.Id));
        Assert.Equal((HttpStatusCode.Redirect, $"/meetings/manage/{meeting.Id}/attendance"), (bare.StatusCode, RedirectedTo(bare)));

        var cancelled = await MeetingData.CreateAsync(factory, ["230006", "041009"], m => m.Status = MeetingStatus.Cancelled);
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var page = await admin.GetPage(AnswerUrl(cancelled.Id));
        Assert.Contains("中止", page.GetElementById("read-only")!.TextContent);
        var response = await admin.PostWithToken(AnswerUrl(cancelled.Id), AnswerUrl(cancelled.Id), new Dictionary<string, string> { ["Input.Mode"] = "absent" });
        Assert.Contains("中止", (await PageOf(response)).GetElementById("read-only")!.TextContent);
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, cancelled.Id, "230006")).Mode);
    }

    [Fact]
    public async Task A_stale_form_keeps_its_input_shows_the_saved_answer_and_overwrites_only_when_sent_again()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var first = await factory.AssociationAdmin("230006");
        var second = await factory.AssociationAdmin("230006");
        var firstClient = await factory.SignedInClient(first);
        var secondClient = await factory.SignedInClient(second);
        var firstPage = await firstClient.GetPage(AnswerUrl(meeting.Id));
        var secondPage = await secondClient.GetPage(AnswerUrl(meeting.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await firstClient.SubmitForm(firstPage, Form, OnSite(first, "先の 人"))).StatusCode);
        var saved = await AttendanceAsync(factory, meeting.Id, "230006");
        var stale = await secondClient.SubmitForm(secondPage, Form, OnSite(second, "後の 人"));

        var page = await PageOf(stale);
        var conflict = page.GetElementById("conflict")!;
        Assert.Contains("先の 人", conflict.TextContent);
        Assert.Equal("後の 人", page.InputValue("f-attendees-0-name"));
        var now = await AttendanceAsync(factory, meeting.Id, "230006");
        Assert.Equal((saved.ConcurrencyStamp, "先の 人"), (now.ConcurrencyStamp, now.Attendees.Single().Name));
        Assert.Equal(now.ConcurrencyStamp.ToString(), page.QuerySelector("input[name='Input.ConcurrencyStamp']")!.GetAttribute("value"));

        var again = await secondClient.SubmitForm(page, Form);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var final = await AttendanceAsync(factory, meeting.Id, "230006");
        Assert.Equal(("後の 人", second.Id), (final.Attendees.Single().Name, final.RepresentativeUserId));
    }
}
