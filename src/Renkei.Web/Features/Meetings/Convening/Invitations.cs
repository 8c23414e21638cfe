using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// Who a meeting invites: one <see cref="Attendance"/> row per association, made with the meeting. Later the
/// secretariat may invite another association (it gets the notice if one went out) or take back an invitation nobody
/// has answered; an association that answered, voted or holds a proxy stays, since the quorum and tally count it.
/// </summary>
public class Invitations(RenkeiDbContext db, ConvocationMail mail, IStringLocalizer<ConveningText> t, TimeProvider clock)
{
    public sealed record Member(string Code, string Name, string BlockId);

    /// <summary>The current member associations, named in the reader's language, in local government code order.</summary>
    public async Task<List<Member>> MembersAsync(bool english, CancellationToken ct = default)
    {
        var today = JapanDate.Today(clock);
        var associations = await db.Associations.AsNoTracking().Include(a => a.Versions).ToListAsync(ct);
        return associations.Where(a => a.IsCurrentMember(today) && a.Versions.Any(v => v.ValidTo == null))
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => new Member(a.Code, a.Current.DisplayName(english), a.Current.BlockId))
            .ToList();
    }

    /// <summary>Association names (current version) for the given codes, withdrawn ones included.</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> codes, bool english, CancellationToken ct = default)
    {
        var wanted = codes.Distinct().ToList();
        var versions = await db.AssociationVersions.AsNoTracking().Where(v => wanted.Contains(v.AssociationCode)).ToListAsync(ct);
        return versions.GroupBy(v => v.AssociationCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.ValidTo is null ? 1 : 0).ThenBy(v => v.ValidFrom).Last().DisplayName(english));
    }

    public async Task<StepResult> AddAsync(int meetingId, string? code, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.Include(m => m.Attendances).Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return new StepResult(StepOutcome.NotFound);
        if (meeting.Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
            return new StepResult(StepOutcome.Closed, t["閉会・中止した会議の招集先は変更できません。"]);
        var normalized = LocalGovernmentCode.Normalize(code);
        var member = normalized is null ? null : (await MembersAsync(false, ct)).SingleOrDefault(m => m.Code == normalized);
        if (member is null) return StepResult.Invalid("association", t["招集する会員の協会を選んでください。"]);
        if (meeting.Attendances.Any(a => a.AssociationCode == member.Code))
            return StepResult.Invalid("association", t["この協会はすでに招集しています。"]);
        meeting.Attendances.Add(new Attendance { AssociationCode = member.Code });
        // An association invited after the notice went out gets the same notice, so every invited one has had it.
        if (meeting.Status == MeetingStatus.Convened && meeting.NoticeSentAt is not null)
            await mail.NoticeAsync(meeting, [member.Code], resent: false, ct);
        return await StepResult.SaveAsync(db, Conflict, ct);
    }

    public async Task<StepResult> RemoveAsync(int meetingId, string? code, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.Include(m => m.Attendances).ThenInclude(a => a.Attendees).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        var attendance = meeting?.Attendances.SingleOrDefault(a => a.AssociationCode == code);
        if (meeting is null || attendance is null) return new StepResult(StepOutcome.NotFound);
        if (meeting.Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
            return new StepResult(StepOutcome.Closed, t["閉会・中止した会議の招集先は変更できません。"]);
        if (attendance.Mode != AttendanceMode.Unanswered || attendance.AnsweredAt is not null || attendance.Attendees.Count > 0 || attendance.RepresentativeUserId is not null)
            return new StepResult(StepOutcome.Closed, t["回答のあった協会は招集先から外せません。"]);
        if (meeting.ChairAssociationCode == attendance.AssociationCode)
            return new StepResult(StepOutcome.Closed, t["議長の協会は招集先から外せません。先に議長を変更してください。"]);
        if (meeting.Attendances.Any(a => a.ProxyHolderCode == attendance.AssociationCode)
            || await db.Ballots.AnyAsync(b => b.MeetingId == meetingId && b.AssociationCode == attendance.AssociationCode, ct))
            return new StepResult(StepOutcome.Closed, t["委任状を受けている協会や投票のある協会は招集先から外せません。"]);
        db.Attendances.Remove(attendance);
        return await StepResult.SaveAsync(db, Conflict, ct);
    }

    StepResult Conflict() => new(StepOutcome.Conflict, t["他の人が先に変更しました。画面を読み込み直してください。"]);
}
