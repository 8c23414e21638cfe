using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// Secretariat: creating a meeting (a draft with one unanswered attendance row per invited association) and changing
/// its details. A change names the stamp it was made on; a stale one is a conflict and nothing is stored.
/// </summary>
public class MeetingEditing(RenkeiDbContext db, MeetingRules rules, TimeProvider clock, IStringLocalizer<ConveningText> t)
{
    public async Task<(StepResult Result, Meeting? Meeting)> CreateAsync(MeetingInput input, CancellationToken ct = default)
    {
        var (errors, created) = await rules.CheckNewAsync(input, ct);
        if (created is null) return (Invalid(errors), null);
        var meeting = new Meeting
        {
            Kind = created.Kind,
            Status = MeetingStatus.Draft,
            TitleJa = created.Details.Title,
            BlockId = created.BlockId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        created.Details.ApplyTo(meeting);
        foreach (var code in created.Invited) meeting.Attendances.Add(new Attendance { AssociationCode = code });
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return (StepResult.Done, meeting);
    }

    public async Task<StepResult> UpdateAsync(int meetingId, MeetingInput input, Guid stamp, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.Include(m => m.Attendances).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return new StepResult(StepOutcome.NotFound);
        if (meeting.Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
            return new StepResult(StepOutcome.Closed, t["閉会・中止した会議の内容は変更できません。"]);
        if (meeting.ConcurrencyStamp != stamp) return Conflict();
        var (errors, details) = rules.CheckChange(meeting, input);
        if (details is null) return Invalid(errors);
        details.ApplyTo(meeting);
        meeting.ConcurrencyStamp = Guid.NewGuid();
        return await StepResult.SaveAsync(db, Conflict, ct);
    }

    StepResult Invalid(RuleErrors errors) => new(StepOutcome.Invalid, t["入力内容を確認してください。"], errors.ToDictionary());

    StepResult Conflict() => new(StepOutcome.Conflict, t["他の人が先にこの会議を変更しました。いま保存されている内容を確認してから、もう一度保存してください。"]);
}
