using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// Members who see the request (its block until escalated, then everyone; others 404): what is needed and what is still
/// missing, the offers with their history, and the forms each caller may use: accept or decline (requester, block chair,
/// secretariat), dispatched and completed (offerer and deciders), withdraw an offer (offerer), escalate now (block chair,
/// secretariat), withdraw the request (requesting side); and the request's timeline.
/// </summary>
[Authorize(Policy = Policies.Member)]
public class RequestModel(RenkeiDbContext db, OfferSteps steps, Escalation escalation, RequestWithdrawal withdrawal, SupportMail mail,
    IStringLocalizer<SupportText> t, TimeProvider clock) : PageModel
{
    public sealed class StepInput
    {
        public int OfferId { get; set; }
        /// <summary>accepted, declined, dispatched, completed or withdrawn.</summary>
        public string? Kind { get; set; }
        public string? Note { get; set; }
        public bool Confirm { get; set; }
    }

    [BindProperty] public StepInput Step { get; set; } = new();

    public SupportRequest SupportRequest { get; private set; } = null!;
    public Disaster Disaster => SupportRequest.Disaster!;
    public Responder Who { get; private set; } = null!;
    public RequestView View { get; private set; } = null!;
    public List<DisasterEvent> Events { get; private set; } = [];
    public bool English => Localization.IsEnglish;
    /// <summary>Why the last step was refused, shown at the top; <see cref="FailedForm"/> is the form it came from.</summary>
    public string? Message { get; private set; }
    public string? FailedForm { get; private set; }
    public string? FieldError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int requestId, [FromServices] EscalationSweep sweep, CancellationToken ct)
    {
        // A request overdue for escalation is escalated before anyone reads it (the worker may be a minute away).
        await sweep.RunAsync(id, ct);
        return await LoadAsync(id, requestId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostOfferStepAsync(int id, int requestId, CancellationToken ct)
    {
        var kind = DisasterLabels.Parse<OfferStepKind>(Step.Kind);
        var who = await Responder.OfAsync(db, User, clock, ct);
        if (kind is null) return await RefuseAsync(id, requestId, new StepResult(StepOutcome.Invalid, t["入力内容を確認してください。"]), FormOf(Step.Kind), ct);
        var result = await steps.TakeAsync(id, requestId, Step.OfferId, kind.Value, Step.Note, who, (r, o, s) => mail.StepAsync(r, o, s, ct), ct);
        if (!result.Succeeded) return await RefuseAsync(id, requestId, result, FormOf(Step.Kind), ct);
        TempData["Flash"] = Done(kind.Value);
        return Redirect($"/disasters/{id}/requests/{requestId}#offer-{Step.OfferId}");
    }

    public async Task<IActionResult> OnPostEscalateAsync(int id, int requestId, CancellationToken ct)
    {
        if (!Step.Confirm) return await RefuseAsync(id, requestId, StepResult.Invalid("confirm", t["全ブロックに広げてよいか確かめて、チェックを入れてください。"]), "escalate", ct);
        var result = await escalation.EscalateAsync(id, requestId, await Responder.OfAsync(db, User, clock, ct), ct);
        if (!result.Succeeded) return await RefuseAsync(id, requestId, result, "escalate", ct);
        TempData["Flash"] = t["要請を全ブロックに広げ、ほかのブロックの協会と事務局に知らせました。"].Value;
        return Redirect($"/disasters/{id}/requests/{requestId}");
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, int requestId, CancellationToken ct)
    {
        if (!Step.Confirm) return await RefuseAsync(id, requestId, StepResult.Invalid("confirm", t["要請を取り下げてよいか確かめて、チェックを入れてください。"]), "close-request", ct);
        var result = await withdrawal.WithdrawAsync(id, requestId, Step.Note, await Responder.OfAsync(db, User, clock, ct), ct);
        if (!result.Succeeded) return await RefuseAsync(id, requestId, result, "close-request", ct);
        TempData["Flash"] = t["要請を取り下げました。"].Value;
        return Redirect($"/disasters/{id}/requests/{requestId}");
    }

    string Done(OfferStepKind kind) => kind switch
    {
        OfferStepKind.Accepted => t["申し出を承諾し、申し出た協会に知らせました。"],
        OfferStepKind.Declined => t["申し出を見送り、申し出た協会に知らせました。"],
        OfferStepKind.Withdrawn => t["申し出を取り下げました。"],
        OfferStepKind.Dispatched => t["支援の開始を記録しました。"],
        _ => t["支援の完了を記録しました。"],
    };

    /// <summary>The id of the form a step came from: accept-12, complete-12, …</summary>
    string FormOf(string? kind) => (DisasterLabels.Parse<OfferStepKind>(kind) switch
    {
        OfferStepKind.Accepted => "accept",
        OfferStepKind.Declined => "decline",
        OfferStepKind.Dispatched => "dispatch",
        OfferStepKind.Completed => "complete",
        _ => "withdraw",
    }) + "-" + Step.OfferId;

    /// <summary>The page again with the reason, the typed note kept, and the status the refusal stands for.</summary>
    async Task<IActionResult> RefuseAsync(int id, int requestId, StepResult result, string form, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (result.Outcome == StepOutcome.NotFound || !await LoadAsync(id, requestId, ct)) return NotFound();
        Message = result.Message;
        FailedForm = form;
        FieldError = result.Errors?.Values.SelectMany(m => m).FirstOrDefault();
        Response.StatusCode = result.StatusCode;
        return Page();
    }

    async Task<bool> LoadAsync(int id, int requestId, CancellationToken ct)
    {
        Who = await Responder.OfAsync(db, User, clock, ct);
        var request = await DisasterAccess.FindVisibleRequestAsync(db, id, requestId, Who, ct);
        if (request is null) return false;
        SupportRequest = request;
        var names = await SupportNames.LoadAsync(db, ct);
        var block = await db.Blocks.AsNoTracking().Where(b => b.Id == request.BlockId).Select(b => English ? b.NameEn : b.NameJa).SingleAsync(ct);
        View = new RequestView(request, names, block, English);
        Events = await db.DisasterEvents.AsNoTracking().VisibleTo(Who).Where(e => e.RequestId == requestId)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        return true;
    }

    bool Open => Disaster.IsOpen;
    bool Offerer(SupportOffer o) => o.AssociationCode == Who.AssociationCode;

    public bool CanDecide(SupportOffer o) => Open && Who.Decides(SupportRequest) && o.State == OfferState.Pending;
    public bool CanDispatch(SupportOffer o) => Open && (Who.Decides(SupportRequest) || Offerer(o)) && o.State == OfferState.Accepted;
    public bool CanComplete(SupportOffer o) => Open && (Who.Decides(SupportRequest) || Offerer(o)) && o.State is OfferState.Accepted or OfferState.Dispatched;
    public bool CanWithdraw(SupportOffer o) => Open && (Who.IsSecretariat || Offerer(o)) && o.State is OfferState.Pending or OfferState.Accepted;
    public bool CanEscalate => Open && Who.Escalates(SupportRequest) && !SupportRequest.IsEscalated && !SupportRequest.IsClosed;
    public bool CanClose => Open && Who.Decides(SupportRequest) && !SupportRequest.IsClosed;
    public bool CanOffer => Open && !SupportRequest.IsClosed && (Who.IsSecretariat || Who.AssociationCode is { } own && own != SupportRequest.AssociationCode);

    /// <summary>The note typed into the form that failed, so it is not lost.</summary>
    public string? NoteFor(string form) => FailedForm == form ? Step.Note : null;
}
