using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Infrastructure;

/// <summary>
/// Requests the server cannot read to the end: a body cut off mid-way (a phone losing its signal), malformed chunks, a
/// body over Kestrel's size limit or arriving too slowly. Kestrel throws <see cref="BadHttpRequestException"/> from
/// whatever reads the body, which would otherwise be a 500 logged as our error. They are the client's, so the answer
/// carries Kestrel's own status (400, 408, 413) with a message in the caller's language: the error page for people,
/// problem details for programs. They are logged as information only.
/// </summary>
public sealed class UnreadableRequests
{
    /// <param name="errorPage">The page that shows the error to people; null for the API (problem details).</param>
    public static ExceptionHandlerOptions Options(string? errorPage, ILogger log) => new()
    {
        ExceptionHandlingPath = errorPage,
        StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        SuppressDiagnosticsCallback = c =>
        {
            if (c.Exception is not BadHttpRequestException bad) return false;
            log.LogInformation("Unreadable request {Method} {Path} answered {Status}: {Reason}",
                c.HttpContext.Request.Method, c.HttpContext.Request.Path, bad.StatusCode, bad.Message);
            return true;
        },
    };

    /// <summary>The API's problem details for such a request, in the caller's language (the rest keep ASP.NET Core's).</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException bad) return;
        var t = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<UnreadableRequests>>();
        (context.ProblemDetails.Title, context.ProblemDetails.Detail) = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => (t["本文が大きすぎます"].Value, t["送信できる大きさを超えています。小さくするか、分けて送ってください。"].Value),
            StatusCodes.Status408RequestTimeout => (t["本文を時間内に受け取れませんでした"].Value, t["通信状態のよいところで、もう一度送ってください。"].Value),
            _ => (t["本文を読み取れませんでした"].Value, t["本文が途中で切れたか、形式が正しくありません。もう一度送ってください。"].Value),
        };
    }
}
