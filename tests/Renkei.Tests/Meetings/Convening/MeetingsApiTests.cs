using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>API v1 for meetings: reading as a member, creating and changing as the secretariat with ETag/If-Match.</summary>
public class MeetingsApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    static HttpRequestMessage Request(HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    static async Task<JsonElement> BodyAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    static object NewMeeting(string title) => new
    {
        kind = "general-assembly", format = "hybrid", title, titleEn = "API assembly",
        startsAt = "2031-05-21T13:30:00+09:00", endsAt = "2031-05-21T16:00:00+09:00",
        venue = "東京都千代田区", onlineUrl = "https://meet.example.jp/api",
        registrationDeadline = "2031-05-10T17:00:00+09:00", writtenVoteDeadline = "2031-05-20T17:00:00Z",
        chair = new { name = "神田 真秋", association = "230006" }, guests = new[] { "総務省" },
    };

    [Fact]
    public async Task The_secretariat_creates_a_meeting_and_reads_it_back_in_utc()
    {
        var api = await factory.BearerClient(await factory.Secretariat());
        var title = ConveningTesting.Title("API総会");

        var created = await api.PostAsync("/api/v1/meetings", Json(NewMeeting(title)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(created.Headers.ETag);
        var body = await BodyAsync(created);
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/meetings/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("draft", body.GetProperty("status").GetString());
        Assert.Equal("2031-05-21T04:30:00Z", body.GetProperty("startsAt").GetString());
        Assert.Equal("2031-05-20T17:00:00Z", body.GetProperty("writtenVoteDeadline").GetString());
        Assert.Equal(2031, body.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("230006", body.GetProperty("chair").GetProperty("association").GetString());
        Assert.Equal((await MeetingData.MemberCodesAsync(factory)).Count, body.GetProperty("invited").GetArrayLength());
        Assert.Equal("majority", body.GetProperty("quorum").GetString());
    }

    [Fact]
    public async Task A_wrong_body_gets_a_problem_with_the_messages_by_field_and_a_form_post_gets_415()
    {
        var api = await factory.BearerClient(await factory.Secretariat());

        var invalid = await api.PostAsync("/api/v1/meetings?culture=en", Json(new { kind = "party", format = "in-writing", title = "x", startsAt = "soon", onlineUrl = "ftp://x" }));
        var form = await api.PostAsync("/api/v1/meetings", new FormUrlEncodedContent([new("title", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
        var errors = (await BodyAsync(invalid)).GetProperty("errors");
        Assert.Equal("Choose the kind of meeting.", errors.GetProperty("kind")[0].GetString());
        Assert.Equal("Enter the registration deadline.", errors.GetProperty("registrationDeadline")[0].GetString());
        Assert.True(errors.TryGetProperty("startsAt", out _));
        Assert.True(errors.TryGetProperty("onlineUrl", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [Fact]
    public async Task Members_read_the_meetings_they_are_invited_to_and_nothing_else()
    {
        var mine = await MeetingData.CreateAsync(factory, "230006", "041009");
        var others = await MeetingData.CreateAsync(factory, "130001");
        var draft = await MeetingData.CreateAsync(factory, ["230006"], m => m.Status = MeetingStatus.Draft);
        var member = await factory.BearerClient(await factory.AssociationStaff("230006"));

        var list = await BodyAsync(await member.GetAsync("/api/v1/meetings"));
        var ids = list.EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(mine.Id, ids);
        Assert.DoesNotContain(others.Id, ids);
        Assert.DoesNotContain(draft.Id, ids);
        Assert.Equal(JsonValueKind.Null, list.EnumerateArray().First(m => m.GetProperty("id").GetInt32() == mine.Id).GetProperty("answered").ValueKind);

        var detail = await member.GetAsync($"/api/v1/meetings/{mine.Id}");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        var body = await BodyAsync(detail);
        Assert.Equal("https://meet.example.jp/renkei-test", body.GetProperty("onlineUrl").GetString());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["報告1", "第1号議案", "第2号議案"], items.Select(i => i.GetProperty("label").GetString()));
        Assert.Equal("slate", items[2].GetProperty("electionMode").GetString());
        Assert.Equal("chair", items[2].GetProperty("candidates")[0].GetProperty("position").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/meetings/{others.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/meetings/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync($"/api/v1/meetings/{mine.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_change_needs_the_current_etag()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006"], m => m.Status = MeetingStatus.Draft);
        var api = await factory.BearerClient(await factory.Secretariat());
        var read = await api.GetAsync($"/api/v1/meetings/{meeting.Id}");
        var etag = read.Headers.ETag!.ToString();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(await read.Content.ReadAsStringAsync())!;
        body["venue"] = "大阪国際交流センター";

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}", body))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}", body, "\"0123\""))).StatusCode);
        var changed = await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}", body, etag));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.ToString());
        Assert.Equal("大阪国際交流センター", (await factory.StoredAsync(meeting.Id)).VenueJa);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}", body, etag))).StatusCode);
    }

    [Fact]
    public async Task Agenda_items_are_added_changed_and_deleted_but_not_once_they_have_ballots()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var motion = meeting.Item(AgendaItemKind.Motion);
        await MeetingData.AddBallotAsync(factory, meeting.Id, motion.Id, "230006", BallotChoice.For);
        var api = await factory.BearerClient(await factory.Secretariat());

        var added = await api.PostAsync($"/api/v1/meetings/{meeting.Id}/items", Json(new
        {
            kind = "election", title = "監事の選任", electionMode = "per-candidate",
            candidates = new[] { new { position = "auditor", personName = "監事 一郎", association = "041009" } },
        }));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var item = await BodyAsync(added);
        var itemId = item.GetProperty("id").GetInt32();
        Assert.Equal((4, "第3号議案"), (item.GetProperty("number").GetInt32(), item.GetProperty("label").GetString()));
        Assert.Equal("auditor", item.GetProperty("candidates")[0].GetProperty("position").GetString());

        var moved = await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}/items/{itemId}",
            new { kind = "election", title = "監事の選任", electionMode = "per-candidate", number = 1 }, added.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(1, (await BodyAsync(moved)).GetProperty("number").GetInt32());
        var order = (await factory.StoredAsync(meeting.Id)).Items.OrderBy(i => i.Number).Select(i => i.Number).ToList();
        Assert.Equal([1, 2, 3, 4], order);

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await api.DeleteAsync($"/api/v1/meetings/{meeting.Id}/items/{itemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await api.SendAsync(Request(HttpMethod.Delete, $"/api/v1/meetings/{meeting.Id}/items/{itemId}", ifMatch: moved.Headers.ETag!.ToString()))).StatusCode);
        var voted = await api.SendAsync(Request(HttpMethod.Delete, $"/api/v1/meetings/{meeting.Id}/items/{motion.Id}", ifMatch: "*"));
        Assert.Equal(HttpStatusCode.Conflict, voted.StatusCode);
        Assert.Contains("投票があるため削除できません", (await BodyAsync(voted)).GetProperty("detail").GetString());
        var kindChange = await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}/items/{motion.Id}", new { kind = "report", title = "x" }, "*"));
        Assert.Equal(HttpStatusCode.Conflict, kindChange.StatusCode);
        Assert.Equal([1, 2, 3], (await factory.StoredAsync(meeting.Id)).Items.OrderBy(i => i.Number).Select(i => i.Number));
    }

    [Fact]
    public async Task The_notice_and_closing_go_through_the_api_and_are_the_secretariats_alone()
    {
        var admin = await factory.AssociationAdmin("230006");
        var meeting = await MeetingData.CreateAsync(factory, ["230006"], m => { m.Status = MeetingStatus.Draft; m.NoticeSentAt = null; });
        var api = await factory.BearerClient(await factory.Secretariat());
        var association = await factory.BearerClient(admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await association.PostAsync($"/api/v1/meetings/{meeting.Id}/notice", null)).StatusCode);
        var notice = await api.PostAsync($"/api/v1/meetings/{meeting.Id}/notice", null);
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Equal("convened", (await BodyAsync(notice)).GetProperty("status").GetString());
        Assert.Single(await factory.OutboxToAsync(admin.Email));

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(Request(HttpMethod.Post, $"/api/v1/meetings/{meeting.Id}/close", ifMatch: "\"stale\""))).StatusCode);
        var closed = await api.PostAsync($"/api/v1/meetings/{meeting.Id}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (await BodyAsync(closed)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/meetings/{meeting.Id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/meetings/{meeting.Id}/notice", null)).StatusCode);
    }
}
