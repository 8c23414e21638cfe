using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>A meeting's minutes in API v1. Times are UTC.</summary>
public sealed record MinutesResource(int MeetingId, string Title, string Status, string BodyJa, string? BodyEn,
    DateTime UpdatedAt, DateTime? ApprovedAt, bool ResultsPublic, bool IsSample);

/// <summary>
/// Members of the invited associations once approved; anyone when the meeting's results are public; the secretariat
/// always (a draft marked so): the minutes as an A4 PDF and in API v1, by the same rule as the page (<see cref="MinutesReading"/>).
/// </summary>
public static class MinutesEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/meetings/{id:int}/minutes.pdf", Pdf).AllowAnonymous().ExcludeFromDescription();
        app.MapGroup("/api/v1/meetings").WithTags("Meetings").AllowAnonymous().AddEndpointFilter(RegistryApi.CallerCulture)
            .MapGet("/{id:int}/minutes", Read)
            .WithSummary("A meeting's minutes (議事録): status, Japanese and English text, when approved")
            .WithDescription("Approved minutes for members of the invited associations, and for anyone when the meeting's results are public; "
                + "the secretariat also gets a draft (status \"draft\"). Otherwise 404, or 401 without signing in.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
    }

    static async Task<Results<Ok<MinutesResource>, ChallengeHttpResult, ProblemHttpResult>> Read(
        int id, HttpContext http, RenkeiDbContext db, IStringLocalizer<MinutesText> t, CancellationToken ct)
    {
        var lookup = await MinutesReading.FindAsync(db, id, http.User, ct);
        if (lookup.Found is not { } read)
            return lookup.SignIn ? TypedResults.Challenge()
                : TypedResults.Problem(title: t["見つかりません"], detail: t["この会議の議事録は公開されていません。"], statusCode: StatusCodes.Status404NotFound);
        if (!MinutesReading.IsPublic(read)) http.Response.Headers.CacheControl = "private, no-store";
        var m = read.Minutes;
        return TypedResults.Ok(new MinutesResource(id, read.Meeting.Title(Localization.IsEnglish),
            m.Status == MinutesStatus.Approved ? "approved" : "draft", m.BodyJa, m.BodyEn,
            Utc(m.UpdatedAt), m.ApprovedAt is { } at ? Utc(at) : null, read.Meeting.ResultsPublic, read.Meeting.IsSample));
    }

    static async Task<IResult> Pdf(int id, HttpContext http, RenkeiDbContext db, IStringLocalizer<MinutesText> t, CancellationToken ct)
    {
        var lookup = await MinutesReading.FindAsync(db, id, http.User, ct);
        if (lookup.Found is not { } read) return lookup.SignIn ? Results.Challenge() : Results.NotFound();
        var english = Localization.IsEnglish;
        var title = read.Meeting.Title(english);
        var marks = (read.Meeting.IsSample ? t["（サンプルデータ）"].Value : "") + (read.IsDraft ? t["（下書き・未承認）"].Value : "");
        var labels = new MinutesPdf.Labels(
            t["サンプルデータ：この会議はデモ用に作成した架空のものです。"], t["下書き・未承認"], t["{0} 議事録", title] + marks);
        var bytes = MinutesPdf.Write(read, english, labels);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline")
        {
            FileName = $"renkei-minutes-{id}.pdf",
            FileNameStar = $"{t["議事録"]}-{id}.pdf",
        }.ToString();
        if (!MinutesReading.IsPublic(read)) http.Response.Headers.CacheControl = "private, no-store";
        return Results.Bytes(bytes, MinutesPdf.ContentType);
    }

    static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
