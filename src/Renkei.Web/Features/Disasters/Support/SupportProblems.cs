using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Meetings;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>The support API's problem answers (RFC 7807), in the caller's language.</summary>
public static class SupportProblems
{
    public static IResult Invalid(IDictionary<string, string[]> errors, IStringLocalizer<SupportText> t, string? title = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title ?? t["入力内容を確認してください。"], Status = StatusCodes.Status400BadRequest });

    /// <summary>A refused step: 404, 403 and 409 with the reason, or 400 with the messages by field.</summary>
    public static IResult Refused(StepResult result, IStringLocalizer<SupportText> t) => result.Outcome switch
    {
        StepOutcome.NotFound => NotFound(t),
        StepOutcome.Invalid => Invalid(result.Errors ?? [], t, result.Message),
        StepOutcome.Forbidden => TypedResults.Problem(title: t["この操作はできません"], detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        StepOutcome.Conflict => TypedResults.Problem(title: t["ほかの更新と競合しました"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: t["この操作はいまはできません"], detail: result.Message, statusCode: StatusCodes.Status409Conflict),
    };

    public static IResult NotFound(IStringLocalizer<SupportText> t) =>
        TypedResults.Problem(title: t["見つかりません"], detail: t["この災害、要請または申し出はないか、見る権限がありません。"], statusCode: StatusCodes.Status404NotFound);
}
