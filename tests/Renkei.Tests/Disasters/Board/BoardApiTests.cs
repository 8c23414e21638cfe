using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>API v1, part A: the list, declaring, the board as data (block rule), changing with If-Match, closing, status reports.</summary>
public class BoardApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    static HttpRequestMessage Request(HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    static async Task<JsonElement> BodyAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    static object NewDisaster(string name, params string[] prefectures) => new
    {
        nameJa = name,
        nameEn = "API flood",
        kind = "flood",
        prefectures,
        startedAt = DateTime.UtcNow.AddHours(-3).ToString("yyyy-MM-ddTHH:mm:ssZ"),
        isDrill = true,
    };

    [Fact]
    public async Task An_association_declares_a_drill_for_its_prefecture_and_reads_the_board_back()
    {
        var api = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var name = BoardTesting.Name("API洪水");

        var created = await api.PostAsync("/api/v1/disasters", Json(NewDisaster(name, "21")));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await BodyAsync(created);
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/disasters/{id}", created.Headers.Location!.OriginalString);
        Assert.NotNull(created.Headers.ETag);
        Assert.True(body.GetProperty("isDrill").GetBoolean());
        Assert.Equal("flood", body.GetProperty("kind").GetString());
        Assert.Equal("open", body.GetProperty("status").GetString());
        Assert.Equal(DisasterData.Gifu, body.GetProperty("declaredByAssociation").GetString());
        var affected = Assert.Single(body.GetProperty("affected").EnumerateArray());
        Assert.Equal((DisasterData.Gifu, "unknown"), (affected.GetProperty("association").GetString(), affected.GetProperty("status").GetString()));

        var refused = await api.PostAsync("/api/v1/disasters?culture=en", Json(NewDisaster(BoardTesting.Name("よそ"), "01")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("An association can declare a disaster only when its own prefecture (Gifu) is affected.",
            (await BodyAsync(refused)).GetProperty("errors").GetProperty("prefectures")[0].GetString());
    }

    [Fact]
    public async Task The_board_as_data_follows_the_block_rule_and_gives_coverage()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var inBlock = await DisasterData.RequestAsync(factory, disaster.Id, people: 3, languages: ["vi", "en"]);
        var offer = await DisasterData.OfferAsync(factory, inBlock.Id, DisasterData.Nagoya, people: 2, languages: ["en"]);
        await DisasterData.StepAsync(factory, offer.Id, OfferStepKind.Accepted);
        await DisasterData.OfferAsync(factory, inBlock.Id, DisasterData.Aichi);
        var chubu = await factory.BearerClient(await factory.AssociationStaff(DisasterData.Aichi));
        var sendai = await factory.BearerClient(await factory.AssociationStaff(DisasterData.Sendai));

        var board = await BodyAsync(await chubu.GetAsync($"/api/v1/disasters/{disaster.Id}"));
        var request = Assert.Single(board.GetProperty("requests").EnumerateArray());
        var coverage = request.GetProperty("coverage");
        Assert.Equal((3, 2, 1, 1), (coverage.GetProperty("needed").GetInt32(), coverage.GetProperty("covered").GetInt32(),
            coverage.GetProperty("missing").GetInt32(), coverage.GetProperty("pending").GetInt32()));
        Assert.Equal(["vi"], coverage.GetProperty("missingLanguages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("partlyCovered", coverage.GetProperty("state").GetString());
        Assert.Equal("あと1名（ベトナム語）", coverage.GetProperty("text").GetString());
        Assert.False(request.GetProperty("escalated").GetBoolean());
        Assert.Equal(1, board.GetProperty("pendingOffers").GetInt32());
        Assert.Equal(1, board.GetProperty("onTheWay").GetInt32());

        Assert.Empty((await BodyAsync(await sendai.GetAsync($"/api/v1/disasters/{disaster.Id}"))).GetProperty("requests").EnumerateArray());
        await factory.EscalateAsync(inBlock.Id);
        Assert.Single((await BodyAsync(await sendai.GetAsync($"/api/v1/disasters/{disaster.Id}"))).GetProperty("requests").EnumerateArray());

        Assert.Equal(HttpStatusCode.NotFound, (await sendai.GetAsync("/api/v1/disasters/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync($"/api/v1/disasters/{disaster.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_list_can_leave_drills_out()
    {
        var real = await DisasterData.DeclareAsync(factory, drill: false);
        var drill = await DisasterData.DeclareAsync(factory);
        var api = await factory.BearerClient(await factory.AssociationStaff(DisasterData.Sendai));

        var all = (await BodyAsync(await api.GetAsync("/api/v1/disasters"))).EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ToList();
        var realOnly = (await BodyAsync(await api.GetAsync("/api/v1/disasters?drill=false"))).EnumerateArray().ToList();

        Assert.Contains(real.Id, all);
        Assert.Contains(drill.Id, all);
        Assert.Contains(realOnly, d => d.GetProperty("id").GetInt32() == real.Id);
        Assert.All(realOnly, d => Assert.False(d.GetProperty("isDrill").GetBoolean()));
    }

    [Fact]
    public async Task A_change_needs_if_match_a_stale_one_is_412_and_prefectures_are_only_added()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var api = await factory.BearerClient(await factory.Secretariat());
        var url = $"/api/v1/disasters/{disaster.Id}";
        var etag = (await api.GetAsync(url)).Headers.ETag!.ToString();

        Assert.Equal((HttpStatusCode)428, (await api.SendAsync(Request(HttpMethod.Put, url, new { nameJa = "変更" }))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(Request(HttpMethod.Put, url, new { nameJa = "変更" }, "\"0000\""))).StatusCode);
        var removing = await api.SendAsync(Request(HttpMethod.Put, url, new { prefectures = new[] { "23" }, kind = "earthquake" }, etag));
        Assert.Equal(HttpStatusCode.BadRequest, removing.StatusCode);
        var errors = (await BodyAsync(removing)).GetProperty("errors");
        Assert.Equal("被災地の都道府県は追加だけできます。取り除くことはできません。", errors.GetProperty("prefectures")[0].GetString());
        Assert.Equal("災害の種類は変更できません。", errors.GetProperty("kind")[0].GetString());

        var changed = await api.SendAsync(Request(HttpMethod.Put, url, new { nameJa = "API で変更", prefectures = new[] { "21", "23" }, escalationHours = 12 }, etag));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.ToString());
        var body = await BodyAsync(changed);
        Assert.Equal(("API で変更", 12), (body.GetProperty("nameJa").GetString(), body.GetProperty("escalationHours").GetInt32()));
        Assert.Equal(3, body.GetProperty("affected").GetArrayLength());
        // Left out, the other fields stay as they were.
        Assert.Equal("Test flood", body.GetProperty("nameEn").GetString());

        var other = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.SendAsync(Request(HttpMethod.Put, url, new { nameJa = "x" }, changed.Headers.ETag!.ToString()))).StatusCode);
    }

    [Fact]
    public async Task Closing_needs_confirm_true()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var api = await factory.BearerClient(await factory.Secretariat());
        var url = $"/api/v1/disasters/{disaster.Id}/close";

        var unconfirmed = await api.PostAsync(url + "?culture=en", Json(new { note = "done" }));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal("Tick the confirmation to close.", (await BodyAsync(unconfirmed)).GetProperty("errors").GetProperty("confirm")[0].GetString());

        var closed = await api.PostAsync(url, Json(new { note = "全要請が完了", confirm = true }));
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (await BodyAsync(closed)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync(url, Json(new { note = "もう一度", confirm = true }))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await api.PostAsync(url, new FormUrlEncodedContent([new("note", "x")]))).StatusCode);
    }

    [Fact]
    public async Task Status_reports_for_oneself_or_as_block_chair_other_associations_403_unaffected_404()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var disaster = await DisasterData.DeclareAsync(factory);
        var url = $"/api/v1/disasters/{disaster.Id}/affected/{DisasterData.Gifu}";
        var chair = await factory.BearerClient(await factory.AssociationStaff(DisasterData.Aichi));

        var reported = await chair.SendAsync(Request(HttpMethod.Put, url, new { status = "limited", supportCentreOpen = true, note = "代理で報告" }));

        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        var body = await BodyAsync(reported);
        Assert.Equal(("limited", true), (body.GetProperty("status").GetString(), body.GetProperty("supportCentreOpen").GetBoolean()));
        Assert.Equal(DisasterEventKind.StatusReported, Assert.Single(await factory.EventsAsync(disaster.Id)).Kind);

        var gifu = await factory.BearerClient(await factory.AssociationStaff(DisasterData.Gifu));
        var invalid = await gifu.SendAsync(Request(HttpMethod.Put, url, new { status = "fine", supportCentreOpen = "yes" }));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await BodyAsync(invalid)).GetProperty("errors").TryGetProperty("supportCentreOpen", out _));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await gifu.SendAsync(Request(HttpMethod.Put, url, new { status = "operating" }, "\"stale\""))).StatusCode);
        // Left out, supportCentreOpen stays as reported.
        var kept = await BodyAsync(await gifu.SendAsync(Request(HttpMethod.Put, url, new { status = "operating" })));
        Assert.True(kept.GetProperty("supportCentreOpen").GetBoolean());

        var nagoya = await factory.BearerClient(await factory.AssociationStaff(DisasterData.Nagoya));
        Assert.Equal(HttpStatusCode.Forbidden, (await nagoya.SendAsync(Request(HttpMethod.Put, url, new { status = "unable" }))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chair.SendAsync(Request(HttpMethod.Put, $"/api/v1/disasters/{disaster.Id}/affected/{DisasterData.Sendai}", new { status = "unable" }))).StatusCode);
    }
}
