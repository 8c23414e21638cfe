using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// The automatic escalation: every request of an open disaster still in its block, not covered, not withdrawn and past
/// its <see cref="SupportRequest.EscalateAfter"/> goes to every block. Safe when two sweeps run at once (two app
/// instances, the worker and the board): the request's concurrency stamp lets one escalate it; the other skips it,
/// with no second event and no second mail. The board calls <see cref="RunAsync"/> for its disaster, so a page read
/// never shows a request overdue for escalation.
/// </summary>
public class EscalationSweep(RenkeiDbContext db, Escalation escalation, TimeProvider clock, ILogger<EscalationSweep> log)
{
    /// <summary>When the disaster's first request waiting for automatic escalation falls due (null: none is waiting).</summary>
    public static DateTime? NextDue(RenkeiDbContext db, int disasterId) =>
        Waiting(db).Where(r => r.DisasterId == disasterId).Min(r => (DateTime?)r.EscalateAfter);

    // Open disaster; the request still in its block, not covered, not withdrawn.
    static IQueryable<SupportRequest> Waiting(RenkeiDbContext db) => db.SupportRequests.AsNoTracking()
        .Where(r => r.EscalatedAt == null && r.CoveredAt == null && r.ClosedAt == null && r.Disaster!.Status == DisasterStatus.Open);

    /// <summary>Escalates what is due (of one disaster, or of every open one); returns how many this sweep escalated.</summary>
    public async Task<int> RunAsync(int? disasterId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await Waiting(db).Where(r => r.EscalateAfter <= now && (disasterId == null || r.DisasterId == disasterId))
            .OrderBy(r => r.EscalateAfter).Select(r => r.Id).ToListAsync(ct);
        var escalated = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var request = await db.SupportRequests.Include(r => r.Disaster).Include(r => r.Offers).ThenInclude(o => o.Steps)
                .AsSplitQuery().SingleAsync(r => r.Id == id, ct);
            // Looked at again: an offer accepted or a chair's escalation since the list was read leaves nothing to do.
            if (!request.EscalationDue(now) || !request.Disaster!.IsOpen) continue;
            if (!await escalation.ApplyAsync(request, who: null, ct)) continue;
            escalated++;
            log.LogInformation("Request {RequestId} of disaster {DisasterId} escalated to every block automatically", request.Id, request.DisasterId);
        }
        return escalated;
    }
}

/// <summary>Runs <see cref="EscalationSweep"/> every minute (Disasters:EscalationWorker=false turns it off; tests sweep themselves).</summary>
sealed class EscalationWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EscalationWorker> log) : BackgroundService
{
    static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs("system");
                await scope.ServiceProvider.GetRequiredService<EscalationSweep>().RunAsync(null, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable: what is due stays due and goes on the next pass.
                log.LogError(e, "Automatic escalation failed; retrying in a minute");
            }
            try { await Task.Delay(Every, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
