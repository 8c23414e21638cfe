using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// A meeting as an iCalendar file (RFC 5545) for the members' calendars. The UID stays the same for the meeting, so
/// importing it again updates the entry; SEQUENCE counts the changes of time, place and status, so a calendar takes the
/// newer copy; a cancelled meeting says STATUS:CANCELLED. The description carries the online link: members only.
/// </summary>
public class MeetingCalendar(RenkeiDbContext db, MeetingLabels labels, PublicBaseUrl baseUrl, TimeProvider clock, IStringLocalizer<ConveningText> t)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Uid(int meetingId) => $"meeting-{meetingId}@renkei";

    public async Task<string> WriteAsync(Meeting meeting, bool english, CancellationToken ct = default)
    {
        var page = $"{baseUrl.Value}/meetings/{meeting.Id}";
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH", ProductId = "-//Renkei//Liaison Council meetings//JA" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = Uid(meeting.Id),
            Sequence = await SequenceAsync(meeting.Id, ct),
            DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime),
            Start = new CalDateTime(Utc(meeting.StartsAt)),
            End = meeting.EndsAt is { } end ? new CalDateTime(Utc(end)) : null,
            Summary = meeting.Title(english),
            Location = Location(meeting, english),
            Url = new Uri(page),
            Description = Description(meeting, english, page),
            Status = meeting.Status == MeetingStatus.Cancelled ? "CANCELLED" : meeting.Status == MeetingStatus.Draft ? "TENTATIVE" : "CONFIRMED",
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    string Location(Meeting m, bool english) => m.Format switch
    {
        MeetingFormat.InPerson => m.Venue(english) ?? labels.Format(m.Format),
        MeetingFormat.Hybrid => m.Venue(english) is { } venue ? $"{venue} / {t["オンライン"]}" : labels.Format(m.Format),
        _ => labels.Format(m.Format),
    };

    string Description(Meeting m, bool english, string page)
    {
        var text = new StringBuilder();
        if (m.Status == MeetingStatus.Cancelled) text.AppendLine(t["この会議は中止になりました。"]).AppendLine();
        text.AppendLine(t["開催方法：{0}", labels.Format(m.Format)]);
        if (m.HasOnline && m.OnlineUrl is not null) text.AppendLine(t["オンライン参加URL（会員限り・転送しないでください）：{0}", m.OnlineUrl]);
        text.AppendLine(t["出欠登録の締切：{0}", JapanTime.Format(m.RegistrationDeadline, english)]);
        if (m.WrittenVoteDeadline is { } written) text.AppendLine(t["書面表決の締切：{0}", JapanTime.Format(written, english)]);
        var agenda = m.Items.OrderBy(i => i.Number).ToList();
        if (agenda.Count > 0)
        {
            text.AppendLine(t["議題："]);
            foreach (var item in agenda) text.AppendLine($"  {item.Label(agenda, english)} {item.Title(english)}");
        }
        text.AppendLine(t["会議のページ：{0}", page]);
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// How many times the meeting's time, place or status changed, from the audit log (which keeps every change): a
    /// number that only grows, without a column of its own.
    /// </summary>
    Task<int> SequenceAsync(int meetingId, CancellationToken ct)
    {
        var key = meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.AuditEntries.CountAsync(e => e.EntityType == nameof(Meeting) && e.EntityKey == key && e.Action == "Modified"
            && (e.After!.Contains("\"StartsAt\"") || e.After.Contains("\"EndsAt\"") || e.After.Contains("\"VenueJa\"")
                || e.After.Contains("\"OnlineUrl\"") || e.After.Contains("\"Status\"")), ct);
    }

    static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
