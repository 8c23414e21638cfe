using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.DisastersFeature;

/// <summary>API v1 for preparedness: reading within the block, replacing with If-Match, validation in the caller's
/// language, confirming; staff 403, another association 404, anonymous 401.</summary>
public class PreparednessApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string Aichi = DisasterData.Aichi;
    const string Nagoya = DisasterData.Nagoya;
    const string Sendai = DisasterData.Sendai;

    static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    static HttpRequestMessage Request(HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    static async Task<JsonElement> BodyAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    static object Body(string phone = "052-961-1111", object? languages = null) => new
    {
        contacts = new { phone24h = phone, email = "api@example.jp", backupName = "予備 一郎", backupPhone = "090-3333-4444" },
        capacity = new { dispatchableStaff = 5, remoteSupport = true, remoteSupportNote = "遠隔翻訳", languages = languages ?? new object[] { new { language = "pt", interpreters = 2, translators = 1 }, new { language = "vi", interpreters = "3" } } },
    };

    [Fact]
    public async Task Members_read_their_block_and_another_blocks_association_is_404()
    {
        await PreparednessTesting.SetAsync(factory, Nagoya);
        await PreparednessTesting.SetAsync(factory, Sendai);
        var member = await factory.BearerClient(await factory.AssociationStaff(Aichi));

        var list = await BodyAsync(await member.GetAsync("/api/v1/preparedness"));
        var one = await member.GetAsync($"/api/v1/preparedness/{Nagoya}");
        var other = await member.GetAsync($"/api/v1/preparedness/{Sendai}");

        var codes = list.EnumerateArray().Select(e => e.GetProperty("association").GetString()).ToList();
        Assert.Contains(Aichi, codes);
        Assert.Contains(Nagoya, codes);
        Assert.DoesNotContain(Sendai, codes);
        Assert.All(list.EnumerateArray(), e => Assert.Equal("chubu", e.GetProperty("block").GetString()));
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.NotNull(one.Headers.ETag);
        var body = await BodyAsync(one);
        Assert.Equal("090-1111-2222", body.GetProperty("contacts").GetProperty("phone24h").GetString());
        var capacity = body.GetProperty("capacity");
        Assert.Equal(2, capacity.GetProperty("dispatchableStaff").GetInt32());
        Assert.True(capacity.GetProperty("remoteSupport").GetBoolean());
        Assert.Equal("en", capacity.GetProperty("languages")[0].GetProperty("language").GetString());
        Assert.Equal(5, capacity.GetProperty("languages")[0].GetProperty("interpreters").GetInt32());
        Assert.False(body.GetProperty("needsConfirmation").GetBoolean());
        Assert.EndsWith("Z", body.GetProperty("confirmedAt").GetString());
        Assert.DoesNotContain("@", body.GetProperty("confirmedBy").GetString() ?? "");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync("/api/v1/preparedness")).StatusCode);

        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var all = (await BodyAsync(await secretariat.GetAsync("/api/v1/preparedness?block=hokkaido-tohoku"))).EnumerateArray()
            .Select(e => e.GetProperty("association").GetString()).ToList();
        Assert.Contains(Sendai, all);
        Assert.DoesNotContain(Aichi, all);
    }

    [Fact]
    public async Task An_admin_replaces_with_if_match_and_a_stale_or_missing_etag_is_refused()
    {
        await PreparednessTesting.ClearAsync(factory, Aichi);
        var admin = await factory.AssociationAdmin(Aichi);
        var api = await factory.BearerClient(admin);
        var etag = (await api.GetAsync($"/api/v1/preparedness/{Aichi}")).Headers.ETag!.ToString();

        var missing = await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/preparedness/{Aichi}", Body()));
        var saved = await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/preparedness/{Aichi}", Body(), etag));
        var stale = await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/preparedness/{Aichi}", Body("052-000-0000"), etag));

        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.ToString());
        var body = await BodyAsync(saved);
        Assert.True(body.GetProperty("registered").GetBoolean());
        Assert.False(body.GetProperty("needsConfirmation").GetBoolean());
        Assert.Equal(new[] { "vi", "pt" }, body.GetProperty("capacity").GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("language").GetString()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var stored = await PreparednessTesting.StoredAsync(factory, Aichi);
        Assert.Equal("052-961-1111", stored!.Phone24h);
        Assert.Equal(5, stored.DispatchableStaff);
        Assert.Equal(admin.Email, stored.ConfirmedBy);
        Assert.Equal(3, stored.Languages.Single(l => l.Language == "vi").Interpreters);
    }

    [Fact]
    public async Task Wrong_values_get_a_validation_problem_by_field_in_the_callers_language()
    {
        var original = await PreparednessTesting.SetAsync(factory, Aichi);
        var api = await factory.BearerClient(await factory.AssociationAdmin(Aichi));
        var etag = (await api.GetAsync($"/api/v1/preparedness/{Aichi}")).Headers.ETag!.ToString();
        var body = Body("phone: none", new object[] { new { language = "vi", interpreters = 1 }, new { language = "vi", translators = 2 }, new { language = "xx", interpreters = 1 }, new { language = "en", interpreters = 1000 } });

        var japanese = await api.SendAsync(Request(HttpMethod.Put, $"/api/v1/preparedness/{Aichi}", body, etag));
        var english = Request(HttpMethod.Put, $"/api/v1/preparedness/{Aichi}", new { contacts = new { phone24h = 3 }, capacity = new { remoteSupport = "yes" } }, etag);
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await api.SendAsync(english);
        var form = await api.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/preparedness/{Aichi}")
        {
            Content = new FormUrlEncodedContent([new("phone24h", "03-1234-5678")]),
            Headers = { { "If-Match", etag } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, japanese.StatusCode);
        Assert.Equal("application/problem+json", japanese.Content.Headers.ContentType!.MediaType);
        var errors = (await BodyAsync(japanese)).GetProperty("errors");
        Assert.StartsWith("電話番号は数字・ハイフン", errors.GetProperty("contacts.phone24h")[0].GetString());
        Assert.Equal("ベトナム語が2回あります。言語ごとに1行にしてください。", errors.GetProperty("capacity.languages[1].language")[0].GetString());
        Assert.StartsWith("言語「xx」は一覧にありません", errors.GetProperty("capacity.languages[2].language")[0].GetString());
        Assert.Equal("英語の通訳：0から999までの整数で入力してください。", errors.GetProperty("capacity.languages[3].interpreters")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, inEnglish.StatusCode);
        var englishErrors = (await BodyAsync(inEnglish)).GetProperty("errors");
        Assert.Equal("remoteSupport must be true or false.", englishErrors.GetProperty("capacity.remoteSupport")[0].GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        var stored = await PreparednessTesting.StoredAsync(factory, Aichi);
        Assert.Equal(original.ConcurrencyStamp, stored!.ConcurrencyStamp);

        // A number where text is expected is taken as its digits, and the rules then speak English too.
        var tooShort = Request(HttpMethod.Put, $"/api/v1/preparedness/{Aichi}?culture=en", new { contacts = new { phone24h = 3 } }, etag);
        var shortErrors = (await BodyAsync(await api.SendAsync(tooShort))).GetProperty("errors");
        Assert.Equal("The phone number has the wrong number of digits: enter 10 to 15 digits, area code included.", shortErrors.GetProperty("contacts.phone24h")[0].GetString());
    }

    [Fact]
    public async Task Staff_get_403_another_associations_admin_404_and_the_secretariat_may_write()
    {
        await PreparednessTesting.SetAsync(factory, Nagoya);
        var staff = await factory.BearerClient(await factory.AssociationStaff(Nagoya));
        var neighbour = await factory.BearerClient(await factory.AssociationAdmin(Aichi));
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var etag = (await secretariat.GetAsync($"/api/v1/preparedness/{Nagoya}")).Headers.ETag!.ToString();

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.SendAsync(Request(HttpMethod.Put, $"/api/v1/preparedness/{Nagoya}", Body(), etag))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"/api/v1/preparedness/{Nagoya}/confirm", Json(new { }))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.SendAsync(Request(HttpMethod.Put, $"/api/v1/preparedness/{Nagoya}", Body(), etag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsync($"/api/v1/preparedness/{Nagoya}/confirm", Json(new { }))).StatusCode);
        Assert.Equal(etag, (await secretariat.GetAsync($"/api/v1/preparedness/{Nagoya}")).Headers.ETag!.ToString());

        var saved = await secretariat.SendAsync(Request(HttpMethod.Put, $"/api/v1/preparedness/{Nagoya}", Body("052-000-1111"), etag));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("事務局", (await BodyAsync(saved)).GetProperty("confirmedBy").GetString());
    }

    [Fact]
    public async Task Confirming_sets_the_date_needs_something_to_confirm_and_honours_if_match()
    {
        await PreparednessTesting.SetAsync(factory, Nagoya, confirmedDaysAgo: 400);
        var admin = await factory.AssociationAdmin(Nagoya);
        var api = await factory.BearerClient(admin);
        var before = await api.GetAsync($"/api/v1/preparedness/{Nagoya}");
        Assert.True((await BodyAsync(before)).GetProperty("needsConfirmation").GetBoolean());

        var confirmed = await api.SendAsync(Request(HttpMethod.Post, $"/api/v1/preparedness/{Nagoya}/confirm", new { }, before.Headers.ETag!.ToString()));
        var stale = await api.SendAsync(Request(HttpMethod.Post, $"/api/v1/preparedness/{Nagoya}/confirm", new { }, before.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.False((await BodyAsync(confirmed)).GetProperty("needsConfirmation").GetBoolean());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var stored = await PreparednessTesting.StoredAsync(factory, Nagoya);
        Assert.Equal(DateTime.UtcNow, stored!.ConfirmedAt!.Value, TimeSpan.FromMinutes(1));
        Assert.Equal(admin.Email, stored.ConfirmedBy);

        await PreparednessTesting.ClearAsync(factory, Nagoya);
        var nothing = await api.PostAsync($"/api/v1/preparedness/{Nagoya}/confirm?culture=en", Json(new { }));
        Assert.Equal(HttpStatusCode.Conflict, nothing.StatusCode);
        Assert.Equal("Nothing to confirm yet", (await BodyAsync(nothing)).GetProperty("title").GetString());
        Assert.Null(await PreparednessTesting.StoredAsync(factory, Nagoya));
    }
}
