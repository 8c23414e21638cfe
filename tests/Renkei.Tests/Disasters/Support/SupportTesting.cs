using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.DisastersFeature;

/// <summary>What the support tests share: request and offer bodies and form values, mail read back from the outbox, emergency addresses.</summary>
public static class SupportTesting
{
    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");
    public static string InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(days).ToString("yyyy-MM-dd");

    /// <summary>A request body for the API: 4 Vietnamese/English interpreters for a week, immediate.</summary>
    public static object RequestBody(string? association = null, int people = 4, string[]? languages = null, string kind = "interpreters") => new
    {
        association,
        kind,
        languages = languages ?? ["vi", "en"],
        people,
        from = Today,
        to = InDays(6),
        place = "岐阜市 災害多言語支援センター",
        urgency = "immediate",
        details = "避難所巡回の通訳",
    };

    /// <summary>The new-request form's values (checkboxes are given one by one: Input.Languages may repeat, so pass them separately).</summary>
    public static Dictionary<string, string> RequestForm(string kind = "interpreters", string people = "3") => new()
    {
        ["Input.Kind"] = kind,
        ["Input.People"] = people,
        ["Input.From"] = Today,
        ["Input.To"] = InDays(3),
        ["Input.Place"] = "岐阜県国際交流センター",
        ["Input.Urgency"] = "high",
        ["Input.Details"] = "相談窓口の応援",
    };

    public static object OfferBody(int people = 1, string[]? languages = null, string mode = "onSite", string? association = null) => new
    {
        association,
        people,
        who = "通訳ボランティア",
        languages = languages ?? ["vi"],
        from = Today,
        to = InDays(2),
        mode,
        details = "車で向かいます",
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The mail about one disaster's requests (each links to its request page), oldest first.</summary>
    public static Task<List<OutboxMessage>> MailsAsync(RenkeiFactory factory, int disasterId, int? requestId = null)
    {
        var link = requestId is { } r ? $"/disasters/{disasterId}/requests/{r}" : $"/disasters/{disasterId}/requests/";
        return factory.WithDb(db => db.Outbox.AsNoTracking().Where(m => m.BodyText.Contains(link)).OrderBy(m => m.Id).ToListAsync());
    }

    /// <summary>Gives an association an emergency e-mail address of its own (unique per test), and returns it.</summary>
    public static Task<string> EmergencyEmailAsync(RenkeiFactory factory, string code) =>
        factory.WithDb(async db =>
        {
            var email = $"bousai.{code}.{Guid.NewGuid().ToString("N")[..8]}@test.renkei.jp";
            var row = await db.Preparedness.SingleOrDefaultAsync(p => p.AssociationCode == code);
            if (row is null) db.Preparedness.Add(new Preparedness { AssociationCode = code, Email = email });
            else row.Email = email;
            await db.SaveChangesAsync();
            return email;
        });

    public static Task<List<DisasterEvent>> EventsAsync(RenkeiFactory factory, int requestId) =>
        factory.WithDb(db => db.DisasterEvents.AsNoTracking().Where(e => e.RequestId == requestId).OrderBy(e => e.Id).ToListAsync());

    public static Task<List<SupportRequest>> RequestsAsync(RenkeiFactory factory, int disasterId) =>
        factory.WithDb(db => db.SupportRequests.AsNoTracking().Include(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery()
            .Where(r => r.DisasterId == disasterId).OrderBy(r => r.Number).ToListAsync());
}
