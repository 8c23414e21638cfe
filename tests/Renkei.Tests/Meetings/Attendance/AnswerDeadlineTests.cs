using System.Net;
using Renkei.Tests.Accounts;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.AttendanceTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The registration deadline on a fake clock: before it the admin answers; after it the association is told and nothing changes,
/// while the secretariat still answers on its behalf.</summary>
public class AnswerDeadlineTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task After_the_deadline_the_association_is_told_and_nothing_changes_but_the_secretariat_still_answers()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009"], m =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            (m.RegistrationDeadline, m.StartsAt, m.WrittenVoteDeadline) = (now.AddHours(2), now.AddDays(2), now.AddDays(1));
        });
        var admin = await factory.AssociationAdmin("230006");
        var client = await factory.SignedInClient(admin);
        Assert.Equal(HttpStatusCode.Redirect, (await client.AnswerWithForm(meeting.Id, OnSite(admin))).StatusCode);
        var page = await client.GetPage(AnswerUrl(meeting.Id));
        // Signed in before the clock moves: a TOTP code is computed on the real clock.
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        factory.Clock.Advance(TimeSpan.FromHours(3));
        var late = await client.SubmitForm(page, Form, new Dictionary<string, string> { ["Input.Mode"] = "absent" });

        var shown = await PageOf(late);
        Assert.Contains("締切", shown.GetElementById("read-only")!.TextContent);
        Assert.Null(shown.QuerySelector(Form));
        Assert.Equal(AttendanceMode.OnSite, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);

        var onBehalf = await secretariat.AnswerWithForm(meeting.Id, new Dictionary<string, string> { ["Input.Mode"] = "absent" }, "230006");

        Assert.Equal(HttpStatusCode.Redirect, onBehalf.StatusCode);
        Assert.Equal(AnswerUrl(meeting.Id, "230006"), RedirectedTo(onBehalf));
        var a = await AttendanceAsync(factory, meeting.Id, "230006");
        Assert.Equal(AttendanceMode.Absent, a.Mode);
        Assert.StartsWith("secretariat-admin.", a.AnsweredBy);
        var mail = await MailToAsync(factory, admin.Email);
        Assert.Contains(mail, m => m.BodyText.Contains("事務局が、愛知県国際交流協会の出欠を代わりに登録しました。"));
    }
}
