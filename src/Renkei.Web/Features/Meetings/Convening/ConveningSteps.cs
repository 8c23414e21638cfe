using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>What a mailing step did: the step's result, and how many associations had an admin to receive it.</summary>
public sealed record Mailing(StepResult Result, int Reached = 0, int Addressed = 0);

/// <summary>
/// Secretariat: a meeting's steps after creation. The notice (招集通知) convenes a draft (or goes again, updated, to a
/// convened meeting); the reminder goes to those who have not answered while registration is open; cancelling mails the
/// invited if they had the notice; closing (閉会) is the core's <see cref="MeetingClosing"/>; results go public by choice.
/// </summary>
public class ConveningSteps(RenkeiDbContext db, ConvocationMail mail, MeetingClosing closing, IStringLocalizer<ConveningText> t, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <param name="stamp">The stamp the secretariat acted on; null when the caller accepts the meeting as it is now (API without If-Match).</param>
    public async Task<Mailing> SendNoticeAsync(int meetingId, Guid? stamp, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.Include(m => m.Items).Include(m => m.Attendances).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return new(new StepResult(StepOutcome.NotFound));
        if (meeting.Status is not (MeetingStatus.Draft or MeetingStatus.Convened))
            return new(new StepResult(StepOutcome.Closed, t["閉会・中止した会議の招集通知は送れません。"]));
        if (stamp is { } s && s != meeting.ConcurrencyStamp) return new(Conflict());
        if (meeting.RegistrationDeadline <= Now)
            return new(new StepResult(StepOutcome.Closed, t["出欠登録の締切を過ぎています。締切を変更してから送ってください。"]));
        if (meeting.HasOnSite && meeting.VenueJa is null) return new(StepResult.Invalid("venue", t["会場を入力してから招集通知を送ってください。"]));
        if (meeting.HasOnline && meeting.OnlineUrl is null) return new(StepResult.Invalid("onlineUrl", t["オンライン会議のURLを入力してから招集通知を送ってください。"]));
        if (meeting.Attendances.Count == 0) return new(new StepResult(StepOutcome.Closed, t["招集する協会がありません。"]));

        var resent = meeting.Status == MeetingStatus.Convened;
        meeting.Status = MeetingStatus.Convened;
        meeting.NoticeSentAt = Now;
        meeting.ConcurrencyStamp = Guid.NewGuid();
        var codes = meeting.Attendances.Select(a => a.AssociationCode).ToList();
        var reached = await mail.NoticeAsync(meeting, codes, resent, ct);
        return new(await StepResult.SaveAsync(db, Conflict, ct), reached, codes.Count);
    }

    public async Task<Mailing> RemindAsync(int meetingId, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.Include(m => m.Attendances).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return new(new StepResult(StepOutcome.NotFound));
        if (!meeting.IsRegistrationOpen(Now))
            return new(new StepResult(StepOutcome.Closed, t["出欠登録を受け付けている会議（招集済みで締切前）にだけリマインダーを送れます。"]));
        var codes = meeting.Attendances.Where(a => a.Mode == AttendanceMode.Unanswered).Select(a => a.AssociationCode).ToList();
        if (codes.Count == 0) return new(StepResult.Done);
        var reached = await mail.ReminderAsync(meeting, codes, ct);
        await db.SaveChangesAsync(ct);
        return new(StepResult.Done, reached, codes.Count);
    }

    public async Task<Mailing> CancelAsync(int meetingId, Guid stamp, string? reason, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.Include(m => m.Attendances).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return new(new StepResult(StepOutcome.NotFound));
        if (meeting.Status is not (MeetingStatus.Draft or MeetingStatus.Convened))
            return new(new StepResult(StepOutcome.Closed, t["閉会・中止した会議は中止できません。"]));
        if (meeting.ConcurrencyStamp != stamp) return new(Conflict());
        var why = ConveningInput.Paragraphs(reason);
        if (why?.Length > 2000) return new(StepResult.Invalid("reason", t["{0}は{1}文字以内で入力してください。", t["理由"], 2000]));
        // Only those who had the notice need to hear that it is off; a draft was never seen by members.
        var notified = meeting.Status == MeetingStatus.Convened;
        meeting.Status = MeetingStatus.Cancelled;
        meeting.ConcurrencyStamp = Guid.NewGuid();
        var codes = meeting.Attendances.Select(a => a.AssociationCode).ToList();
        var reached = notified ? await mail.CancelledAsync(meeting, codes, why, ct) : 0;
        return new(await StepResult.SaveAsync(db, Conflict, ct), reached, notified ? codes.Count : 0);
    }

    public async Task<StepResult> SetResultsPublicAsync(int meetingId, Guid stamp, bool isPublic, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return new StepResult(StepOutcome.NotFound);
        if (meeting.ConcurrencyStamp != stamp) return Conflict();
        meeting.ResultsPublic = isPublic;
        meeting.ConcurrencyStamp = Guid.NewGuid();
        return await StepResult.SaveAsync(db, Conflict, ct);
    }

    /// <summary>閉会: the core's closing (every vote final, elections into the officer register).</summary>
    public async Task<StepResult> CloseAsync(int meetingId, Guid? stamp, CancellationToken ct = default)
    {
        var current = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => (Guid?)m.ConcurrencyStamp).SingleOrDefaultAsync(ct);
        if (current is null) return new StepResult(StepOutcome.NotFound);
        return await closing.CloseMeetingAsync(meetingId, stamp ?? current.Value, ct);
    }

    StepResult Conflict() => new(StepOutcome.Conflict, t["他の人が先にこの会議を変更しました。いま保存されている内容を確認してから、もう一度操作してください。"]);
}
