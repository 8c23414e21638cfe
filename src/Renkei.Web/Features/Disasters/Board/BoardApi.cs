using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Meetings.Convening;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// API v1 for disasters, part A: the list, declaring, the board as data, changing and closing (the secretariat and the
/// declaring association), and an affected association's status (its users, its block chair, the secretariat). Members
/// only; the board's requests follow the block rule like the page. Changes need If-Match (428 without, 412 when stale).
/// </summary>
public static class BoardApi
{
    /// <summary>Members (any signed-in user): every route here; who may change what is checked per disaster.</summary>
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1/disasters").WithTags("Disasters").RequireAuthorization(Policies.Member)
            .AddEndpointFilter(RegistryApi.CallerCulture).ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/", List).WithSummary("Disasters and drills, ongoing first, then the newest (?drill=false leaves drills out)");
        api.MapPost("/", Declare).WithSummary("Declare a disaster or a drill (the secretariat, or an association whose prefecture is affected)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/{id:int}", Get).WithSummary("The coordination board as data: affected associations, visible requests with coverage, offer counts (ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id:int}", Update).WithSummary("Change name, details, escalation hours (secretariat) or add prefectures (If-Match required)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/{id:int}/close", Close).WithSummary("Close the disaster: {note, confirm: true}")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id:int}/affected/{code}", Report).WithSummary("Report an affected association's status: {status: operating|limited|unable, supportCentreOpen, note}")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    static async Task<Ok<List<DisasterSummaryResource>>> List(bool? drill, RenkeiDbContext db, CancellationToken ct)
    {
        var query = db.Disasters.AsNoTracking();
        if (drill is { } d) query = query.Where(x => x.IsDrill == d);
        var disasters = await query.OrderBy(x => x.Status).ThenByDescending(x => x.StartedAt).ThenByDescending(x => x.Id).ToListAsync(ct);
        return TypedResults.Ok(disasters.Select(BoardResources.Summary).ToList());
    }

    static async Task<Results<Created<BoardResource>, ProblemHttpResult>> Declare(HttpContext http, RenkeiDbContext db, DisasterSteps steps,
        TimeProvider clock, IStringLocalizer<BoardText> t, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var input = BoardResources.Input(body);
        if (body.Errors.Any) return BoardProblems.Invalid(body.Errors, t);
        var (result, disaster) = await steps.DeclareAsync(input, who, ct);
        if (disaster is null) return BoardProblems.Refused(result, t);
        var board = AnswerFresh(http, db, disaster.Id, who, clock);
        return TypedResults.Created($"/api/v1/disasters/{disaster.Id}", board!.Value);
    }

    static async Task<Results<Ok<BoardResource>, ProblemHttpResult>> Get(int id, HttpContext http, BoardCache boards,
        IStringLocalizer<BoardText> t, CancellationToken ct)
    {
        // As on the board page: shared by every reader, what is overdue escalated before it is shown.
        if (await boards.ViewAsync(id, http.User, http.RequestServices, ct) is not { } board) return BoardProblems.NotFound(t);
        return Answer(http, board);
    }

    static async Task<Results<Ok<BoardResource>, ProblemHttpResult>> Update(int id, HttpContext http, RenkeiDbContext db, DisasterSteps steps,
        FieldText fieldText, TimeProvider clock, IStringLocalizer<BoardText> t, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var disaster = await db.Disasters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (disaster is null) return BoardProblems.NotFound(t);
        if (!DisasterSteps.Manages(disaster, who)) return BoardProblems.Refused(new StepResult(StepOutcome.Forbidden, t["災害情報の変更と終了ができるのは、事務局と、災害対応を開始した協会だけです。"]), t);
        switch (RegistryApi.IfMatch(http.Request, disaster.ConcurrencyStamp))
        {
            case RegistryApi.Precondition.Missing: return RegistryApi.IfMatchMissing(fieldText);
            case RegistryApi.Precondition.Stale: return RegistryApi.Stale(fieldText);
        }
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var input = BoardResources.Input(body, disaster);
        Fixed(body, disaster, input, t);
        if (body.Errors.Any) return BoardProblems.Invalid(body.Errors, t);
        var result = await steps.UpdateAsync(id, input, disaster.ConcurrencyStamp, who, ct);
        if (!result.Succeeded) return BoardProblems.Refused(result, t);
        return (AnswerFresh(http, db, id, who, clock))!;
    }

    /// <summary>What cannot change once declared: kind, start, drill; and affected prefectures cannot be taken away.</summary>
    static void Fixed(JsonBody body, Disaster d, DisasterInput input, IStringLocalizer<BoardText> t)
    {
        if (body.Has("kind") && DisasterLabels.Parse<DisasterKind>(input.Kind) != d.Kind) body.Errors.Add("kind", t["災害の種類は変更できません。"]);
        if (body.Has("isDrill") && input.IsDrill != (d.IsDrill ? "true" : "false")) body.Errors.Add("isDrill", t["訓練かどうかは変更できません。"]);
        if (body.Has("startedAt") && ConveningInput.JapanTimeToUtc(input.StartedAt) is var at && (at is null || Math.Abs((at.Value - d.StartedAt).TotalMinutes) >= 1))
            body.Errors.Add("startedAt", t["発生日時は変更できません。"]);
        var sent = input.Prefectures.Select(p => int.TryParse(p, out var n) ? n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : p).ToHashSet();
        if (d.PrefectureCodes.Any(p => !sent.Contains(p))) body.Errors.Add("prefectures", t["被災地の都道府県は追加だけできます。取り除くことはできません。"]);
    }

    static async Task<Results<Ok<BoardResource>, ProblemHttpResult>> Close(int id, HttpContext http, RenkeiDbContext db, DisasterSteps steps,
        TimeProvider clock, IStringLocalizer<BoardText> t, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var disaster = await db.Disasters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (disaster is null) return BoardProblems.NotFound(t);
        if (!DisasterSteps.Manages(disaster, who)) return BoardProblems.Refused(new StepResult(StepOutcome.Forbidden, t["災害情報の変更と終了ができるのは、事務局と、災害対応を開始した協会だけです。"]), t);
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var note = body.Text("note");
        var confirm = body.Bool("confirm") ?? false;
        if (body.Errors.Any) return BoardProblems.Invalid(body.Errors, t);
        var result = await steps.CloseAsync(id, note, confirm, who, ct);
        if (!result.Succeeded) return BoardProblems.Refused(result, t);
        return (AnswerFresh(http, db, id, who, clock))!;
    }

    static async Task<Results<Ok<AffectedResource>, ProblemHttpResult>> Report(int id, string code, HttpContext http, RenkeiDbContext db,
        StatusReports reports, FieldText fieldText, TimeProvider clock, IStringLocalizer<BoardText> t, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, http.User, clock, ct);
        var found = await reports.FindAsync(id, LocalGovernmentCode.Normalize(code), tracked: false, ct);
        if (found is not { } f) return BoardProblems.NotFound(t);
        if (!who.ActsFor(f.Row.AssociationCode, f.Block))
            return BoardProblems.Refused(new StepResult(StepOutcome.Forbidden, t["状況を報告できるのは、その協会、そのブロックの幹事協会、事務局だけです。"]), t);
        // If-Match is optional here: a status report is the latest word; with it, a report made in between is not overwritten.
        var precondition = RegistryApi.IfMatch(http.Request, f.Row.ConcurrencyStamp);
        if (precondition == RegistryApi.Precondition.Stale) return RegistryApi.Stale(fieldText);
        Guid? stamp = precondition == RegistryApi.Precondition.Matches ? f.Row.ConcurrencyStamp : null;
        var (body, refusal) = await JsonBody.ReadAsync(http.Request, ct);
        if (body is null) return refusal!;
        var input = new StatusInput { Status = body.Text("status"), SupportCentreOpen = body.Bool("supportCentreOpen"), Note = body.Text("note") };
        if (body.Errors.Any) return BoardProblems.Invalid(body.Errors, t);
        var result = await reports.ReportAsync(id, f.Row.AssociationCode, input, stamp, who, ct);
        if (!result.Succeeded) return BoardProblems.Refused(result, t);
        var row = (await reports.FindAsync(id, f.Row.AssociationCode, tracked: false, ct))!.Value.Row;
        RegistryApi.SetETag(http, row.ConcurrencyStamp);
        var book = await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct);
        var english = Localization.IsEnglish;
        return TypedResults.Ok(new AffectedResource(row.AssociationCode, book.Name(row.AssociationCode, english), f.Block, DisasterLabels.Code(row.Status),
            row.SupportCentreOpen, row.Note, MeetingResources.Utc(row.ReportedAt)));
    }

    /// <summary>200 with the board as the caller may see it, and its ETag; null when there is no such disaster.</summary>
    static Ok<BoardResource>? AnswerFresh(HttpContext http, RenkeiDbContext db, int id, Responder who, TimeProvider clock)
    {
        db.ChangeTracker.Clear();
        return BoardView.Load(db, id, who, clock) is { } board ? Answer(http, board) : null;
    }

    static Ok<BoardResource> Answer(HttpContext http, BoardView board)
    {
        RegistryApi.SetETag(http, board.Disaster.ConcurrencyStamp);
        return TypedResults.Ok(BoardResources.Of(board, Localization.IsEnglish));
    }
}
