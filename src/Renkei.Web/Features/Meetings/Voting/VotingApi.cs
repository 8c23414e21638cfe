using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>The body of a ballot, as documented: choice, and for a per-candidate election the candidate's number; the
/// association when voting as a proxy holder or when the secretariat records a paper or show-of-hands vote.</summary>
public sealed record BallotBody(string Choice, int? CandidateNumber, string? Association);

/// <summary>The body of closing an item's vote: confirm must be true, as the page's confirmation box.</summary>
public sealed record CloseBody(bool Confirm);

public sealed record BallotResource(long Id, int MeetingId, int ItemId, int CandidateNumber, string Association, string Choice, string Channel,
    int Sequence, DateTime CastAt, string? ProxyHolder, string CastBy, bool Counted, DateOnly? KeepUntil);

public sealed record BallotListResource(int MeetingId, int ItemId, IReadOnlyList<BallotResource> Ballots);

/// <summary>
/// API v1 for votes, by the same rules as the pages: cast a ballot (the representative, a proxy holder, or the secretariat
/// recording one), read ballots (own association's and those cast as proxy holder, with history; the secretariat all),
/// read results (counts hidden from members until final) and close an item's vote (the secretariat).
/// </summary>
static class VotingApi
{
    const string Item = "/api/v1/meetings/{id:int}/items/{itemId:int}";

    public static void Map(WebApplication app)
    {
        MapMembers(app);
        MapResults(app);
        MapSecretariat(app);
    }

    /// <summary>Members (signed in, association invited) and the secretariat: cast ballots and read those they may see.</summary>
    static void MapMembers(WebApplication app)
    {
        var group = app.MapGroup(Item).WithTags("Meetings").RequireAuthorization(Policies.Member).AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/ballots", CastBallot).WithSummary("Cast a ballot (the representative or proxy holder; the secretariat records one with association)")
            .WithDescription("Body { \"choice\": \"for\"|\"against\"|\"abstain\", \"candidateNumber\"?: n, \"association\"?: \"code\" }. 403 when the caller does not vote for that association, 409 once the vote is closed or not open, 400 for a bad choice. A changed vote is a new ballot; the latest counts.")
            .Accepts<BallotBody>("application/json").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/ballots", ListBallots).WithSummary("Ballots of an item with their history (own association's and those cast as proxy holder; the secretariat all)");
    }

    /// <summary>Anyone may ask; the secretariat always gets them, invited members with counts once final, the public once published (else 401/404).</summary>
    static void MapResults(WebApplication app) =>
        app.MapGet("/api/v1/meetings/{id:int}/results", GetResults).WithTags("Meetings").AllowAnonymous().AddEndpointFilter(RegistryApi.CallerCulture)
            .WithSummary("Results: quorum, and per item counts, by channel, by proxy and the verdict (counts hidden from members until final)")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Secretariat: close the vote on one item during the meeting.</summary>
    static void MapSecretariat(WebApplication app) =>
        app.MapPost(Item + "/close", CloseItem).WithTags("Meetings").RequireAuthorization(Policies.Secretariat).AddEndpointFilter(RegistryApi.CallerCulture)
            .WithSummary("Close the vote on an item (secretariat; body { \"confirm\": true }); answers with the item's result")
            .Accepts<CloseBody>("application/json").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem();

    static async Task<Results<Created<BallotResource>, ProblemHttpResult>> CastBallot(int id, int itemId, HttpContext http, BallotBox box,
        IStringLocalizer<VotingText> text, CancellationToken ct)
    {
        var (body, refusal) = await ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        // A missing, unknown or wrongly typed value goes to the ballot box as one it refuses (body.Errors are not
        // answered): it checks who may vote first, so a caller who may not vote here gets 403 whatever it sent, and one
        // who may gets 400.
        var sent = body.Text("choice");
        var choice = VotingCodes.Choice(sent) ?? (BallotChoice)(-1);
        var candidate = body.Int("candidateNumber") ?? (body.Has("candidateNumber") ? -1 : 0);
        var association = body.Text("association") is { } code ? LocalGovernmentCode.Normalize(code) ?? code : body.Has("association") ? "" : null;
        var result = await box.CastAsync(new BallotRequest(id, itemId, choice, candidate, association), http.User, ct);
        if (result.Succeeded) return TypedResults.Created($"/api/v1/meetings/{id}/items/{itemId}/ballots", Resource(box.LastCast!, counted: true));
        if (result.Errors?.ContainsKey("choice") == true)
            result = StepResult.Invalid("choice", sent is null ? text["choice（\"for\"、\"against\"、\"abstain\" のいずれか）を指定してください。"]
                : text["choice の「{0}」は使えません。\"for\"、\"against\"、\"abstain\" のいずれかにしてください。", sent.Length > 20 ? sent[..20] + "…" : sent]);
        return Problem(result, text);
    }

    static async Task<Results<Ok<BallotListResource>, ProblemHttpResult>> ListBallots(int id, int itemId, HttpContext http, RenkeiDbContext db,
        IStringLocalizer<VotingText> text, CancellationToken ct)
    {
        var meeting = await MeetingAccess.FindVisibleAsync(db, id, http.User, ct);
        if (meeting is null || !await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.MeetingId == id, ct)) return NotFound(text);
        var ballots = await BallotHistory.VisibleAsync(db, meeting, http.User, itemId, ct);
        var latest = BallotHistory.Latest(ballots);
        return TypedResults.Ok(new BallotListResource(id, itemId, ballots.Select(b => Resource(b, latest[BallotKey.Of(b)].Id == b.Id)).ToList()));
    }

    static async Task<Results<Ok<MeetingResultsResource>, ProblemHttpResult, ChallengeHttpResult>> GetResults(int id, HttpContext http, RenkeiDbContext db,
        MeetingResults results, IStringLocalizer<VotingText> text, CancellationToken ct)
    {
        var (view, refusal) = await ResultsAccess.ResolveAsync(db, results, id, http.User, ct);
        if (refusal == ResultsRefusal.SignIn) return TypedResults.Challenge();
        if (view is null) return NotFound(text);
        return TypedResults.Ok(ResultsResources.Of(view, results, text, Localization.IsEnglish));
    }

    static async Task<Results<Ok<ItemResultResource>, ProblemHttpResult>> CloseItem(int id, int itemId, HttpContext http, RenkeiDbContext db,
        MeetingClosing closing, MeetingResults results, CurrentActor actor, IStringLocalizer<VotingText> text, CancellationToken ct)
    {
        if (!await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.MeetingId == id, ct)) return NotFound(text);
        var (body, refusal) = await ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        if (body.Bool("confirm") != true)
            return Problem(StepResult.Invalid("confirm", text["締め切ると、この議案の投票も変更もできなくなります。確認のうえ confirm: true を送ってください。"]), text);
        var result = await closing.CloseItemAsync(id, itemId, actor.Name, ct);
        if (!result.Succeeded) return Problem(result, text);
        var (view, _) = await ResultsAccess.ResolveAsync(db, results, id, http.User, ct);
        return TypedResults.Ok(ResultsResources.Item(view!, view!.Report.Items.Single(i => i.Item.Id == itemId), results, text, Localization.IsEnglish));
    }

    static BallotResource Resource(Ballot b, bool counted) => new(b.Id, b.MeetingId, b.AgendaItemId, b.CandidateNumber, b.AssociationCode,
        Ballot.ChoiceCode(b.Choice), Ballot.ChannelCode(b.Channel), b.Sequence, DateTime.SpecifyKind(b.CastAt, DateTimeKind.Utc), b.ProxyHolderCode,
        b.CastByName, counted, b.KeepUntil);

    /// <summary>The JSON object sent (<see cref="JsonBody"/>); one that is not an object is titled like the API's other 400s.</summary>
    static Task<(JsonBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<VotingText> text, CancellationToken ct) =>
        JsonBody.ReadAsync(request, JsonBody.MaxBytes, text["入力内容に誤りがあります。"], ct);

    static ProblemHttpResult NotFound(IStringLocalizer<VotingText> text) => Problem(new StepResult(StepOutcome.NotFound), text);

    /// <summary>A step's refusal as RFC 7807 problem details, with the step's message in the caller's language.</summary>
    static ProblemHttpResult Problem(StepResult result, IStringLocalizer<VotingText> text)
    {
        string title = result.Outcome switch
        {
            StepOutcome.NotFound => text["見つかりません"],
            StepOutcome.Forbidden => text["この投票はできません"],
            StepOutcome.Closed => text["投票は受け付けていません"],
            StepOutcome.Conflict => text["ほかの操作と重なりました"],
            _ => text["入力内容に誤りがあります。"],
        };
        var detail = result.Message ?? (result.Outcome == StepOutcome.NotFound ? text["この会議または議案はありません。"].Value : null);
        return result.Errors is { } errors
            ? TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title, Detail = detail, Status = result.StatusCode })
            : TypedResults.Problem(title: title, detail: detail, statusCode: result.StatusCode);
    }
}
