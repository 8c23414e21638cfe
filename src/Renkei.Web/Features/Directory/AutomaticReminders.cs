using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// One pass of the automatic reminder: every collecting edition whose reminder day (deadline minus
/// ReminderDaysBefore, in Japan) has come and whose reminder has not gone out gets it, once. The claim
/// (AutomaticReminderSentAt) is saved with the reminders in one transaction guarded by the edition's
/// concurrency stamp, so of two app instances only one sends, and a failed send leaves it unclaimed.
/// </summary>
public class AutomaticReminders(RenkeiDbContext db, EditionLifecycle lifecycle, TimeProvider clock, ILogger<AutomaticReminders> log)
{
    public const string Actor = "system";

    /// <summary>Sends what is due; returns the fiscal years whose reminder went out in this pass.</summary>
    public async Task<List<int>> RunOnceAsync(CancellationToken ct = default)
    {
        var today = JapanDate.Today(clock);
        var candidates = await db.DirectoryEditions.AsNoTracking()
            .Where(e => e.Status == EditionStatus.Collecting && e.AutomaticReminderSentAt == null)
            .Select(e => new { e.FiscalYear, e.Deadline, e.ReminderDaysBefore })
            .ToListAsync(ct);
        var sent = new List<int>();
        foreach (var c in candidates.Where(c => today >= c.Deadline.AddDays(-c.ReminderDaysBefore)).OrderBy(c => c.FiscalYear))
        {
            db.ChangeTracker.Clear();
            var edition = await db.DirectoryEditions.SingleAsync(e => e.FiscalYear == c.FiscalYear, ct);
            if (edition.Status != EditionStatus.Collecting || edition.AutomaticReminderSentAt is not null) continue;
            edition.AutomaticReminderSentAt = clock.GetUtcNow().UtcDateTime;
            edition.ConcurrencyStamp = Guid.NewGuid();
            try
            {
                var reminded = await lifecycle.RemindAsync(edition, Actor, ct);
                log.LogInformation("Automatic directory reminder for {FiscalYear}: {Count} associations", edition.FiscalYear, reminded);
                sent.Add(edition.FiscalYear);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance (or the secretariat) changed the edition first: nothing of this pass was saved.
                db.ChangeTracker.Clear();
            }
        }
        return sent;
    }
}

/// <summary>Runs <see cref="AutomaticReminders"/> at start and then every Directory:ReminderPollMinutes (default 60).</summary>
sealed class DirectoryReminderWorker(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<DirectoryReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMinutes(Math.Max(1, config.GetValue("Directory:ReminderPollMinutes", 60)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(AutomaticReminders.Actor);
                await scope.ServiceProvider.GetRequiredService<AutomaticReminders>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable: the reminder stays unclaimed and goes out on a later pass.
                log.LogError(e, "Automatic directory reminders failed; retrying in {Minutes} min", poll.TotalMinutes);
            }
            try { await Task.Delay(poll, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
