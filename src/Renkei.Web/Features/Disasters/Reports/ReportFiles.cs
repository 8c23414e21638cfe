using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>
/// Members: a disaster's situation report (PDF), workbook (xlsx) and timeline feed (Atom), each holding only what the
/// caller may see (<see cref="SituationReport"/>); 404 for no such disaster. The feed also answers a personal
/// <c>?key=</c> (<see cref="FeedLinks"/>) instead of signing in, and answers 401 (not a redirect to the login page,
/// which a feed reader cannot follow) to a reader who has neither.
/// </summary>
public static class ReportFiles
{
    public static void Map(WebApplication app)
    {
        var files = app.MapGroup("/disasters").ExcludeFromDescription();
        files.MapGet("/{id:int}/situation.pdf", Pdf).RequireAuthorization(Policies.Member);
        files.MapGet("/{id:int}.xlsx", Xlsx).RequireAuthorization(Policies.Member);
        // Anonymous callers reach the handler, which answers a key, a signed-in member, or 401.
        files.MapGet("/{id:int}/timeline.atom", Feed).AllowAnonymous();
    }

    static async Task<IResult> Pdf(int id, HttpContext http, RenkeiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await LoadAsync(id, http.User, db, clock, ct) is not { } report) return Results.NotFound();
        var english = Localization.IsEnglish;
        var bytes = Render(output => SituationPdf.Write(report, english, output));
        Attach(http, "inline", report, "situation", english ? "situation-report" : "状況報告", "pdf");
        return Results.Bytes(bytes, SituationPdf.ContentType);
    }

    static async Task<IResult> Xlsx(int id, HttpContext http, RenkeiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await LoadAsync(id, http.User, db, clock, ct) is not { } report) return Results.NotFound();
        var english = Localization.IsEnglish;
        var bytes = Render(output => DisasterXlsx.Write(report, english, output));
        Attach(http, "attachment", report, "data", english ? "disaster-data" : "災害支援データ", "xlsx");
        return Results.Bytes(bytes, DisasterXlsx.ContentType);
    }

    static async Task<IResult> Feed(int id, [FromQuery] string? key, HttpContext http, RenkeiDbContext db, FeedLinks links,
        IUserClaimsPrincipalFactory<RenkeiUser> principals, PublicBaseUrl baseUrl, TimeProvider clock, IStringLocalizer<ReportsText> t, CancellationToken ct)
    {
        ClaimsPrincipal reader;
        if (http.Request.Query.ContainsKey("key"))
        {
            // The key stands for its user, whoever presents it: a bad or expired key, an account since deactivated or a
            // key older than the user's password is no feed at all.
            var made = links.Of(key);
            var account = made is { } k ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == k.UserId, ct) : null;
            if (account is not { IsActive: true } || account.SecurityStamp != made!.Value.Stamp) return Results.NotFound();
            reader = await principals.CreateAsync(account);
            if (!http.Request.Query.ContainsKey("culture") && account.PreferredCulture == "en")
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Localization.English;
        }
        else if (http.User.Identity?.IsAuthenticated == true) reader = http.User;
        else
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"Renkei\"";
            return Results.Text(t["このフィードは会員専用です。サインインするか、災害ボードに表示される個人用のフィードURLを使ってください。"],
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
        }
        if (!Roles.All.Any(reader.IsInRole)) return Results.NotFound();
        if (await LoadAsync(id, reader, db, clock, ct) is not { } report) return Results.NotFound();
        var feed = TimelineFeed.Of(report, Localization.IsEnglish, baseUrl.Value);
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(feed.Declaration + "\n" + feed.Root, TimelineFeed.ContentType);
    }

    static async Task<SituationReport?> LoadAsync(int id, ClaimsPrincipal user, RenkeiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, user, clock, ct);
        return await SituationReport.LoadAsync(db, id, who, clock.GetUtcNow().UtcDateTime, ct);
    }

    static byte[] Render(Action<Stream> write)
    {
        // The writers are synchronous (the libraries are); Kestrel refuses synchronous writes to the response.
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    /// <summary>"訓練_状況報告_5_20240501-1030.pdf" (RFC 5987) and "renkei-drill-5-situation-20240501-1030.pdf".</summary>
    static void Attach(HttpContext http, string disposition, SituationReport report, string ascii, string name, string extension)
    {
        var stamp = Meetings.JapanTime.ToLocal(report.AsOf).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        var drill = report.Disaster.IsDrill;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue(disposition)
        {
            FileName = $"renkei-{(drill ? "drill-" : "")}{report.Disaster.Id}-{ascii}-{stamp}.{extension}",
            FileNameStar = $"{(drill ? DisasterLabels.Drill(Localization.IsEnglish) + "_" : "")}{name}_{report.Disaster.Id}_{stamp}.{extension}",
        }.ToString();
        // What a member sees depends on their block: no shared cache may keep it.
        http.Response.Headers.CacheControl = "private, no-store";
    }
}
