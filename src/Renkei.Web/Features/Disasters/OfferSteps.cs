using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters;

/// <summary>
/// The one way an offer moves on (accept, decline, withdraw, dispatch, complete), from pages and the API alike.
/// Checks, in order: the caller sees the request (404), may take this step (403), the disaster is open and the step
/// follows from the offer's state (409, saying what happened and who did it), the note is there when needed (400).
/// Then appends the step, the timeline event and whatever <c>beforeSave</c> adds (the e-mails) in one save. Two
/// coordinators deciding at once both compute the same next sequence; the unique index lets one land and the other is
/// told who decided first.
/// </summary>
public class OfferSteps(RenkeiDbContext db, IStringLocalizer<DisasterText> text, TimeProvider clock)
{
    public OfferStep? LastStep { get; private set; }

    public async Task<StepResult> TakeAsync(int disasterId, int requestId, int offerId, OfferStepKind kind, string? note, Responder who,
        Func<SupportRequest, SupportOffer, OfferStep, Task>? beforeSave = null, CancellationToken ct = default)
    {
        var request = await DisasterAccess.FindVisibleRequestAsync(db, disasterId, requestId, who, ct);
        var offer = request?.Offers.SingleOrDefault(o => o.Id == offerId);
        if (request is null || offer is null) return new StepResult(StepOutcome.NotFound);
        if (!May(kind, request, offer, who)) return new StepResult(StepOutcome.Forbidden, Refusal(kind));
        if (!request.Disaster!.IsOpen) return new StepResult(StepOutcome.Closed, text["この災害対応は終了しています。"]);
        if (!Follows(offer.State, kind)) return AlreadyDone(offer);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (kind == OfferStepKind.Completed && note is null)
            return StepResult.Invalid("note", text["完了の報告（何をしたか、人数、日数など）を入力してください。"]);
        if (note is { Length: > 4000 }) return StepResult.Invalid("note", text["メモは4000文字以内で入力してください。"]);

        var now = clock.GetUtcNow().UtcDateTime;
        var step = new OfferStep
        {
            OfferId = offer.Id,
            Sequence = (offer.Latest?.Sequence ?? 0) + 1,
            Kind = kind,
            Note = note,
            At = now,
            By = who.Name,
            ByAssociationCode = who.AssociationCode,
        };
        offer.Steps.Add(step);
        Timeline.Add(db, disasterId, EventOf(kind), who, now, offer.AssociationCode, request, offer.Id, note);
        if (MarkCoverage(request, now)) Timeline.Add(db, disasterId, DisasterEventKind.RequestCovered, null, now, request.AssociationCode, request);
        if (beforeSave is not null) await beforeSave(request, offer, step);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else's step took this sequence first: ours is not stored; say what they did.
            db.ChangeTracker.Clear();
            var steps = await db.OfferSteps.AsNoTracking().Where(s => s.OfferId == offer.Id).ToListAsync(ct);
            return AlreadyDone(new SupportOffer { AssociationCode = offer.AssociationCode, OfferedBy = offer.OfferedBy, Steps = steps }, conflict: true);
        }
        LastStep = step;
        return StepResult.Done;
    }

    /// <summary>
    /// Keeps <see cref="SupportRequest.CoveredAt"/> in step with the offers (with a timeline event when it becomes
    /// covered), so a covered request is not escalated and one that lost an accepted offer can be again. The request's
    /// concurrency stamp is left alone: two offers accepted at once must both land.
    /// </summary>
    /// <returns>True when the request has just become covered.</returns>
    public static bool MarkCoverage(SupportRequest request, DateTime now)
    {
        var covered = Coverage.Of(request).IsCovered;
        if (covered && request.CoveredAt is null)
        {
            request.CoveredAt = now;
            return true;
        }
        if (!covered) request.CoveredAt = null;
        return false;
    }

    static bool May(OfferStepKind kind, SupportRequest request, SupportOffer offer, Responder who) => kind switch
    {
        OfferStepKind.Accepted or OfferStepKind.Declined => who.Decides(request),
        OfferStepKind.Withdrawn => who.IsSecretariat || offer.AssociationCode == who.AssociationCode,
        _ => who.Decides(request) || offer.AssociationCode == who.AssociationCode,
    };

    /// <summary>Which steps may follow a state: decide once; an accepted offer is dispatched (or withdrawn), then completed.</summary>
    public static bool Follows(OfferState state, OfferStepKind kind) => (state, kind) switch
    {
        (OfferState.Pending, OfferStepKind.Accepted or OfferStepKind.Declined or OfferStepKind.Withdrawn) => true,
        (OfferState.Accepted, OfferStepKind.Dispatched or OfferStepKind.Withdrawn or OfferStepKind.Completed) => true,
        (OfferState.Dispatched, OfferStepKind.Completed) => true,
        _ => false,
    };

    /// <summary>The timeline event that records a step (also used by the demo data, which writes histories step by step).</summary>
    public static DisasterEventKind EventOf(OfferStepKind kind) => kind switch
    {
        OfferStepKind.Accepted => DisasterEventKind.OfferAccepted,
        OfferStepKind.Declined => DisasterEventKind.OfferDeclined,
        OfferStepKind.Withdrawn => DisasterEventKind.OfferWithdrawn,
        OfferStepKind.Dispatched => DisasterEventKind.OfferDispatched,
        _ => DisasterEventKind.OfferCompleted,
    };

    string Refusal(OfferStepKind kind) => kind switch
    {
        OfferStepKind.Accepted or OfferStepKind.Declined => text["申し出の承諾・見送りができるのは、要請した協会、そのブロックの幹事協会、事務局だけです。"],
        OfferStepKind.Withdrawn => text["申し出を取り下げられるのは、申し出た協会だけです。"],
        _ => text["支援の状況を更新できるのは、申し出た協会、要請した協会、ブロックの幹事協会、事務局だけです。"],
    };

    StepResult AlreadyDone(SupportOffer offer, bool conflict = false)
    {
        var latest = offer.Latest;
        var english = Localization.IsEnglish;
        var message = latest is null
            ? text["この申し出はまだ回答待ちです。先に承諾してください。"].Value
            : text["この申し出は {0} に {1} が「{2}」にしています。画面を更新して最新の状況を確認してください。",
                JapanTime.Format(latest.At, english), latest.By, DisasterLabels.Offer(offer.State, english)].Value;
        return new StepResult(conflict ? StepOutcome.Conflict : StepOutcome.Closed, message);
    }
}
