using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>
/// API v1 for attendance, by the page's rules. Members read their own association's answer (the secretariat every one,
/// with the figures); the association's admin changes it until the deadline (staff 403, another association 404, late 409),
/// the secretariat at any time until the vote is final; the secretariat checks people in on the day.
/// </summary>
static class AttendanceApi
{
    const string Base = "/api/v1/meetings/{id:int}/attendance";

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup(Base).WithTags("Meetings").AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        // Members: their own association's answer; the secretariat: every invited association's, with the figures.
        group.MapGet("", Get).RequireAuthorization(Policies.Member)
            .WithSummary("A meeting's attendance (members: own association; secretariat: all, with figures)")
            .Produces<AttendanceListResource>();
        // Own association admin (until the deadline) and the secretariat: answer.
        group.MapPut("/{code}", Put).RequireAuthorization(Policies.Admin)
            .WithSummary("Answer attendance for an association (own admin until the deadline, or the secretariat; If-Match optional)")
            .WithDescription("Body: { mode: on-site|online|absent|proxy, proxyHolder: \"chair\"|code, representativeUserId, note, attendees: [{ id?, name, title, mode? }] }.")
            .Produces<AttendanceResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesValidationProblem();
        // Secretariat: check-in on the day.
        group.MapPost("/{code}/checkin", CheckIn).RequireAuthorization(Policies.Secretariat)
            .WithSummary("Check in one person ({ attendeeId }) or everyone of an association ({ all: true }); { undo: true } takes it back (secretariat)")
            .Produces<AttendanceResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem();
    }

    static async Task<IResult> Get(int id, HttpContext http, RenkeiDbContext db, AttendanceBook book, TimeProvider clock,
        IStringLocalizer<AttendanceText> text, CancellationToken ct)
    {
        var user = http.User;
        var meeting = await MeetingAccess.FindVisibleAsync(db, id, user, ct);
        if (meeting is null) return NotFound(text);
        var english = Localization.IsEnglish;
        var invited = await book.InvitedAsync(meeting, ct);
        var secretariat = user.IsSecretariat();
        var rows = secretariat ? invited : invited.Where(r => r.Code == user.AssociationCodeOf()).ToList();
        if (!secretariat && rows.Count == 1) RegistryApi.SetETag(http, rows[0].Attendance.ConcurrencyStamp);
        var figures = secretariat ? AttendanceResources.From(AttendanceFigures.Of(invited.Select(r => r.Attendance).ToList()), english) : null;
        return TypedResults.Ok(new AttendanceListResource(meeting.Id, AttendanceResources.Utc(meeting.RegistrationDeadline)!.Value,
            meeting.IsRegistrationOpen(clock.GetUtcNow().UtcDateTime), figures,
            rows.Select(r => AttendanceResources.From(r.Attendance, r.Name(english))).ToList()));
    }

    static async Task<IResult> Put(int id, string code, HttpContext http, AttendanceAnswering answering, IStringLocalizer<AttendanceText> text, CancellationToken ct)
    {
        if (await answering.OpenAsync(id, code, http.User, ct) is not { } desk) return NotFound(text);
        if (desk.Refusal is { } refusal) return Problem(refusal, text);
        var precondition = RegistryApi.IfMatch(http.Request, desk.Attendance.ConcurrencyStamp);
        if (precondition == RegistryApi.Precondition.Stale) return Stale(text);
        var (body, problem) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return problem!;
        var request = Answer(body, text);
        if (body.Errors.Any) return Invalid(body.Errors, text);
        var stamp = precondition == RegistryApi.Precondition.Matches ? desk.Attendance.ConcurrencyStamp : (Guid?)null;
        var result = await answering.SaveAsync(desk, request, stamp, ct);
        if (!result.Succeeded) return Problem(result, text);
        RegistryApi.SetETag(http, desk.Attendance.ConcurrencyStamp);
        return TypedResults.Ok(AttendanceResources.From(desk.Attendance, desk.Name(desk.Code, Localization.IsEnglish)));
    }

    static async Task<IResult> CheckIn(int id, string code, HttpContext http, RenkeiDbContext db, CheckInDesk desk, AttendanceBook book,
        IStringLocalizer<AttendanceText> text, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return problem!;
        var attendeeId = body.Int("attendeeId");
        var all = body.Bool("all") == true;
        var undo = body.Bool("undo") == true;
        if (!body.Errors.Any && attendeeId is null == !all)
            body.Errors.Add("attendeeId", text["attendeeId（1人）か all: true（協会の全員）のどちらかを指定してください。"]);
        if (body.Errors.Any) return Invalid(body.Errors, text);
        var result = await desk.CheckInAsync(id, code, attendeeId, undo, ct);
        if (!result.Succeeded) return Problem(result, text);
        var attendance = await db.Attendances.AsNoTracking().Include(a => a.Attendees)
            .SingleAsync(a => a.MeetingId == id && a.AssociationCode == LocalGovernmentCode.Normalize(code), ct);
        var names = await book.NamesAsync([attendance.AssociationCode], ct);
        return TypedResults.Ok(AttendanceResources.From(attendance, names[attendance.AssociationCode].DisplayName(Localization.IsEnglish)));
    }

    static IResult Problem(StepResult result, IStringLocalizer<AttendanceText> text) => result.Outcome switch
    {
        StepOutcome.NotFound => NotFound(text),
        StepOutcome.Invalid => Invalid(ToErrors(result), text),
        StepOutcome.Forbidden => TypedResults.Problem(title: text["この操作の権限がありません"], detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        StepOutcome.Conflict => TypedResults.Problem(title: text["ほかの更新と競合しました"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: text["いまは変更できません"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
    };

    /// <summary>{ mode, proxyHolder, representativeUserId, note, attendees: [{ id?, name, title, mode? }] } as an answer; wrong values go to the body's errors.</summary>
    static AnswerRequest Answer(JsonBody body, IStringLocalizer<AttendanceText> text)
    {
        var mode = AttendanceResources.ParseMode(body.String("mode"));
        if (mode is null) body.Errors.Add("mode", text["mode は on-site、online、absent、proxy のいずれかにしてください。"]);
        var people = (body.Objects("attendees") ?? []).Select((person, i) =>
        {
            var personMode = person.String("mode");
            var parsed = AttendanceResources.ParsePersonMode(personMode);
            if (personMode is not null && parsed is null) body.Errors.Add($"attendees[{i}].mode", text["mode は on-site または online にしてください。"]);
            return new PersonAnswer(person.Int("id"), person.String("name"), person.String("title"), parsed);
        }).ToList();
        return new AnswerRequest(mode ?? AttendanceMode.Unanswered, body.String("proxyHolder"), body.String("representativeUserId"), people, body.String("note"));
    }

    static IResult Invalid(RuleErrors errors, IStringLocalizer<AttendanceText> text) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Title = text["入力内容を確認してください。"],
            Status = StatusCodes.Status400BadRequest,
        });

    static RuleErrors ToErrors(StepResult result)
    {
        var errors = new RuleErrors();
        foreach (var (field, messages) in result.Errors ?? []) foreach (var m in messages) errors.Add(field, m);
        return errors;
    }

    static IResult Stale(IStringLocalizer<AttendanceText> text) =>
        TypedResults.Problem(title: text["ほかの更新と競合しました"],
            detail: text["If-Match の ETag が現在のものと違います。最新の内容を取得してから、もう一度送ってください。"],
            statusCode: StatusCodes.Status412PreconditionFailed);

    static IResult NotFound(IStringLocalizer<AttendanceText> text) =>
        TypedResults.Problem(title: text["見つかりません"], detail: text["この会議、またはこの協会の出欠はありません。"], statusCode: StatusCodes.Status404NotFound);
}
