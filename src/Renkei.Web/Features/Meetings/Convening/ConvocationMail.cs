using System.Text;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// The convening e-mails to the invited associations' admins, each in the recipient's language: the notice (招集通知),
/// the reminder to answer, and the cancellation. The notice carries the online link: it goes to members only.
/// </summary>
public class ConvocationMail(RenkeiDbContext db, Mailer mailer, MeetingLabels labels, PublicBaseUrl baseUrl, IStringLocalizer<ConveningText> t)
{
    /// <summary>Queues the notice for the admins of <paramref name="codes"/>; returns how many associations have someone to receive it.</summary>
    public Task<int> NoticeAsync(Meeting meeting, IReadOnlyCollection<string> codes, bool resent, CancellationToken ct = default) =>
        SendAsync(codes, (to, english) =>
        {
            var title = meeting.Title(english);
            var body = new StringBuilder();
            if (resent) body.AppendLine(t["先にお送りした招集通知の内容を更新しました。最新の内容は次のとおりです。"]).AppendLine();
            body.AppendLine(meeting.Format == MeetingFormat.InWriting
                ? t["下記のとおり、{0}を書面により開催します。書面表決の締切までに、会議のページから表決をお願いします。", title]
                : t["下記のとおり、{0}を開催します。出欠登録の締切までに、会議のページから出欠をご登録ください。", title]).AppendLine();
            Facts(body, meeting, english);
            body.AppendLine(t["■ 議題"]);
            var agenda = meeting.Items.OrderBy(i => i.Number).ToList();
            if (agenda.Count == 0) body.AppendLine(t["（追ってお知らせします）"]);
            foreach (var item in agenda) body.AppendLine($"  {item.Label(agenda, english)} {item.Title(english)}");
            if ((english && !string.IsNullOrEmpty(meeting.NoticeEn) ? meeting.NoticeEn : meeting.NoticeJa) is { } notice)
                body.AppendLine().AppendLine(notice);
            Links(body, meeting);
            var subject = resent ? t["【連携】（再送）招集通知：{0}（{1}）", title, Date(meeting, english)] : t["【連携】招集通知：{0}（{1}）", title, Date(meeting, english)];
            return (subject, body);
        }, ct);

    /// <summary>Asks the admins of the associations that have not answered to register their attendance.</summary>
    public Task<int> ReminderAsync(Meeting meeting, IReadOnlyCollection<string> codes, CancellationToken ct = default) =>
        SendAsync(codes, (to, english) =>
        {
            var title = meeting.Title(english);
            var body = new StringBuilder()
                .AppendLine(t["{0}の出欠登録の締切は{1}です。まだご回答をいただいていません。", title, JapanTime.Format(meeting.RegistrationDeadline, english)])
                .AppendLine(t["会議のページから、出欠（委任状を含む）をご登録ください。"]).AppendLine();
            Facts(body, meeting, english);
            Links(body, meeting);
            return (t["【連携】出欠登録のお願い：{0}（{1}）", title, Date(meeting, english)], body);
        }, ct);

    public Task<int> CancelledAsync(Meeting meeting, IReadOnlyCollection<string> codes, string? reason, CancellationToken ct = default) =>
        SendAsync(codes, (to, english) =>
        {
            var title = meeting.Title(english);
            var body = new StringBuilder()
                .AppendLine(t["{0}に予定していた{1}は、開催を中止します。", JapanTime.Format(meeting.StartsAt, english), title]);
            if (reason is not null) body.AppendLine().AppendLine(t["■ 理由"]).AppendLine(reason);
            body.AppendLine().AppendLine(t["出欠のご登録や表決は不要になりました。ご協力に感謝いたします。"]);
            return (t["【連携】開催中止：{0}（{1}）", title, Date(meeting, english)], body);
        }, ct);

    async Task<int> SendAsync(IReadOnlyCollection<string> codes, Func<RenkeiUser, bool, (string Subject, StringBuilder Body)> compose, CancellationToken ct)
    {
        var admins = await AssociationAdmins.OfAsync(db, codes, ct);
        foreach (var admin in admins.SelectMany(g => g))
        {
            using var _ = new CultureScope(admin.PreferredCulture);
            var english = admin.PreferredCulture == "en";
            var (subject, body) = compose(admin, english);
            var text = new StringBuilder().AppendLine(t["{0} 様", admin.DisplayName is { Length: > 0 } n ? n : admin.Email!]).AppendLine()
                .Append(body).AppendLine().AppendLine(t["地域国際化協会連絡協議会 事務局"]).ToString();
            mailer.Enqueue(admin.Email!, subject, text);
        }
        return admins.Count;
    }

    void Facts(StringBuilder body, Meeting m, bool english)
    {
        body.AppendLine(t["■ 会議名：{0}", m.Title(english)]);
        body.AppendLine(t["■ 日時：{0}", When(m, english)]);
        body.AppendLine(t["■ 開催方法：{0}", labels.Format(m.Format)]);
        if (m.HasOnSite) body.AppendLine(t["■ 会場：{0}", m.Venue(english) ?? t["（追ってお知らせします）"]]);
        if (m.HasOnline)
            body.AppendLine(t["■ オンライン参加URL（会員限り・転送しないでください）：{0}", m.OnlineUrl ?? t["（追ってお知らせします）"]]);
        if (m.ChairName is not null) body.AppendLine(t["■ 議長：{0}", m.ChairName]);
        body.AppendLine(t["■ 出欠登録の締切：{0}", JapanTime.Format(m.RegistrationDeadline, english)]);
        if (m.WrittenVoteDeadline is { } written) body.AppendLine(t["■ 書面表決の締切：{0}", JapanTime.Format(written, english)]);
    }

    void Links(StringBuilder body, Meeting m) => body.AppendLine()
        .AppendLine(t["会議のページ（出欠登録・議題・資料）：{0}", $"{baseUrl.Value}/meetings/{m.Id}"])
        .AppendLine(t["カレンダーに登録（.ics）：{0}", $"{baseUrl.Value}/meetings/{m.Id}.ics"]);

    /// <summary>Start to end in Japan time; the end shows only its time when the meeting ends the same day.</summary>
    public static string When(Meeting m, bool english)
    {
        var start = JapanTime.Format(m.StartsAt, english);
        if (m.EndsAt is not { } end) return start;
        var sameDay = JapanTime.Date(end) == JapanTime.Date(m.StartsAt);
        return english
            ? $"{start.Replace(" JST", "")} – {(sameDay ? JapanTime.ToLocal(end).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " JST" : JapanTime.Format(end, english))}"
            : $"{start}〜{(sameDay ? JapanTime.ToLocal(end).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : JapanTime.Format(end, english))}";
    }

    static string Date(Meeting m, bool english) => Associations.JapanDate.Format(JapanTime.Date(m.StartsAt), english);
}
