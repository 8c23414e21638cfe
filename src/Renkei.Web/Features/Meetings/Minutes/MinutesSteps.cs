using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>
/// Secretariat: the minutes' steps. Generate a draft from the meeting (again only with a confirmation, since it replaces
/// the text), edit it, approve it (published to members, and to the public with the results), reopen an approved one
/// for corrections. Every step checks the concurrency stamp the form carried, so nobody's edit is silently replaced; the
/// audit log keeps each change (who, when, before → after).
/// </summary>
public class MinutesSteps(RenkeiDbContext db, MeetingResults results, MinutesWriter writer, IStringLocalizer<MinutesText> text,
    CurrentActor actor, TimeProvider clock)
{
    public const int MaxLength = 100000;

    /// <summary>Why minutes cannot be written yet (the meeting is not over), or null when they can.</summary>
    public string? NotReady(MeetingResultsReport report)
    {
        var meeting = report.Meeting;
        return meeting.Status switch
        {
            MeetingStatus.Draft => text["招集前の会議には議事録を作れません。"].Value,
            MeetingStatus.Cancelled => text["中止された会議には議事録を作れません。"].Value,
            MeetingStatus.Closed => null,
            _ when meeting.StartsAt <= Now && report.AllFinal => null,
            _ => text["議事録は、会議を閉会するか、すべての議案の投票が締め切られてから作成できます。"].Value,
        };
    }

    /// <summary>Writes the draft from the meeting. When minutes exist, only with <paramref name="confirm"/> and their current stamp; never over approved ones.</summary>
    public async Task<StepResult> GenerateAsync(int meetingId, Guid? stamp, bool confirm, CancellationToken ct = default)
    {
        var meeting = await results.LoadAsync(meetingId, ct);
        if (meeting is null) return new StepResult(StepOutcome.NotFound);
        var report = await results.ComputeAsync(meeting, ct);
        if (NotReady(report) is { } reason) return new StepResult(StepOutcome.Closed, reason);
        var minutes = await db.MeetingMinutes.SingleOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        if (minutes is not null)
        {
            if (minutes.Status == MinutesStatus.Approved) return new StepResult(StepOutcome.Closed, text["承認済みの議事録は作り直せません。先に「承認を取り消して編集を再開」してください。"]);
            if (!confirm) return StepResult.Invalid("confirm", text["今の本文を破棄して作り直すことを確認し、チェックを入れてください。"]);
            if (stamp != minutes.ConcurrencyStamp) return Conflict();
        }
        var bodies = await writer.WriteAsync(report, ct);
        if (minutes is null)
        {
            minutes = new MeetingMinutes { MeetingId = meetingId, BodyJa = bodies.Ja, UpdatedBy = actor.Name };
            db.MeetingMinutes.Add(minutes);
        }
        minutes.Status = MinutesStatus.Draft;
        minutes.BodyJa = bodies.Ja;
        minutes.BodyEn = bodies.En;
        Touch(minutes, stamp ?? minutes.ConcurrencyStamp);
        return await SaveAsync(ct);
    }

    /// <summary>Saves the edited texts of a draft, and approves them when <paramref name="approve"/>.</summary>
    public async Task<StepResult> SaveAsync(int meetingId, string? bodyJa, string? bodyEn, Guid stamp, bool approve, CancellationToken ct = default)
    {
        var minutes = await db.MeetingMinutes.SingleOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        if (minutes is null) return new StepResult(StepOutcome.NotFound);
        var ja = Body(bodyJa);
        var en = Body(bodyEn);
        var errors = new Dictionary<string, string[]>();
        if (ja is null) errors["bodyJa"] = [text["議事録（日本語）を入力してください。"]];
        else if (ja.Length > MaxLength) errors["bodyJa"] = [text["議事録（日本語）は{0}文字以内にしてください。", MaxLength]];
        if (en?.Length > MaxLength) errors["bodyEn"] = [text["議事録（英語）は{0}文字以内にしてください。", MaxLength]];
        if (errors.Count > 0) return new StepResult(StepOutcome.Invalid, text["入力内容を確認してください。"], errors);
        if (minutes.Status == MinutesStatus.Approved)
            return new StepResult(StepOutcome.Conflict, text["この議事録はすでに承認されています。編集するには、承認を取り消して編集を再開してください。"]);
        if (stamp != minutes.ConcurrencyStamp) return Conflict();
        minutes.BodyJa = ja!;
        minutes.BodyEn = en;
        if (approve)
        {
            minutes.Status = MinutesStatus.Approved;
            minutes.ApprovedAt = Now;
            minutes.ApprovedBy = actor.Name;
        }
        Touch(minutes, stamp);
        return await SaveAsync(ct);
    }

    /// <summary>Takes approved minutes back to draft for a correction; they are unpublished until approved again.</summary>
    public async Task<StepResult> ReopenAsync(int meetingId, Guid stamp, CancellationToken ct = default)
    {
        var minutes = await db.MeetingMinutes.SingleOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        if (minutes is null) return new StepResult(StepOutcome.NotFound);
        if (minutes.Status != MinutesStatus.Approved) return new StepResult(StepOutcome.Closed, text["この議事録は承認されていません。そのまま編集できます。"]);
        if (stamp != minutes.ConcurrencyStamp) return Conflict();
        minutes.Status = MinutesStatus.Draft;
        minutes.ApprovedAt = null;
        minutes.ApprovedBy = null;
        Touch(minutes, stamp);
        return await SaveAsync(ct);
    }

    /// <summary>Text as typed in a textarea: line ends made \n, trailing space trimmed; empty is null.</summary>
    public static string? Body(string? value)
    {
        var normalized = value?.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        return string.IsNullOrEmpty(normalized) ? null : normalized + "\n";
    }

    // The stamp the form carried is what the database compares, so a save in between (even by another instance) conflicts.
    void Touch(MeetingMinutes minutes, Guid expected)
    {
        if (db.Entry(minutes).State != EntityState.Added) db.Entry(minutes).Property(m => m.ConcurrencyStamp).OriginalValue = expected;
        minutes.ConcurrencyStamp = Guid.NewGuid();
        minutes.UpdatedAt = Now;
        minutes.UpdatedBy = actor.Name;
    }

    Task<StepResult> SaveAsync(CancellationToken ct) => StepResult.SaveAsync(db, Conflict, ct);

    StepResult Conflict() => new(StepOutcome.Conflict, text["ほかの人が先に議事録を変更しました。あなたの入力は保存されていません。"]);

    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
