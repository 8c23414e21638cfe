using System.Text;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>
/// The confirmation of a saved answer to the association's admins, each in their own language, with what is now
/// registered and a link to the answer: whoever answered (a colleague, the secretariat on its behalf), every admin knows.
/// </summary>
public class AttendanceMail(RenkeiDbContext db, Mailer mailer, PublicBaseUrl baseUrl, IStringLocalizer<AttendanceText> text, CurrentActor actor)
{
    public async Task ConfirmAsync(AnswerDesk desk, CancellationToken ct)
    {
        var admins = await AssociationAdmins.OfAsync(db, [desk.Code], ct);
        foreach (var to in admins[desk.Code])
        {
            using var _ = new CultureScope(to.PreferredCulture);
            var english = to.PreferredCulture == "en";
            var meeting = desk.Meeting;
            var a = desk.Attendance;
            var body = new StringBuilder()
                .AppendLine(text["{0} 様", AnswerDesk.DisplayName(to)]).AppendLine()
                .AppendLine(desk.BySecretariat
                    ? text["事務局が、{0}の出欠を代わりに登録しました。", desk.Name(desk.Code, english)]
                    : text["{0}の出欠の回答を受け付けました（回答者：{1}）。", desk.Name(desk.Code, english), actor.Name]).AppendLine()
                .AppendLine(text["会議：{0}", meeting.Title(english)])
                .AppendLine(text["日時：{0}", JapanTime.Format(meeting.StartsAt, english)])
                .AppendLine(text["回答：{0}", AttendanceLabels.Mode(a.Mode, english, meeting.Format)]);
            if (a.GaveProxy)
                body.AppendLine(text["委任先：{0}", AttendanceLabels.ProxyHolder(meeting, a.ProxyHolderCode, c => desk.Name(c, english), english)]);
            if (a.RepresentativeName is { } representative) body.AppendLine(text["代表者：{0}", representative]);
            foreach (var p in a.Attendees)
                body.AppendLine(text["出席者：{0}", $"{p.Name}{(p.Title is null ? "" : $"（{p.Title}）")} {AttendanceLabels.Person(p.Mode, english)}"]);
            body.AppendLine()
                .AppendLine(text["回答の確認・変更（締切：{0}）：", JapanTime.Format(meeting.RegistrationDeadline, english)])
                .AppendLine($"{baseUrl.Value}/meetings/{meeting.Id}/attendance").AppendLine()
                .AppendLine(text["地域国際化協会連絡協議会 事務局"]);
            mailer.Enqueue(to.Email!, text["【連携】出欠の回答を受け付けました（{0}）", meeting.Title(english)], body.ToString());
        }
    }
}
