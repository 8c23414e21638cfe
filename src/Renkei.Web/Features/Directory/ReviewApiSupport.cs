using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Directory.Manage;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Directory;

/// <summary>The secretariat's directory API answers: problems in the caller's language, from a step's <see cref="CycleResult"/>.</summary>
static class ReviewApi
{
    public static ProblemHttpResult NotFound(string detail, IStringLocalizer<ReviewText> text) =>
        TypedResults.Problem(title: text["見つかりません"], detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult EditionNotFound(int fiscalYear, IStringLocalizer<ReviewText> text) =>
        NotFound(text["{0}年度のダイレクトリーはありません。", fiscalYear], text);

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title, Status = StatusCodes.Status400BadRequest });

    /// <summary>A refused step: 400 with the messages by field when the input was wrong, else 409 with the reason.</summary>
    public static ProblemHttpResult Refused(CycleResult result, IStringLocalizer<ReviewText> text) => result.Outcome == CycleOutcome.Invalid
        ? Invalid(result.Errors ?? [], result.Message ?? text["入力内容に誤りがあります。"])
        : TypedResults.Problem(title: result.Outcome == CycleOutcome.Conflict ? text["ほかの更新と競合しました"] : text["この操作は今はできません"],
            detail: result.Message, statusCode: StatusCodes.Status409Conflict);

    /// <summary>The JSON object sent (<see cref="JsonBody"/>); one that is not an object is titled like the API's other 400s.</summary>
    public static Task<(JsonBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, IStringLocalizer<ReviewText> text, CancellationToken ct) =>
        JsonBody.ReadAsync(request, JsonBody.MaxBytes, text["入力内容に誤りがあります。"], ct);

    /// <summary>
    /// If-Match is optional on these steps; when sent it must name the current state (412 otherwise), so a
    /// script acts only on what it last read.
    /// </summary>
    public static ProblemHttpResult? Stale(HttpRequest request, Guid stamp, IStringLocalizer<ReviewText> text) =>
        Associations.RegistryApi.IfMatch(request, stamp) == Associations.RegistryApi.Precondition.Stale
            ? TypedResults.Problem(title: text["ほかの更新と競合しました"],
                detail: text["If-Match の ETag が現在のものと違います。最新の内容を取得してから、もう一度送ってください。"],
                statusCode: StatusCodes.Status412PreconditionFailed)
            : null;
}
