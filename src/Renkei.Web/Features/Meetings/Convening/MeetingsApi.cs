using System.Security.Claims;
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
/// API v1 for meetings. Members (signed-in users of an invited association) read the convened meetings they are invited
/// to, the secretariat reads all; anyone else gets 404. The secretariat creates and changes meetings; a change needs
/// If-Match with the ETag of the last read (428 without, 412 when stale).
/// </summary>
public static class MeetingsApi
{
    public static void Map(WebApplication app)
    {
        MapRead(app);
        MapWrites(app);
        AgendaApi.Map(app);
    }

    /// <summary>Members and the secretariat: the meetings they may see (others 404, anonymous 401).</summary>
    static void MapRead(WebApplication app)
    {
        var read = app.MapGroup("/api/v1/meetings").WithTags("Meetings").RequireAuthorization(Policies.Member).AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        read.MapGet("/", List).WithSummary("Meetings the caller may see, newest first (?fiscalYear=2027 to filter)");
        read.MapGet("/{id:int}", Get).WithSummary("One meeting with its agenda, candidates and documents (ETag for If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Secretariat: create and change meetings (association users 403).</summary>
    static void MapWrites(WebApplication app)
    {
        var write = app.MapGroup("/api/v1/meetings").WithTags("Meetings").RequireAuthorization(Policies.Secretariat).AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        write.MapPost("/", Create).WithSummary("Create a meeting (a draft; invites every member, the block's members, or the associations in invited)");
        write.MapPut("/{id:int}", Update).WithSummary("Change a meeting's details (If-Match required; kind, block and invitations stay)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    static async Task<Ok<List<MeetingSummaryResource>>> List(int? fiscalYear, HttpContext http, RenkeiDbContext db, CancellationToken ct)
    {
        var query = db.Meetings.AsNoTracking().VisibleTo(http.User);
        if (fiscalYear is { } year) query = query.Where(m => m.FiscalYear == year);
        var meetings = await query.OrderByDescending(m => m.StartsAt).ToListAsync(ct);
        var secretariat = http.User.IsSecretariat();
        var ids = meetings.Select(m => m.Id).ToList();
        var counts = secretariat
            ? await db.Attendances.Where(a => ids.Contains(a.MeetingId)).GroupBy(a => a.MeetingId)
                .Select(g => new { g.Key, Invited = g.Count(), Answered = g.Count(a => a.Mode != AttendanceMode.Unanswered) }).ToDictionaryAsync(g => g.Key, ct)
            : [];
        return TypedResults.Ok(meetings.Select(m => new MeetingSummaryResource(m.Id, Meeting.KindCode(m.Kind), Meeting.FormatCode(m.Format),
            Meeting.StatusCode(m.Status), m.FiscalYear, m.TitleJa, m.TitleEn, MeetingResources.Utc(m.StartsAt), MeetingResources.Utc(m.EndsAt), m.BlockId,
            MeetingResources.Utc(m.RegistrationDeadline), m.IsSample,
            secretariat ? counts.GetValueOrDefault(m.Id)?.Invited ?? 0 : null, secretariat ? counts.GetValueOrDefault(m.Id)?.Answered ?? 0 : null)).ToList());
    }

    static async Task<Results<Ok<MeetingResource>, ProblemHttpResult>> Get(int id, HttpContext http, RenkeiDbContext db, MeetingDocuments documents,
        TimeProvider clock, IStringLocalizer<ConveningText> t, CancellationToken ct) =>
        await AnswerAsync(id, http, db, documents, clock, ct) is { } ok ? ok : MeetingsApiResults.NotFound(t);

    static async Task<Results<Created<MeetingResource>, ProblemHttpResult>> Create(HttpContext http, RenkeiDbContext db, MeetingEditing editing,
        MeetingDocuments documents, TimeProvider clock, IStringLocalizer<ConveningText> t, CancellationToken ct)
    {
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, MeetingResources.MaxBodyBytes, ct);
        if (body is null) return refusal!;
        var input = MeetingResources.Input(body);
        if (body.Errors.Any) return MeetingsApiResults.Invalid(body.Errors, t["入力内容を確認してください。"]);
        var (result, meeting) = await editing.CreateAsync(input, ct);
        if (meeting is null) return MeetingsApiResults.Refused(result, t);
        var answer = await AnswerAsync(meeting.Id, http, db, documents, clock, ct);
        return TypedResults.Created($"/api/v1/meetings/{meeting.Id}", answer!.Value);
    }

    static async Task<Results<Ok<MeetingResource>, ProblemHttpResult>> Update(int id, HttpContext http, RenkeiDbContext db, MeetingEditing editing,
        MeetingDocuments documents, FieldText fieldText, TimeProvider clock, IStringLocalizer<ConveningText> t, CancellationToken ct)
    {
        var stamp = await db.Meetings.Where(m => m.Id == id).Select(m => (Guid?)m.ConcurrencyStamp).SingleOrDefaultAsync(ct);
        if (stamp is null) return MeetingsApiResults.NotFound(t);
        switch (RegistryApi.IfMatch(http.Request, stamp.Value))
        {
            case RegistryApi.Precondition.Missing: return RegistryApi.IfMatchMissing(fieldText);
            case RegistryApi.Precondition.Stale: return RegistryApi.Stale(fieldText);
        }
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, MeetingResources.MaxBodyBytes, ct);
        if (body is null) return refusal!;
        var input = MeetingResources.Input(body);
        if (!body.Has("kind")) input.Kind = null;
        if (body.Errors.Any) return MeetingsApiResults.Invalid(body.Errors, t["入力内容を確認してください。"]);
        var result = await editing.UpdateAsync(id, input, stamp.Value, ct);
        if (!result.Succeeded) return MeetingsApiResults.Refused(result, t);
        return (await AnswerAsync(id, http, db, documents, clock, ct))!;
    }

    /// <summary>200 with the meeting as the caller may see it and its ETag; null when the caller may not see it.</summary>
    internal static async Task<Ok<MeetingResource>?> AnswerAsync(int id, HttpContext http, RenkeiDbContext db, MeetingDocuments documents,
        TimeProvider clock, CancellationToken ct)
    {
        var meeting = await LoadAsync(db, id, http.User, ct);
        if (meeting is null) return null;
        var docs = await documents.ListAsync(id, ct);
        var positions = await db.OfficerPositions.AsNoTracking().ToListAsync(ct);
        RegistryApi.SetETag(http, meeting.ConcurrencyStamp);
        return TypedResults.Ok(MeetingResources.Of(meeting, docs, positions, Infrastructure.Localization.Localization.IsEnglish, clock.GetUtcNow().UtcDateTime));
    }

    internal static Task<Meeting?> LoadAsync(RenkeiDbContext db, int id, ClaimsPrincipal user, CancellationToken ct) =>
        db.Meetings.AsNoTracking().VisibleTo(user)
            .Include(m => m.Items).ThenInclude(i => i.Candidates)
            .Include(m => m.Attendances)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
}
