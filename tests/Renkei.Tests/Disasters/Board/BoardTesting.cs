using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.DisastersFeature;

/// <summary>What the board tests share: the declare form's values, stored disasters, events and mail.</summary>
public static class BoardTesting
{
    /// <summary>A unique disaster name, so a test finds its own.</summary>
    public static string Name(string what) => $"{what} {Guid.NewGuid():N}"[..(what.Length + 9)];

    /// <summary>The declare form's values for a drill in the given prefectures, started an hour ago.</summary>
    public static Dictionary<string, string> DeclareValues(string name, bool drill = true)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.NameJa"] = name,
            ["Input.NameEn"] = "Test heavy rain",
            ["Input.Kind"] = "heavyRain",
            ["Input.StartedAt"] = JapanTime.InputValue(DateTime.UtcNow.AddHours(-1)),
            ["Input.IsDrill"] = drill ? "true" : "false",
            ["Input.Details"] = "木曽川流域で浸水",
        };
        return values;
    }

    /// <summary>Posts the declare form with the prefectures ticked (one Input.Prefectures value each), as a browser would.</summary>
    public static async Task<HttpResponseMessage> DeclareAsync(this HttpClient client, Dictionary<string, string> values, params string[] prefectures)
    {
        var page = await client.GetPage("/disasters/new");
        var form = page.QuerySelector("form#declare")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        if (form.QuerySelector("input[name='Input.EscalationHours']") is { } hours && !values.ContainsKey("Input.EscalationHours"))
            fields.Add(new("Input.EscalationHours", hours.GetAttribute("value") ?? ""));
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        fields.AddRange(prefectures.Select(p => new KeyValuePair<string, string>("Input.Prefectures", p)));
        return await client.PostAsync("/disasters/new", new FormUrlEncodedContent(fields));
    }

    /// <summary>The id at the end of a redirect to /disasters/{id}.</summary>
    public static int DisasterIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/disasters/", location);
        return int.Parse(location["/disasters/".Length..]);
    }

    public static Task<Disaster> StoredDisasterAsync(this RenkeiFactory factory, int id) =>
        factory.WithDb(db => db.Disasters.AsNoTracking().Include(d => d.Affected).SingleAsync(d => d.Id == id));

    public static Task<Disaster?> DisasterNamedAsync(this RenkeiFactory factory, string name) =>
        factory.WithDb(db => db.Disasters.AsNoTracking().Include(d => d.Affected).SingleOrDefaultAsync(d => d.NameJa == name));

    public static Task<List<DisasterEvent>> EventsAsync(this RenkeiFactory factory, int disasterId) =>
        factory.WithDb(db => db.DisasterEvents.AsNoTracking().Where(e => e.DisasterId == disasterId).OrderBy(e => e.Id).ToListAsync());

    /// <summary>The mail to <paramref name="email"/> about one disaster (its links name it), leaving out other tests' disasters.</summary>
    public static async Task<List<OutboxMessage>> MailToAsync(this RenkeiFactory factory, string email, int disasterId)
    {
        var about = new System.Text.RegularExpressions.Regex($@"/disasters/{disasterId}(\D|$)", System.Text.RegularExpressions.RegexOptions.Multiline);
        var mail = await factory.WithDb(db => db.Outbox.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());
        return mail.Where(m => about.IsMatch(m.BodyText)).ToList();
    }

    /// <summary>Lets a request out of its block, as the escalation sweep or a coordinator would.</summary>
    public static Task EscalateAsync(this RenkeiFactory factory, int requestId) =>
        factory.WithDb(async db =>
        {
            var r = await db.SupportRequests.SingleAsync(x => x.Id == requestId);
            r.EscalatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });
}
