using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>The meetings API's problem answers, in the caller's language.</summary>
public static class MeetingsApiResults
{
    public static ProblemHttpResult Invalid(RuleErrors errors, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Title = title, Status = StatusCodes.Status400BadRequest });

    /// <summary>A refused step as RFC 7807: 404, 403, 409 with the reason, or 400 with the messages by field.</summary>
    public static ProblemHttpResult Refused(StepResult result, IStringLocalizer<ConveningText> t) => result.Outcome switch
    {
        StepOutcome.NotFound => NotFound(t),
        StepOutcome.Invalid => TypedResults.Problem(new HttpValidationProblemDetails(result.Errors ?? [])
        {
            Title = result.Message ?? t["入力内容を確認してください。"],
            Status = StatusCodes.Status400BadRequest,
        }),
        StepOutcome.Forbidden => TypedResults.Problem(title: t["この操作はできません"], detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        StepOutcome.Conflict => TypedResults.Problem(title: t["ほかの更新と競合しました"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: t["この操作はいまはできません"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
    };

    public static ProblemHttpResult NotFound(IStringLocalizer<ConveningText> t) =>
        TypedResults.Problem(title: t["見つかりません"], detail: t["この会議（または議題）はないか、見る権限がありません。"], statusCode: StatusCodes.Status404NotFound);
}
