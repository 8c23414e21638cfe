using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// API v1 for support requests, by the pages' rules. Members read the requests they see (a request still in its block
/// is 404 to the other blocks until escalated); an affected association posts its own, its block chair or the secretariat
/// on its behalf; the block chair or the secretariat escalates; the requesting side withdraws (close).
/// </summary>
public static class SupportApi
{
    const string Base = "/api/v1/disasters/{id:int}/requests";

    /// <summary>Members (signed-in users): each endpoint checks who may act on the request itself (403 for the wrong role, 404 outside the block).</summary>
    public static void Map(WebApplication app)
    {
        var group = app.MapGroup(Base).WithTags("Disasters").RequireAuthorization(Policies.Member).AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("", List).WithSummary("The disaster's requests the caller sees, with their coverage")
            .Produces<List<RequestResource>>();
        group.MapPost("", Post).WithSummary("Post a request for an affected association (own; block chair or secretariat: { association })")
            .WithDescription("Body: { association?, kind, languages: [codes], people, from: yyyy-MM-dd, to?, place, urgency: immediate|high|normal, details? }. 201 with Location.")
            .Produces<RequestResource>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{requestId:int}", Get).WithSummary("One request with its offers, their steps and its coverage")
            .Produces<RequestResource>();
        group.MapPost("/{requestId:int}/escalate", Escalate).WithSummary("Escalate a request to every block now (block chair or secretariat; body {})")
            .Produces<RequestResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/{requestId:int}/close", Close).WithSummary("Withdraw a request (the requesting association, its block chair or the secretariat; body { note })")
            .Produces<RequestResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    static async Task<IResult> List(int id, HttpContext http, RenkeiDbContext db, TimeProvider clock, EscalationSweep sweep, IStringLocalizer<SupportText> t, CancellationToken ct)
    {
        await sweep.RunAsync(id, ct);
        var disaster = await db.Disasters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (disaster is null) return SupportProblems.NotFound(t);
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var requests = await db.SupportRequests.AsNoTracking().VisibleTo(who).Where(r => r.DisasterId == id)
            .Include(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery().OrderBy(r => r.Number).ToListAsync(ct);
        var names = await SupportNames.LoadAsync(db, ct);
        return TypedResults.Ok(requests.Select(r => SupportResources.Of(r, disaster.IsDrill, names, Localization.IsEnglish, withOffers: false)).ToList());
    }

    static async Task<IResult> Get(int id, int requestId, HttpContext http, RenkeiDbContext db, TimeProvider clock, EscalationSweep sweep, IStringLocalizer<SupportText> t, CancellationToken ct)
    {
        // What is overdue is escalated before it is read, as on the board.
        await sweep.RunAsync(id, ct);
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        return await AnswerAsync(db, id, requestId, who, ct) is { } answer ? TypedResults.Ok(answer) : SupportProblems.NotFound(t);
    }

    static async Task<IResult> Post(int id, HttpContext http, RenkeiDbContext db, RequestPosting posting, TimeProvider clock,
        IStringLocalizer<SupportText> t, CancellationToken ct)
    {
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var code = body.Text("association");
        // Who may post for whom comes before what was sent: another block's user gets 403 whatever the body holds.
        var desk = await posting.OpenAsync(id, code, who, ct);
        if (desk is null) return SupportProblems.NotFound(t);
        if (desk.Refusal is { } refused) return SupportProblems.Refused(refused, t);
        var input = new RequestInput
        {
            Kind = body.Text("kind"),
            Languages = body.List("languages") ?? [],
            People = body.Text("people"),
            From = body.Text("from"),
            To = body.Text("to"),
            Place = body.Text("place"),
            Urgency = body.Text("urgency"),
            Details = body.Text("details"),
        };
        if (body.Errors.Any) return SupportProblems.Invalid(body.Errors.ToDictionary(), t);
        var (result, request) = await posting.PostAsync(id, code, input, who, ct);
        if (request is null) return SupportProblems.Refused(result, t);
        var answer = await AnswerAsync(db, id, request.Id, who, ct);
        return TypedResults.Created($"{Base.Replace("{id:int}", id.ToString())}/{request.Id}", answer);
    }

    static async Task<IResult> Escalate(int id, int requestId, HttpContext http, RenkeiDbContext db, Escalation escalation, TimeProvider clock,
        IStringLocalizer<SupportText> t, CancellationToken ct)
    {
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var result = await escalation.EscalateAsync(id, requestId, who, ct);
        if (!result.Succeeded) return SupportProblems.Refused(result, t);
        return TypedResults.Ok(await AnswerAsync(db, id, requestId, who, ct));
    }

    static async Task<IResult> Close(int id, int requestId, HttpContext http, RenkeiDbContext db, RequestWithdrawal withdrawal, TimeProvider clock,
        IStringLocalizer<SupportText> t, CancellationToken ct)
    {
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        // A note that is not text counts as none: the withdrawal then asks for its reason, after the 404/403/409 checks.
        var result = await withdrawal.WithdrawAsync(id, requestId, body.Text("note"), who, ct);
        if (!result.Succeeded) return SupportProblems.Refused(result, t);
        return TypedResults.Ok(await AnswerAsync(db, id, requestId, who, ct));
    }

    /// <summary>The request as the caller sees it, with its offers; null when the caller does not see it.</summary>
    internal static async Task<RequestResource?> AnswerAsync(RenkeiDbContext db, int id, int requestId, Responder who, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var request = await DisasterAccess.FindVisibleRequestAsync(db, id, requestId, who, ct);
        if (request is null) return null;
        var names = await SupportNames.LoadAsync(db, ct);
        return SupportResources.Of(request, request.Disaster!.IsDrill, names, Localization.IsEnglish, withOffers: true);
    }
}
