using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// One pass of the automatic reminder: every convened meeting whose reminder day (the registration deadline's date in
/// Japan minus Meetings:ReminderDaysBefore, default 3) has come, whose deadline has not passed and whose reminder has
/// not gone out, reminds the associations that have not answered, once. The claim (ReminderSentAt) is saved with the
/// mails in one transaction guarded by the meeting's stamp, so of two app instances only one sends, and a failed save
/// leaves it unclaimed for the next pass. A notice sent on or after the reminder day is reminder enough.
/// </summary>
public class MeetingReminders(RenkeiDbContext db, ConvocationMail mail, IConfiguration config, TimeProvider clock, ILogger<MeetingReminders> log)
{
    public const string Actor = "system";

    public int DaysBefore => Math.Max(0, config.GetValue("Meetings:ReminderDaysBefore", 3));

    /// <summary>The Japan date the automatic reminder goes out on for a registration deadline.</summary>
    public DateOnly ReminderDay(DateTime registrationDeadline) => JapanTime.Date(registrationDeadline).AddDays(-DaysBefore);

    /// <summary>Sends what is due; returns the ids of the meetings reminded in this pass.</summary>
    public async Task<List<int>> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = JapanDate.Today(clock);
        var candidates = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Convened && m.ReminderSentAt == null && m.RegistrationDeadline > now)
            .Select(m => new { m.Id, m.RegistrationDeadline, m.NoticeSentAt })
            .ToListAsync(ct);
        var due = candidates.Where(c => today >= ReminderDay(c.RegistrationDeadline)
            && (c.NoticeSentAt is null || JapanTime.Date(c.NoticeSentAt.Value) < ReminderDay(c.RegistrationDeadline)));
        var sent = new List<int>();
        foreach (var c in due.OrderBy(c => c.RegistrationDeadline))
        {
            db.ChangeTracker.Clear();
            var meeting = await db.Meetings.Include(m => m.Attendances).SingleAsync(m => m.Id == c.Id, ct);
            if (meeting.Status != MeetingStatus.Convened || meeting.ReminderSentAt is not null) continue;
            meeting.ReminderSentAt = now;
            meeting.ConcurrencyStamp = Guid.NewGuid();
            var codes = meeting.Attendances.Where(a => a.Mode == AttendanceMode.Unanswered).Select(a => a.AssociationCode).ToList();
            if (codes.Count > 0) await mail.ReminderAsync(meeting, codes, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                log.LogInformation("Automatic meeting reminder for meeting {MeetingId}: {Count} associations", meeting.Id, codes.Count);
                sent.Add(meeting.Id);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance (or the secretariat) changed the meeting first: nothing of this pass was saved.
                db.ChangeTracker.Clear();
            }
        }
        return sent;
    }
}

/// <summary>Runs <see cref="MeetingReminders"/> at start and then every Meetings:ReminderPollMinutes (default 60).</summary>
sealed class MeetingReminderWorker(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<MeetingReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMinutes(Math.Max(1, config.GetValue("Meetings:ReminderPollMinutes", 60)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(MeetingReminders.Actor);
                await scope.ServiceProvider.GetRequiredService<MeetingReminders>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable: the reminder stays unclaimed and goes out on a later pass.
                log.LogError(e, "Automatic meeting reminders failed; retrying in {Minutes} min", poll.TotalMinutes);
            }
            try { await Task.Delay(poll, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
