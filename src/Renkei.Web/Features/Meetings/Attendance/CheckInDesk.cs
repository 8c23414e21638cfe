using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>
/// The reception desk on the day (secretariat): check a person in or undo it, everyone of an association at once, and add
/// someone who came without being registered (当日参加). A check-in is idempotent, so two desks pressing the same button
/// agree. Only a convened meeting takes check-ins; a closed or cancelled one keeps what was recorded.
/// </summary>
public class CheckInDesk(RenkeiDbContext db, IStringLocalizer<AttendanceText> text, CurrentActor actor, TimeProvider clock)
{
    public async Task<StepResult> CheckInAsync(int meetingId, string code, int? attendeeId, bool undo, CancellationToken ct = default)
    {
        if (await LoadAsync(meetingId, code, ct) is not { } attendance) return new StepResult(StepOutcome.NotFound);
        if (NotOpen(attendance.Meeting!) is { } closed) return closed;
        var people = attendeeId is { } id ? attendance.Attendees.Where(p => p.Id == id).ToList() : attendance.Attendees;
        if (people.Count == 0)
            return attendeeId is null
                ? StepResult.Invalid("attendeeId", text["この協会には、受付する出席者がいません。当日参加として追加してください。"])
                : new StepResult(StepOutcome.NotFound, text["この出席者は見つかりません。"]);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var p in people)
        {
            if (undo) (p.CheckedInAt, p.CheckedInBy) = (null, null);
            else if (p.CheckedInAt is null) (p.CheckedInAt, p.CheckedInBy) = (now, actor.Name);
        }
        await db.SaveChangesAsync(ct);
        return StepResult.Done;
    }

    /// <summary>Adds a person who came unregistered, checked in at once. The association's answer stays as it was given.</summary>
    public async Task<StepResult> AddWalkInAsync(int meetingId, string code, string? name, string? title, AttendeeMode? mode, CancellationToken ct = default)
    {
        if (await LoadAsync(meetingId, code, ct) is not { } attendance) return new StepResult(StepOutcome.NotFound);
        var meeting = attendance.Meeting!;
        if (NotOpen(meeting) is { } closed) return closed;
        var cleanName = InputText.Clean(name);
        var cleanTitle = InputText.Clean(title);
        if (cleanName is null) return StepResult.Invalid("name", text["氏名を入力してください。"]);
        if (cleanName.Length > 100) return StepResult.Invalid("name", text["氏名は{0}文字以内で入力してください。", 100]);
        if (cleanTitle?.Length > 100) return StepResult.Invalid("title", text["役職は{0}文字以内で入力してください。", 100]);
        var personMode = mode ?? (meeting.HasOnSite ? AttendeeMode.OnSite : AttendeeMode.Online);
        if (personMode == AttendeeMode.OnSite && !meeting.HasOnSite || personMode == AttendeeMode.Online && !meeting.HasOnline)
            return StepResult.Invalid("mode", meeting.HasOnSite ? text["この会議にはオンラインでの出席はありません。"] : text["この会議には現地での出席はありません。"]);
        attendance.Attendees.Add(new Attendee
        {
            Name = cleanName,
            Title = cleanTitle,
            Mode = personMode,
            CheckedInAt = clock.GetUtcNow().UtcDateTime,
            CheckedInBy = actor.Name,
        });
        // A form opened before this (the answer on the association's behalf) must not silently drop the walk-in.
        attendance.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return StepResult.Done;
    }

    StepResult? NotOpen(Meeting meeting) => meeting.Status == MeetingStatus.Convened ? null
        : new StepResult(StepOutcome.Closed, meeting.Status == MeetingStatus.Draft
            ? text["招集前の会議では受付できません。"]
            : text["この会議は閉会または中止になっているため、受付は変更できません。"]);

    Task<Attendance?> LoadAsync(int meetingId, string code, CancellationToken ct) =>
        LocalGovernmentCode.Normalize(code) is { } normalized
            ? db.Attendances.Include(a => a.Meeting).Include(a => a.Attendees).SingleOrDefaultAsync(a => a.MeetingId == meetingId && a.AssociationCode == normalized, ct)
            : Task.FromResult<Attendance?>(null);
}
