using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Associations;

/// <summary>The registry API's shared answers: problems in the caller's language, ETags, If-Match, JSON bodies.</summary>
static class RegistryApi
{
    public static string ETag(Guid stamp) => $"\"{stamp:N}\"";

    public static void SetETag(HttpContext http, Guid stamp) => http.Response.Headers.ETag = ETag(stamp);

    public static ProblemHttpResult NotFound(FieldText text, string what) =>
        TypedResults.Problem(title: text.T["見つかりません"], detail: what, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult AssociationNotFound(FieldText text, string code) =>
        NotFound(text, text.T["地方公共団体コード「{0}」の地域国際化協会は登録されていません。", Echo(code)]);

    /// <summary>What the caller sent, normalised and cut short, to repeat in a message.</summary>
    static string Echo(string value) => InputText.Compact(value) is { } v ? (v.Length > 20 ? v[..20] + "…" : v) : "";

    public static ProblemHttpResult BlockNotFound(FieldText text, string id) =>
        NotFound(text, text.T["ブロック「{0}」はありません。", Echo(id)]);

    /// <summary>400 with the messages by field (a validation problem), typed like every other problem answer.</summary>
    public static ProblemHttpResult Invalid(FieldText text, RuleErrors errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Title = text.T["入力内容に誤りがあります。"],
            Status = StatusCodes.Status400BadRequest,
        });

    public static ProblemHttpResult Stale(FieldText text) =>
        TypedResults.Problem(title: text.T["ほかの更新と競合しました"],
            detail: text.T["If-Match の ETag が現在のものと違います。最新の内容を取得してから、もう一度送ってください。"],
            statusCode: StatusCodes.Status412PreconditionFailed);

    public static ProblemHttpResult IfMatchMissing(FieldText text) =>
        TypedResults.Problem(title: text.T["If-Match ヘッダーが必要です"],
            detail: text.T["GET で受け取った ETag を If-Match ヘッダーで送ってください。"],
            statusCode: StatusCodes.Status428PreconditionRequired);

    /// <summary>The JSON object sent (<see cref="JsonBody"/>); one that is not an object is titled like the registry's other 400s.</summary>
    public static Task<(JsonBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, FieldText text, CancellationToken ct) =>
        JsonBody.ReadAsync(request, JsonBody.MaxBytes, text.T["入力内容に誤りがあります。"], ct);

    public enum Precondition { Missing, Any, Matches, Stale }

    /// <summary>Compares If-Match with the current stamp; "*" means the caller accepts whatever is there.</summary>
    public static Precondition IfMatch(HttpRequest request, Guid current)
    {
        var raw = request.Headers.IfMatch;
        if (raw.Count == 0 || string.IsNullOrWhiteSpace(raw.ToString())) return Precondition.Missing;
        if (!EntityTagHeaderValue.TryParseList(raw, out var tags)) return Precondition.Stale;
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any))) return Precondition.Any;
        return tags.Any(t => t.Tag.Value == ETag(current)) ? Precondition.Matches : Precondition.Stale;
    }

    /// <summary>
    /// Programs may choose English with Accept-Language as well as with ?culture=en; pages ignore the header
    /// (the council's pages are Japanese unless the reader asks), so this applies to the API only. An
    /// explicit ?culture= or the culture cookie still wins, and Japanese stays the default.
    /// </summary>
    public static async ValueTask<object?> CallerCulture(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!request.Query.ContainsKey("culture") && !request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName))
        {
            var preferred = request.GetTypedHeaders().AcceptLanguage
                .Where(l => l.Quality is null or > 0)
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value ?? "")
                .FirstOrDefault(l => l.StartsWith("en", StringComparison.OrdinalIgnoreCase) || l.StartsWith("ja", StringComparison.OrdinalIgnoreCase));
            if (preferred?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true)
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Localization.English;
        }
        return await next(context);
    }
}
