using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>What the attendance tests share: the answer form's address and selector, reading an answer back, mail.</summary>
public static class AttendanceTesting
{
    public const string Form = "form#attendance-form";

    public static string AnswerUrl(int meetingId, string? code = null) => $"/meetings/{meetingId}/attendance" + (code is null ? "" : $"?code={code}");

    /// <summary>Fills the answer form as a person would: the values given replace what the page shows.</summary>
    public static async Task<HttpResponseMessage> AnswerWithForm(this HttpClient client, int meetingId, Dictionary<string, string> values, string? code = null)
    {
        var page = await client.GetPage(AnswerUrl(meetingId, code));
        return await client.SubmitForm(page, Form, values);
    }

    /// <summary>The values of an on-site answer with one person and a representative.</summary>
    public static Dictionary<string, string> OnSite(TestUser representative, string person = "山田 花子", string title = "事務局長") => new()
    {
        ["Input.Mode"] = "on-site",
        ["Input.RepresentativeUserId"] = representative.Id,
        ["Input.People[0].Name"] = person,
        ["Input.People[0].Title"] = title,
    };

    public static Task<Attendance> AttendanceAsync(RenkeiFactory factory, int meetingId, string code) =>
        factory.WithDb(db => db.Attendances.AsNoTracking().Include(a => a.Attendees).SingleAsync(a => a.MeetingId == meetingId && a.AssociationCode == code));

    public static Task<List<OutboxMessage>> MailToAsync(RenkeiFactory factory, string email) =>
        factory.WithDb(db => db.Outbox.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());

    public static async Task<IHtmlDocument> PageOf(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {Forms.Snippet(html)}");
        return Forms.Parse(html);
    }

    /// <summary>A client posting a form field by field, with a valid antiforgery token, after reading the page (which must answer 200).</summary>
    public static async Task<HttpResponseMessage> PostWithToken(this HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> values)
    {
        await client.GetPage(pageUrl);
        var token = await client.AntiforgeryToken();
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = token }));
    }

    public static string? InputValue(this IHtmlDocument page, string id) => (page.GetElementById(id) as IHtmlInputElement)?.Value;

    public static string RedirectedTo(HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";

    /// <summary>Two further member codes besides 230006 (Aichi, Chubu) and 041009 (Sendai, Hokkaido-Tohoku): Tokyo (Kanto) and Osaka (Kinki).</summary>
    public const string Tokyo = "130001", Osaka = "270008";
}
