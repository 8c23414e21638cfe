using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Helpers for the voting tests: representatives with their API clients, ballots through the API, results as JSON.</summary>
public static class VotingTesting
{
    /// <summary>A representative: the association's admin, named in its attendance, with a bearer client.</summary>
    public sealed record Voter(string Code, TestUser User, HttpClient Client);

    /// <summary>Names a new admin of each association its representative (answering <paramref name="mode"/>) and signs each in with a token.</summary>
    public static async Task<Dictionary<string, Voter>> RepresentativesAsync(RenkeiFactory factory, int meetingId, IEnumerable<string> codes,
        AttendanceMode mode = AttendanceMode.Online)
    {
        var voters = new Dictionary<string, Voter>();
        foreach (var code in codes)
        {
            var admin = await factory.AssociationAdmin(code);
            await MeetingData.AnswerAsync(factory, meetingId, code, mode, admin, null, "代表 者");
            voters[code] = new Voter(code, admin, await factory.BearerClient(admin));
        }
        return voters;
    }

    public static string BallotsUrl(int meetingId, int itemId) => $"/api/v1/meetings/{meetingId}/items/{itemId}/ballots";

    public static Task<HttpResponseMessage> VoteAsync(this HttpClient client, int meetingId, int itemId, string choice, string? association = null, int? candidate = null) =>
        client.PostAsJsonAsync(BallotsUrl(meetingId, itemId), new Dictionary<string, object?>
        {
            ["choice"] = choice,
            ["association"] = association,
            ["candidateNumber"] = candidate,
        });

    /// <summary>Casts and asserts 201.</summary>
    public static async Task<JsonObject> VoteOkAsync(this HttpClient client, int meetingId, int itemId, string choice, string? association = null, int? candidate = null)
    {
        var response = await client.VoteAsync(meetingId, itemId, choice, association, candidate);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonObject> ResultsAsync(this HttpClient client, int meetingId)
    {
        var response = await client.GetAsync($"/api/v1/meetings/{meetingId}/results");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static JsonObject ItemOf(this JsonObject results, int itemId) =>
        results["items"]!.AsArray().Select(i => i!.AsObject()).Single(i => (int)i["id"]! == itemId);

    /// <summary>(for, against, abstain, notVoting) of an item's counts.</summary>
    public static (int, int, int, int) Counts(this JsonObject item)
    {
        var c = item["counts"]!;
        return ((int)c["for"]!, (int)c["against"]!, (int)c["abstain"]!, (int)c["notVoting"]!);
    }

    public static Task<List<Ballot>> BallotsAsync(RenkeiFactory factory, int itemId) =>
        factory.WithDb(db => db.Ballots.AsNoTracking().Where(b => b.AgendaItemId == itemId).OrderBy(b => b.Id).ToListAsync());

    /// <summary>Closes the whole meeting's vote now (as if its deadline had passed), so that every item is final.</summary>
    public static Task CloseVoteAsync(RenkeiFactory factory, int meetingId) =>
        factory.WithDb(async db =>
        {
            var m = await db.Meetings.SingleAsync(x => x.Id == meetingId);
            m.VoteDeadline = DateTime.UtcNow.AddSeconds(-1);
            m.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync();
        });

    /// <summary>The first <paramref name="count"/> current member codes (after skipping <paramref name="skip"/>).</summary>
    public static async Task<List<string>> CodesAsync(RenkeiFactory factory, int count, int skip = 0) =>
        (await MeetingData.MemberCodesAsync(factory)).Skip(skip).Take(count).ToList();

    /// <summary>Names existing representatives again in another meeting.</summary>
    public static async Task NameAsync(RenkeiFactory factory, int meetingId, IEnumerable<Voter> voters)
    {
        foreach (var v in voters) await MeetingData.AnswerAsync(factory, meetingId, v.Code, AttendanceMode.Online, v.User, null, "代表 者");
    }
}
