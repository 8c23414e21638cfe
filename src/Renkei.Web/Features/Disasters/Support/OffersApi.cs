using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// API v1 for offers, by the pages' rules: any association that sees a request offers (not the requester itself; the
/// secretariat names the association); the requester, its block chair or the secretariat decide; the offering
/// association (or a decider) records dispatch and completion; the offering association withdraws. Every step goes
/// through <see cref="OfferSteps"/>, so two deciders at once get one decision and a 409 with who decided.
/// </summary>
public static class OffersApi
{
    const string Base = "/api/v1/disasters/{id:int}/requests/{requestId:int}/offers";

    /// <summary>Members (signed-in users): who may offer, decide or move an offer on is checked per request (403 for the wrong role, 404 outside the block).</summary>
    public static void Map(WebApplication app)
    {
        var group = app.MapGroup(Base).WithTags("Disasters").RequireAuthorization(Policies.Member).AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("", Offer).WithSummary("Offer help against a request (not the requesting association; the secretariat names the association)")
            .WithDescription("Body: { association?, people, who?, languages: [codes], from: yyyy-MM-dd, to: yyyy-MM-dd, mode: onSite|remote, details? }. 201.")
            .Produces<OfferResource>(StatusCodes.Status201Created);
        group.MapPost("/{offerId:int}/decision", Decide).WithSummary("Accept or decline an offer (requesting association, its block chair, secretariat)")
            .WithDescription("Body: { decision: accepted|declined, note? }.").Produces<OfferResource>();
        group.MapPost("/{offerId:int}/status", Status).WithSummary("Record dispatch or completion (with a report), or withdraw an offer")
            .WithDescription("Body: { status: dispatched|completed|withdrawn, note? } (note required for completed: the report).").Produces<OfferResource>();
    }

    static async Task<IResult> Offer(int id, int requestId, HttpContext http, Offering offering, SupportMail mail, Board.BoardCache boards,
        TimeProvider clock, IStringLocalizer<SupportText> t, CancellationToken ct)
    {
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var input = new OfferInput
        {
            Association = body.Text("association"),
            People = body.Text("people"),
            Who = body.Text("who"),
            Languages = body.List("languages") ?? [],
            From = body.Text("from"),
            To = body.Text("to"),
            Mode = body.Text("mode"),
            Details = body.Text("details"),
        };
        // Offers are what arrives by the hundred on the worst day: the caller's block and roles come from the registry
        // snapshot the board keeps (renewed on every registry change here, within seconds of one made elsewhere) rather
        // than from two queries per offer.
        var who = Responder.Of(http.User, await boards.BookAsync(JapanDate.Today(clock), ct));
        // A request the caller may not see is a 404 and a refusal a 403 before any fault in the body. OfferAsync answers
        // them first itself; the request is looked up here only for a body it cannot take (the request, its offers and
        // their steps were otherwise loaded twice for every offer).
        if (body.Errors.Any)
        {
            var desk = await offering.OpenAsync(id, requestId, who, ct);
            if (desk is null) return SupportProblems.NotFound(t);
            if (desk.Refusal is { } refused) return SupportProblems.Refused(refused, t);
            return SupportProblems.Invalid(body.Errors.ToDictionary(), t);
        }
        var (result, offer) = await offering.OfferAsync(id, requestId, input, who, ct);
        if (offer is null) return SupportProblems.Refused(result, t);
        // The names the offer's mails were written with.
        var names = await mail.NamesAsync(ct);
        return TypedResults.Created($"/api/v1/disasters/{id}/requests/{requestId}", SupportResources.Of(offer, names, Localization.IsEnglish));
    }

    static Task<IResult> Decide(int id, int requestId, int offerId, HttpContext http, RenkeiDbContext db, OfferSteps steps, SupportMail mail,
        TimeProvider clock, IStringLocalizer<SupportText> t, CancellationToken ct) =>
        StepAsync(id, requestId, offerId, http, db, steps, mail, clock, t, decision: true, ct);

    static Task<IResult> Status(int id, int requestId, int offerId, HttpContext http, RenkeiDbContext db, OfferSteps steps, SupportMail mail,
        TimeProvider clock, IStringLocalizer<SupportText> t, CancellationToken ct) =>
        StepAsync(id, requestId, offerId, http, db, steps, mail, clock, t, decision: false, ct);

    static async Task<IResult> StepAsync(int id, int requestId, int offerId, HttpContext http, RenkeiDbContext db, OfferSteps steps, SupportMail mail,
        TimeProvider clock, IStringLocalizer<SupportText> t, bool decision, CancellationToken ct)
    {
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        // 404 and 403 come before what was sent: a caller outside the block learns nothing from a bad body.
        var request = await DisasterAccess.FindVisibleRequestAsync(db, id, requestId, who, ct);
        var offer = request?.Offers.SingleOrDefault(o => o.Id == offerId);
        if (request is null || offer is null) return SupportProblems.NotFound(t);
        var mayAct = who.Decides(request) || (!decision && offer.AssociationCode == who.AssociationCode);
        if (!mayAct)
            return SupportProblems.Refused(new StepResult(StepOutcome.Forbidden, decision
                ? t["申し出の承諾・見送りができるのは、要請した協会、そのブロックの幹事協会、事務局だけです。"]
                : t["支援の状況を更新できるのは、申し出た協会、要請した協会、ブロックの幹事協会、事務局だけです。"]), t);
        var field = decision ? "decision" : "status";
        var kind = DisasterLabels.Parse<OfferStepKind>(body.Text(field));
        var allowed = decision ? kind is OfferStepKind.Accepted or OfferStepKind.Declined
            : kind is OfferStepKind.Dispatched or OfferStepKind.Completed or OfferStepKind.Withdrawn;
        if (!allowed)
            body.Errors.Add(field, decision ? t["decision は accepted か declined にしてください。"] : t["status は dispatched、completed、withdrawn のいずれかにしてください。"]);
        var note = body.Text("note");
        if (body.Errors.Any) return SupportProblems.Invalid(body.Errors.ToDictionary(), t);

        db.ChangeTracker.Clear();
        var result = await steps.TakeAsync(id, requestId, offerId, kind!.Value, note, who, (r, o, s) => mail.StepAsync(r, o, s, ct), ct);
        if (!result.Succeeded) return SupportProblems.Refused(result, t);
        var answer = await SupportApi.AnswerAsync(db, id, requestId, who, ct);
        return TypedResults.Ok(answer!.Offers!.Single(o => o.Id == offerId));
    }
}
