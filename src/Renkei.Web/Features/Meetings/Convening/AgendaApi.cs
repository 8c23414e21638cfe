using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// API v1, secretariat: a meeting's agenda items (changing or deleting one needs If-Match with the item's ETag; an item
/// with ballots cannot be deleted: 409), sending the convocation notice and closing the meeting (If-Match optional:
/// when sent it must name the meeting's current state).
/// </summary>
static class AgendaApi
{
    /// <summary>Secretariat: the agenda and the meeting's steps (association users 403).</summary>
    public static void Map(WebApplication app)
    {
        var steps = app.MapGroup("/api/v1/meetings").WithTags("Meetings").RequireAuthorization(Policies.Secretariat).AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        steps.MapPost("/{id:int}/items", AddItem).WithSummary("Add an agenda item at the end (candidates[] for an election)").ProducesValidationProblem();
        steps.MapPut("/{id:int}/items/{itemId:int}", UpdateItem).ProducesValidationProblem().ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Change an agenda item (If-Match required; number moves it; candidates[] replaces them; not kind, majority or candidates once voted on)");
        steps.MapDelete("/{id:int}/items/{itemId:int}", DeleteItem).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Delete an agenda item without ballots (If-Match required); the others are renumbered");
        steps.MapPost("/{id:int}/notice", Notice).WithSummary("Send the convocation notice (招集通知) to the invited associations' admins: a draft becomes convened; a convened meeting's notice goes again");
        steps.MapPost("/{id:int}/close", Close).WithSummary("Close the meeting (閉会): every vote is final");
    }

    static async Task<Results<Created<AgendaItemResource>, ProblemHttpResult>> AddItem(int id, HttpContext http, AgendaSteps agenda, RenkeiDbContext db,
        MeetingDocuments documents, TimeProvider clock, IStringLocalizer<ConveningText> t, CancellationToken ct)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == id, ct)) return MeetingsApiResults.NotFound(t);
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, MeetingResources.MaxBodyBytes, ct);
        if (body is null) return refusal!;
        var input = MeetingResources.ItemInput(body);
        var candidates = MeetingResources.Candidates(body);
        if (body.Errors.Any) return MeetingsApiResults.Invalid(body.Errors, t["入力内容を確認してください。"]);
        var (result, item) = await agenda.AddItemAsync(id, input, candidates, ct);
        if (!result.Succeeded) return MeetingsApiResults.Refused(result, t);
        return TypedResults.Created($"/api/v1/meetings/{id}", await ItemAsync(id, item!.Id, http, db, documents, clock, ct));
    }

    static async Task<Results<Ok<AgendaItemResource>, ProblemHttpResult>> UpdateItem(int id, int itemId, HttpContext http, AgendaSteps agenda,
        RenkeiDbContext db, MeetingDocuments documents, FieldText fieldText, TimeProvider clock, IStringLocalizer<ConveningText> t, CancellationToken ct)
    {
        var stamp = await ItemStampAsync(db, id, itemId, ct);
        if (stamp is null) return MeetingsApiResults.NotFound(t);
        if (Precondition(http, stamp.Value, fieldText, required: true) is { } failed) return failed;
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, MeetingResources.MaxBodyBytes, ct);
        if (body is null) return refusal!;
        var input = MeetingResources.ItemInput(body);
        var candidates = MeetingResources.Candidates(body);
        int? number = null;
        if (body.Text("number") is { } n)
        {
            if (int.TryParse(n, out var position)) number = position;
            else body.Errors.Add("number", t["number は議題の順番（1から）を数で指定してください。"]);
        }
        if (body.Errors.Any) return MeetingsApiResults.Invalid(body.Errors, t["入力内容を確認してください。"]);
        var (result, _) = await agenda.UpdateItemAsync(id, itemId, input, stamp, candidates, number, ct);
        if (!result.Succeeded) return MeetingsApiResults.Refused(result, t);
        return TypedResults.Ok(await ItemAsync(id, itemId, http, db, documents, clock, ct));
    }

    static async Task<Results<NoContent, ProblemHttpResult>> DeleteItem(int id, int itemId, HttpContext http, AgendaSteps agenda, RenkeiDbContext db,
        FieldText fieldText, IStringLocalizer<ConveningText> t, CancellationToken ct)
    {
        var stamp = await ItemStampAsync(db, id, itemId, ct);
        if (stamp is null) return MeetingsApiResults.NotFound(t);
        if (Precondition(http, stamp.Value, fieldText, required: true) is { } failed) return failed;
        var result = await agenda.DeleteItemAsync(id, itemId, stamp, ct);
        return result.Succeeded ? TypedResults.NoContent() : MeetingsApiResults.Refused(result, t);
    }

    static async Task<Results<Ok<MeetingResource>, ProblemHttpResult>> Notice(int id, HttpContext http, ConveningSteps steps, RenkeiDbContext db,
        MeetingDocuments documents, FieldText fieldText, TimeProvider clock, IStringLocalizer<ConveningText> t, CancellationToken ct)
    {
        var stamp = await db.Meetings.Where(m => m.Id == id).Select(m => (Guid?)m.ConcurrencyStamp).SingleOrDefaultAsync(ct);
        if (stamp is null) return MeetingsApiResults.NotFound(t);
        if (Precondition(http, stamp.Value, fieldText, required: false) is { } failed) return failed;
        if (JsonBody.NotJson(http.Request) is { } notJson) return notJson;
        var mailing = await steps.SendNoticeAsync(id, stamp, ct);
        if (!mailing.Result.Succeeded) return MeetingsApiResults.Refused(mailing.Result, t);
        return (await MeetingsApi.AnswerAsync(id, http, db, documents, clock, ct))!;
    }

    static async Task<Results<Ok<MeetingResource>, ProblemHttpResult>> Close(int id, HttpContext http, ConveningSteps steps, RenkeiDbContext db,
        MeetingDocuments documents, FieldText fieldText, TimeProvider clock, IStringLocalizer<ConveningText> t, CancellationToken ct)
    {
        var stamp = await db.Meetings.Where(m => m.Id == id).Select(m => (Guid?)m.ConcurrencyStamp).SingleOrDefaultAsync(ct);
        if (stamp is null) return MeetingsApiResults.NotFound(t);
        if (Precondition(http, stamp.Value, fieldText, required: false) is { } failed) return failed;
        if (JsonBody.NotJson(http.Request) is { } notJson) return notJson;
        var result = await steps.CloseAsync(id, stamp, ct);
        if (!result.Succeeded) return MeetingsApiResults.Refused(result, t);
        return (await MeetingsApi.AnswerAsync(id, http, db, documents, clock, ct))!;
    }

    static ProblemHttpResult? Precondition(HttpContext http, Guid stamp, FieldText fieldText, bool required) => RegistryApi.IfMatch(http.Request, stamp) switch
    {
        RegistryApi.Precondition.Missing when required => RegistryApi.IfMatchMissing(fieldText),
        RegistryApi.Precondition.Stale => RegistryApi.Stale(fieldText),
        _ => null,
    };

    static Task<Guid?> ItemStampAsync(RenkeiDbContext db, int id, int itemId, CancellationToken ct) =>
        db.AgendaItems.Where(i => i.Id == itemId && i.MeetingId == id).Select(i => (Guid?)i.ConcurrencyStamp).SingleOrDefaultAsync(ct);

    static async Task<AgendaItemResource> ItemAsync(int id, int itemId, HttpContext http, RenkeiDbContext db, MeetingDocuments documents, TimeProvider clock, CancellationToken ct)
    {
        var meeting = (await MeetingsApi.LoadAsync(db, id, http.User, ct))!;
        var item = meeting.Items.Single(i => i.Id == itemId);
        var positions = await db.OfficerPositions.AsNoTracking().ToListAsync(ct);
        RegistryApi.SetETag(http, item.ConcurrencyStamp);
        return MeetingResources.Item(meeting, item, await documents.ListAsync(id, ct), positions, Infrastructure.Localization.Localization.IsEnglish, clock.GetUtcNow().UtcDateTime);
    }
}
