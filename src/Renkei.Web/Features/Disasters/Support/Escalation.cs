using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// Escalating a request from its block to every block (the inter-block agreement): by hand by its block's chair or the
/// secretariat, or automatically by <see cref="EscalationSweep"/> when it is not covered by its deadline. The request,
/// its timeline event and the e-mails to the other blocks and the secretariat land in one save guarded by the request's
/// concurrency stamp, so two escalations at once (two sweeps, a sweep and a chair) escalate once and mail once.
/// </summary>
public class Escalation(RenkeiDbContext db, SupportMail mail, IStringLocalizer<SupportText> t, TimeProvider clock)
{
    /// <summary>By hand: 404 when the caller does not see the request, 403 unless block chair or secretariat, 409 when closed or already escalated.</summary>
    public async Task<StepResult> EscalateAsync(int disasterId, int requestId, Responder who, CancellationToken ct = default)
    {
        var request = await DisasterAccess.FindVisibleRequestAsync(db, disasterId, requestId, who, ct);
        if (request is null) return new StepResult(StepOutcome.NotFound);
        if (!who.Escalates(request))
            return new StepResult(StepOutcome.Forbidden, t["要請を全ブロックに広げられるのは、そのブロックの幹事協会と事務局だけです。"]);
        if (Refusal(request) is { } refusal) return refusal;
        if (await ApplyAsync(request, who, ct)) return StepResult.Done;
        db.ChangeTracker.Clear();
        var now = await db.SupportRequests.AsNoTracking().Include(r => r.Disaster).SingleAsync(r => r.Id == requestId, ct);
        return Refusal(now) is { } closed ? closed with { Outcome = StepOutcome.Conflict } : new StepResult(StepOutcome.Conflict, t["ほかの更新と競合しました。画面を更新して、もう一度お試しください。"]);
    }

    /// <summary>
    /// Escalates a request loaded (tracked) with its disaster, offers and steps; <paramref name="who"/> null is the
    /// automatic escalation. False when someone else changed the request first: nothing of this escalation is stored.
    /// </summary>
    public async Task<bool> ApplyAsync(SupportRequest request, Responder? who, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        request.EscalatedAt = now;
        request.EscalatedBy = who?.Name;
        request.ConcurrencyStamp = Guid.NewGuid();
        Timeline.Add(db, request.DisasterId, DisasterEventKind.RequestEscalated, who, now, request.AssociationCode, request);
        await mail.EscalatedAsync(request.Disaster!, request, who, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    StepResult? Refusal(SupportRequest request)
    {
        var english = Localization.IsEnglish;
        if (!request.Disaster!.IsOpen) return new StepResult(StepOutcome.Closed, t["この災害対応は終了しています。"]);
        if (request.IsClosed) return new StepResult(StepOutcome.Closed, t["この要請は取り下げられています。"]);
        if (request.EscalatedAt is { } at)
            return new StepResult(StepOutcome.Closed, t["この要請は{0}に全ブロックに広げられています。", JapanTime.Format(at, english)]);
        return null;
    }
}
