using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>What the convening tests share: mail in the outbox, stored meetings, form values in Japan time, uploads.</summary>
public static class ConveningTesting
{
    public static Task<List<OutboxMessage>> OutboxToAsync(this RenkeiFactory factory, string email) =>
        factory.WithDb(db => db.Outbox.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());

    public static Task<Meeting> StoredAsync(this RenkeiFactory factory, int id) =>
        factory.WithDb(db => db.Meetings.AsNoTracking()
            .Include(m => m.Items).ThenInclude(i => i.Candidates)
            .Include(m => m.Attendances)
            .AsSplitQuery().SingleAsync(m => m.Id == id));

    public static Task<List<MeetingDocument>> DocumentsAsync(this RenkeiFactory factory, int meetingId) =>
        factory.WithDb(db => db.MeetingDocuments.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Id).ToListAsync());

    /// <summary>Makes the user read e-mail in English.</summary>
    public static Task PrefersEnglishAsync(this RenkeiFactory factory, TestUser user) =>
        factory.WithDb(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.Id == user.Id);
            u.PreferredCulture = "en";
            await db.SaveChangesAsync();
        });

    /// <summary>A moment as the datetime-local input shows it (Japan time).</summary>
    public static string Jst(DateTime utc) => JapanTime.InputValue(utc);

    /// <summary>A unique title, so a test finds its own meeting.</summary>
    public static string Title(string what) => $"{what} {Guid.NewGuid():N}"[..(what.Length + 9)];

    /// <summary>The new-meeting form's values for a meeting a month ahead; override what the test is about.</summary>
    public static Dictionary<string, string> NewMeetingValues(string title, string kind = "general-assembly", string format = "hybrid")
    {
        var start = DateTime.UtcNow.Date.AddDays(30).AddHours(4).AddMinutes(30); // 13:30 in Japan
        return new()
        {
            ["Input.Kind"] = kind,
            ["Input.Format"] = format,
            ["Input.Title"] = title,
            ["Input.TitleEn"] = "Test meeting",
            ["Input.StartsAt"] = Jst(start),
            ["Input.EndsAt"] = Jst(start.AddHours(2)),
            ["Input.RegistrationDeadline"] = Jst(start.AddDays(-10)),
            ["Input.WrittenVoteDeadline"] = Jst(start.AddDays(-1)),
            ["Input.Venue"] = "東京都千代田区 クレア会議室",
            ["Input.OnlineUrl"] = "https://meet.example.jp/test",
            ["Input.Quorum"] = "majority",
        };
    }

    public static Task<Meeting?> FindByTitleAsync(this RenkeiFactory factory, string title) =>
        factory.WithDb(db => db.Meetings.AsNoTracking().Include(m => m.Attendances).SingleOrDefaultAsync(m => m.TitleJa == title));

    /// <summary>The message shown beside an input, or null.</summary>
    public static string? MessageFor(this IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The id at the end of a redirect to /meetings/manage/{id}.</summary>
    public static int MeetingIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/meetings/manage/", location);
        return int.Parse(location["/meetings/manage/".Length..]);
    }

    /// <summary>Submits the agenda page's upload form as a browser would (multipart, antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, int meetingId, string fileName, byte[] content,
        string? title = null, int? itemId = null)
    {
        var page = await client.GetPage($"/meetings/manage/{meetingId}/agenda");
        var form = (IHtmlFormElement)page.QuerySelector("form#upload")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title ?? ""), "Upload.Title" },
            { new StringContent(itemId?.ToString() ?? ""), "Upload.Item" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "Upload.File", fileName);
        return await client.PostAsync(form.GetAttribute("action"), body);
    }

    /// <summary>A small but real PDF file's bytes.</summary>
    public static byte[] Pdf => "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
}
