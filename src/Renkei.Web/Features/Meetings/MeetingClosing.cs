using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings;

/// <summary>
/// Secretariat: closing the vote on one item during the meeting, and closing the meeting. Closing makes the tally
/// final (no ballot is taken afterwards) and, for an election that passed, writes the officer register.
/// </summary>
public class MeetingClosing(RenkeiDbContext db, MeetingResults results, OfficerRegister register, IStringLocalizer<MeetingText> text, TimeProvider clock)
{
    public async Task<StepResult> CloseItemAsync(int meetingId, int itemId, string actor, CancellationToken ct = default)
    {
        var item = await db.AgendaItems.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId, ct);
        if (item is null) return new StepResult(StepOutcome.NotFound);
        var now = Now;
        if (!item.IsVoted || item.Meeting!.Status != MeetingStatus.Convened || item.IsClosed(item.Meeting, now))
            return new StepResult(StepOutcome.Closed, text["この議案の投票はすでに締め切られているか、投票のない議案です。"]);
        item.ClosedAt = now;
        item.ClosedBy = actor;
        item.ConcurrencyStamp = Guid.NewGuid();
        var saved = await StepResult.SaveAsync(db, Conflict, ct);
        if (saved.Succeeded && item.Kind == AgendaItemKind.Election) await ApplyElectionsAsync(meetingId, ct);
        return saved;
    }

    /// <summary>閉会: every item's vote is final from now on (the vote deadline is set if none was earlier).</summary>
    public async Task<StepResult> CloseMeetingAsync(int meetingId, Guid stamp, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return new StepResult(StepOutcome.NotFound);
        if (meeting.Status != MeetingStatus.Convened) return new StepResult(StepOutcome.Closed, text["招集中の会議だけを閉会できます。"]);
        if (meeting.ConcurrencyStamp != stamp) return Conflict();
        var now = Now;
        meeting.Status = MeetingStatus.Closed;
        if (meeting.VoteDeadline is null || meeting.VoteDeadline > now) meeting.VoteDeadline = now;
        meeting.ConcurrencyStamp = Guid.NewGuid();
        var saved = await StepResult.SaveAsync(db, Conflict, ct);
        if (saved.Succeeded) await ApplyElectionsAsync(meetingId, ct);
        return saved;
    }

    async Task ApplyElectionsAsync(int meetingId, CancellationToken ct)
    {
        var meeting = await results.LoadAsync(meetingId, ct);
        var report = await results.ComputeAsync(meeting!, ct);
        foreach (var item in report.Items.Where(i => i.Item.Kind == AgendaItemKind.Election && i.Final))
            await register.ApplyAsync(item, ct);
    }

    StepResult Conflict() => new(StepOutcome.Conflict, text["他の人が先に変更しました。画面を読み込み直してください。"]);
    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
