using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// Members (users of an invited association, once the meeting is convened) and the secretariat: a meeting's calendar
/// file and its documents. Anyone else gets 404, as if the meeting did not exist; anonymous callers are sent to sign in.
/// </summary>
public static class ConveningFiles
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/meetings").RequireAuthorization(Policies.Member).ExcludeFromDescription();
        files.MapGet("/{id:int}.ics", Calendar);
        files.MapGet("/{id:int}/documents/{documentId:int}", Document);
    }

    static async Task<IResult> Calendar(int id, HttpContext http, RenkeiDbContext db, MeetingCalendar calendar, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().VisibleTo(http.User).Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return Results.NotFound();
        var english = Infrastructure.Localization.Localization.IsEnglish;
        var ics = await calendar.WriteAsync(meeting, english, ct);
        Attach(http, $"meeting-{id}.ics", $"meeting-{id}.ics");
        return Results.Bytes(Encoding.UTF8.GetBytes(ics), MeetingCalendar.ContentType);
    }

    static async Task<IResult> Document(int id, int documentId, HttpContext http, RenkeiDbContext db, CancellationToken ct)
    {
        var meeting = await MeetingAccess.FindVisibleAsync(db, id, http.User, ct);
        var document = meeting is null ? null
            : await db.MeetingDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.MeetingId == id, ct);
        if (document is null) return Results.NotFound();
        Attach(http, document.FileName, DocumentFiles.AsciiName(document.FileName, document.Id));
        return Results.Bytes(document.Content, document.ContentType);
    }

    /// <summary>
    /// attachment; filename="giansho.pdf"; filename*=UTF-8''議案書.pdf (RFC 6266/5987), never shown inline, never sniffed
    /// into another type, and kept out of shared caches: these files are for members.
    /// </summary>
    static void Attach(HttpContext http, string name, string asciiName)
    {
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = asciiName, FileNameStar = name }.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
    }
}
