using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>
/// An association's answer to a meeting, the one way the page and the API change it. Who: the association's admin
/// until the registration deadline, or the secretariat on its behalf (also after the deadline, until the vote is final);
/// staff may look; another association's answer does not exist for the caller. Then the rules (<see cref="AnswerRules"/>)
/// and a save guarded by the row's concurrency stamp.
/// </summary>
public class AttendanceAnswering(RenkeiDbContext db, AttendanceBook book, AttendanceMail mail, IStringLocalizer<AttendanceText> text,
    CurrentActor actor, TimeProvider clock)
{
    public const int MaxPeople = 20;

    /// <summary>The desk for <paramref name="code"/> (null: the caller's own association), or null for 404.</summary>
    public async Task<AnswerDesk?> OpenAsync(int meetingId, string? code, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var meeting = await MeetingAccess.FindVisibleAsync(db, meetingId, user, ct);
        if (meeting is null) return null;
        var secretariat = user.IsSecretariat();
        var normalized = string.IsNullOrEmpty(code) ? user.AssociationCodeOf() : LocalGovernmentCode.Normalize(code);
        // Another association's answer is 404, as if it did not exist.
        if (normalized is null || !secretariat && normalized != user.AssociationCodeOf()) return null;
        var attendance = await db.Attendances.Include(a => a.Attendees)
            .SingleOrDefaultAsync(a => a.MeetingId == meeting.Id && a.AssociationCode == normalized, ct);
        if (attendance is null) return null;
        var invited = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.AssociationCode == normalized && u.IsActive).OrderBy(u => u.Email).ToListAsync(ct);
        return new AnswerDesk
        {
            Meeting = meeting,
            Attendance = attendance,
            Invited = invited,
            Names = await book.NamesAsync(invited.Select(a => a.AssociationCode), ct),
            Users = users,
            BySecretariat = secretariat,
            Refusal = Refusal(meeting, user),
        };
    }

    StepResult? Refusal(Meeting meeting, ClaimsPrincipal user)
    {
        var secretariat = user.IsSecretariat();
        if (!secretariat && !user.IsInRole(Roles.AssociationAdmin))
            return new StepResult(StepOutcome.Forbidden, text["出欠の回答は、協会の管理者が行います。"]);
        var now = clock.GetUtcNow().UtcDateTime;
        if (meeting.Status == MeetingStatus.Cancelled)
            return new StepResult(StepOutcome.Closed, text["この会議は中止になりました。出欠の回答は受け付けていません。"]);
        if (meeting.Status == MeetingStatus.Closed || meeting.IsVoteFinal(now))
            return new StepResult(StepOutcome.Closed, text["この会議は終了し、採決が確定したため、出欠は変更できません。"]);
        // The secretariat takes late answers and corrections on the day (the attendance is the quorum's base until the vote is final).
        if (secretariat) return null;
        if (!meeting.IsRegistrationOpen(now))
            return new StepResult(StepOutcome.Closed,
                text["出欠回答の締切（{0}）を過ぎたため、回答は変更できません。変更が必要な場合は事務局にご連絡ください。",
                    JapanTime.Format(meeting.RegistrationDeadline, Localization.IsEnglish)]);
        return null;
    }

    /// <summary>Checks and saves the answer. <paramref name="stamp"/>: the row's stamp when the caller read it (null: no check).</summary>
    public async Task<StepResult> SaveAsync(AnswerDesk desk, AnswerRequest request, Guid? stamp, CancellationToken ct = default)
    {
        if (desk.Refusal is { } refusal) return refusal;
        var attendance = desk.Attendance;
        if (stamp is { } s && s != attendance.ConcurrencyStamp) return Conflict();
        var rules = new AnswerRules(desk, text);
        var answer = rules.Check(request);
        if (answer is null) return new StepResult(StepOutcome.Invalid, text["入力内容を確認してください。"], rules.Errors.ToDictionary());

        Apply(attendance, answer);
        attendance.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        attendance.AnsweredBy = actor.Name;
        attendance.ConcurrencyStamp = Guid.NewGuid();
        // Enqueued in the same save: the confirmation goes out exactly when the answer is stored.
        await mail.ConfirmAsync(desk, ct);
        return await StepResult.SaveAsync(db, Conflict, ct);
    }

    StepResult Conflict() => new(StepOutcome.Conflict, text["この回答は、ほかの人が先に更新しました。いま保存されている内容を確認してから、もう一度保存してください。"]);

    static void Apply(Attendance attendance, CheckedAnswer answer)
    {
        attendance.Mode = answer.Mode;
        attendance.ProxyHolderCode = answer.ProxyHolderCode;
        attendance.RepresentativeUserId = answer.Representative?.Id;
        attendance.RepresentativeName = answer.Representative is { } r ? AnswerDesk.DisplayName(r) : null;
        attendance.Note = answer.Note;
        var kept = answer.People.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        foreach (var gone in attendance.Attendees.Where(p => !kept.Contains(p.Id)).ToList()) attendance.Attendees.Remove(gone);
        foreach (var person in answer.People)
        {
            var row = attendance.Attendees.FirstOrDefault(p => p.Id == person.Id);
            if (row is null) attendance.Attendees.Add(row = new Attendee { Name = person.Name });
            row.Name = person.Name;
            row.Title = person.Title;
            row.Mode = person.Mode;
        }
    }
}
