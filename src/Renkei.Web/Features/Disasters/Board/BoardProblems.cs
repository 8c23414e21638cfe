using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>The disasters API's problem answers (RFC 7807), in the caller's language.</summary>
public static class BoardProblems
{
    public static ProblemHttpResult Invalid(RuleErrors errors, IStringLocalizer<BoardText> t) => Invalid(errors.ToDictionary(), t["入力内容を確認してください。"]);

    static ProblemHttpResult Invalid(Dictionary<string, string[]> errors, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title, Status = StatusCodes.Status400BadRequest });

    public static ProblemHttpResult NotFound(IStringLocalizer<BoardText> t) =>
        TypedResults.Problem(title: t["見つかりません"], detail: t["この災害（または被災地の協会）はないか、見る権限がありません。"], statusCode: StatusCodes.Status404NotFound);

    /// <summary>A refused step: 404, 403 with the reason, 409 (closed, or a conflict), or 400 with the messages by field.</summary>
    public static ProblemHttpResult Refused(StepResult result, IStringLocalizer<BoardText> t) => result.Outcome switch
    {
        StepOutcome.NotFound => NotFound(t),
        StepOutcome.Invalid => Invalid(result.Errors ?? [], result.Message ?? t["入力内容を確認してください。"]),
        StepOutcome.Forbidden => TypedResults.Problem(title: t["この操作はできません"], detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        StepOutcome.Conflict => TypedResults.Problem(title: t["ほかの更新と競合しました"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: t["この操作はいまはできません"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
    };
}
