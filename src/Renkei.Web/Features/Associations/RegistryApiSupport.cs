using System.Globalization;
using System.Text.Json;
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

/// <summary>
/// A JSON object read by hand so that each wrong value gets a message naming its field. Writes must be
/// sent as application/json: a cross-site HTML form cannot send that type, which keeps cookie-signed-in
/// browsers safe from forged requests.
/// </summary>
sealed class ApiJsonBody
{
    const long MaxBytes = 64 * 1024;
    readonly JsonElement root;
    readonly FieldText text;
    public RuleErrors Errors { get; } = new();

    ApiJsonBody(JsonElement root, FieldText text) { this.root = root; this.text = text; }

    public static async Task<(ApiJsonBody? Body, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, FieldText text, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem(title: text.T["JSON で送ってください"], detail: text.T["Content-Type は application/json にしてください。"],
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        if (request.ContentLength > MaxBytes)
            return (null, TypedResults.Problem(title: text.T["本文が大きすぎます"], statusCode: StatusCodes.Status413PayloadTooLarge));
        var errors = new RuleErrors();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
                return (new ApiJsonBody(document.RootElement.Clone(), text), null);
            errors.Add("body", text.T["本文は JSON のオブジェクト（{ ... }）にしてください。"]);
        }
        catch (JsonException)
        {
            errors.Add("body", text.T["本文が正しい JSON ではありません。"]);
        }
        return (null, RegistryApi.Invalid(text, errors));
    }

    /// <summary>A string property (name matched case-insensitively); null when absent or null; a message when of another type.</summary>
    public string? String(string field)
    {
        foreach (var p in root.EnumerateObject())
        {
            if (!p.Name.Equals(field, StringComparison.OrdinalIgnoreCase)) continue;
            if (p.Value.ValueKind == JsonValueKind.String) return p.Value.GetString();
            if (p.Value.ValueKind != JsonValueKind.Null) Errors.Add(field, text.T["{0}（{1}）は文字列で指定してください。", text.Label(field), field]);
            return null;
        }
        return null;
    }
}
