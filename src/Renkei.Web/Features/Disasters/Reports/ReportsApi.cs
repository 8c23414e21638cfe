using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>
/// Members: API v1 for a disaster's timeline and summary, by the same rule as the files and pages (events and
/// figures of requests still inside another block are left out until escalated). 404 for no such disaster; 401
/// without signing in. Times are UTC; codes as <see cref="DisasterLabels.Code{T}"/> writes them; text in the caller's
/// language (?culture=en or Accept-Language).
/// </summary>
public static class ReportsApi
{
    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/api/v1/disasters/{id:int}").WithTags("Disasters").AddEndpointFilter(RegistryApi.CallerCulture)
            .RequireAuthorization(Policies.Member)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/timeline", Timeline)
            .WithSummary("A disaster's timeline (経過): the events the caller may see, oldest first")
            .WithDescription("Each event: at (UTC), kind (declared, statusReported, requestPosted, requestEscalated, requestCovered, requestClosed, "
                + "offerMade, offerAccepted, offerDeclined, offerWithdrawn, offerDispatched, offerCompleted, updated, closed), the association that acted "
                + "(null: the secretariat or automatic), the association it is about, requestId, offerId, the sentence in the caller's language and the note.")
            .Produces<TimelineResource>();
        group.MapGet("/summary", Summary)
            .WithSummary("A disaster's support summary (支援実績): requests, offers, who helped whom, person-days, by block, routing and timing")
            .WithDescription("final is false while the disaster is open (figures so far). complete is false for association users: "
                + "requests still inside another block are not counted until they are escalated.")
            .Produces<SummaryResource>();
    }

    static async Task<IResult> Timeline(int id, HttpContext http, RenkeiDbContext db, TimeProvider clock, IStringLocalizer<ReportsText> t, CancellationToken ct)
    {
        if (await LoadAsync(id, http, db, clock, ct) is not { } r) return NotFound(t);
        var english = Localization.IsEnglish;
        return TypedResults.Ok(new TimelineResource(r.Disaster.Id, r.Disaster.Name(english), r.Disaster.IsDrill, r.Disaster.IsSample, r.SeesAll,
            r.Events.Select(e => new TimelineEventResource(e.Id, Utc(e.At), DisasterLabels.Code(e.Kind), e.Automatic, e.ActorAssociationCode,
                e.AssociationCode, e.RequestId, e.OfferId, DisasterLabels.DrillPrefix(r.Disaster.IsDrill, english) + r.Describe(e, english), e.Note)).ToList()));
    }

    static async Task<IResult> Summary(int id, HttpContext http, RenkeiDbContext db, TimeProvider clock, IStringLocalizer<ReportsText> t, CancellationToken ct)
    {
        if (await LoadAsync(id, http, db, clock, ct) is not { } r) return NotFound(t);
        return TypedResults.Ok(SummaryResource.Of(r, SupportSummary.Of(r.Disaster, r.Requests, r.BlockOf), Localization.IsEnglish));
    }

    static async Task<SituationReport?> LoadAsync(int id, HttpContext http, RenkeiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var report = await SituationReport.LoadAsync(db, id, who, clock.GetUtcNow().UtcDateTime, ct);
        // What a member sees depends on their block: no shared cache may keep it.
        http.Response.Headers.CacheControl = "private, no-store";
        return report;
    }

    static IResult NotFound(IStringLocalizer<ReportsText> t) =>
        TypedResults.Problem(title: t["見つかりません"], detail: t["この災害はありません。"], statusCode: StatusCodes.Status404NotFound);

    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
