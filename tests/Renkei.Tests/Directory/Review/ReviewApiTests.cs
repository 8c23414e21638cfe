using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.Registry;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>API v1 for editions and review: the same rules as the pages, with problem details and optional If-Match.</summary>
public class ReviewApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Secretariat() => await factory.BearerClient(await factory.Secretariat());

    async Task<int> EditionAsync(EditionStatus status, params (string Code, EntryStatus Status)[] entries)
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, status, entries, ReviewTesting.Day(10));
        return year;
    }

    static JsonElement Find(JsonElement list, int year) => list.EnumerateArray().Single(e => e.GetProperty("fiscalYear").GetInt32() == year);

    [Fact]
    public async Task Anyone_lists_the_editions_newest_first_and_the_secretariat_also_gets_counts()
    {
        var collecting = await EditionAsync(EditionStatus.Collecting, ("230006", EntryStatus.Draft), ("041009", EntryStatus.Submitted));
        var published = await EditionAsync(EditionStatus.Published, ("230006", EntryStatus.Approved));

        var anonymous = await factory.NewClient().GetAsync("/api/v1/directory/editions");
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        var list = await anonymous.ReadJsonAsync();
        var years = list.EnumerateArray().Select(e => e.GetProperty("fiscalYear").GetInt32()).ToList();
        Assert.Equal(years.OrderDescending(), years);
        var c = Find(list, collecting);
        Assert.Equal("collecting", c.GetProperty("status").GetString());
        Assert.Equal(ReviewTesting.Day(10).ToString("yyyy-MM-dd"), c.GetProperty("deadline").GetString());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("publishedAt").ValueKind);
        Assert.False(c.TryGetProperty("counts", out _));
        var p = Find(list, published);
        Assert.Equal("published", p.GetProperty("status").GetString());
        Assert.EndsWith("Z", p.GetProperty("publishedAt").GetString());

        var mine = await (await Secretariat()).GetAsync("/api/v1/directory/editions");
        var counts = Find(await mine.ReadJsonAsync(), collecting).GetProperty("counts");
        Assert.Equal((2, 1, 1, 0), (counts.GetProperty("total").GetInt32(), counts.GetProperty("draft").GetInt32(),
            counts.GetProperty("submitted").GetInt32(), counts.GetProperty("approved").GetInt32()));
        var one = await factory.NewClient().GetAsync($"/api/v1/directory/editions/{collecting}");
        Assert.NotNull(one.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.NewClient().GetAsync($"/api/v1/directory/editions/{collecting + 700}")).StatusCode);
    }

    [Fact]
    public async Task The_secretariat_opens_an_edition_with_validation_problems_for_bad_input()
    {
        var client = await Secretariat();
        var year = await DirectoryData.FreeYearAsync(factory, openable: true);

        var bad = await client.PostAsJsonAsync("/api/v1/directory/editions", new { fiscalYear = "next", deadline = "soon" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("fiscalYear", out _));
        Assert.True(errors.TryGetProperty("deadline", out _));
        var past = await client.PostAsJsonAsync("/api/v1/directory/editions", new { fiscalYear = year, deadline = ReviewTesting.Day(-3).ToString("yyyy-MM-dd") });
        Assert.Equal("締切日は今日以降の日付にしてください。", (await past.ReadJsonAsync()).GetProperty("errors").GetProperty("deadline")[0].GetString());

        var created = await client.PostAsJsonAsync("/api/v1/directory/editions", new { fiscalYear = year, deadline = ReviewTesting.Day(20).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/directory/editions/{year}", created.Headers.Location!.OriginalString);
        var body = await created.ReadJsonAsync();
        Assert.Equal(("collecting", 7), (body.GetProperty("status").GetString(), body.GetProperty("reminderDaysBefore").GetInt32()));
        Assert.True(body.GetProperty("counts").GetProperty("draft").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(created.Headers.Location)).StatusCode);

        var twice = await client.PostAsJsonAsync("/api/v1/directory/editions", new { fiscalYear = year, deadline = ReviewTesting.Day(20).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var form = await client.PostAsync("/api/v1/directory/editions", new FormUrlEncodedContent([new("fiscalYear", "2020")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);

        var admin = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/v1/directory/editions", new { fiscalYear = year })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().PostAsJsonAsync("/api/v1/directory/editions", new { fiscalYear = year })).StatusCode);
    }

    [Fact]
    public async Task Reminders_close_and_publish_answer_404_409_and_412_as_they_should()
    {
        var admin = await factory.AssociationAdmin("230006");
        var year = await EditionAsync(EditionStatus.Collecting, ("230006", EntryStatus.Draft), ("041009", EntryStatus.Approved));
        var client = await Secretariat();

        var reminded = await client.PostAsync($"/api/v1/directory/{year}/reminders", null);
        Assert.Equal(HttpStatusCode.OK, reminded.StatusCode);
        Assert.Equal(1, (await reminded.ReadJsonAsync()).GetProperty("reminded").GetInt32());
        Assert.Single(await factory.MailsToAsync(admin.Email));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/directory/{year + 900}/reminders", null)).StatusCode);

        var refused = await client.PostAsync($"/api/v1/directory/{year}/publish", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("承認されていない登録内容が1件あります", (await refused.ReadJsonAsync()).GetProperty("detail").GetString());

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/directory/{year}/close");
        stale.Headers.IfMatch.ParseAdd($"\"{Guid.NewGuid():N}\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);
        var etag = (await client.GetAsync($"/api/v1/directory/editions/{year}")).Headers.ETag!.Tag;
        var close = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/directory/{year}/close");
        close.Headers.IfMatch.ParseAdd(etag);
        var closed = await client.SendAsync(close);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("reviewing", (await closed.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/directory/{year}/close", null)).StatusCode);

        await factory.SetEntryAsync(year, "230006", e => e.Status = EntryStatus.Approved);
        var published = await client.PostAsync($"/api/v1/directory/{year}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("published", (await published.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/directory/{year}/reminders", null)).StatusCode);
    }

    [Fact]
    public async Task Return_and_approve_follow_the_rules_and_association_users_get_403()
    {
        var admin = await factory.AssociationAdmin("230006");
        var year = await EditionAsync(EditionStatus.Collecting, ("230006", EntryStatus.Submitted), ("041009", EntryStatus.Submitted));
        var client = await Secretariat();
        var entry = $"/api/v1/directory/{year}/entries/230006";

        var noComment = await client.PostAsJsonAsync($"{entry}/return", new { comment = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal("差し戻しの理由を入力してください。", (await noComment.ReadJsonAsync()).GetProperty("errors").GetProperty("comment")[0].GetString());

        var stale = new HttpRequestMessage(HttpMethod.Post, $"{entry}/return") { Content = JsonContent.Create(new { comment = "確認してください" }) };
        stale.Headers.IfMatch.ParseAdd($"\"{Guid.NewGuid():N}\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);

        var returned = await client.PostAsJsonAsync($"{entry}/return", new { comment = "住所の英語表記を追加してください。" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var state = await returned.ReadJsonAsync();
        Assert.Equal(("returned", "住所の英語表記を追加してください。"), (state.GetProperty("status").GetString(), state.GetProperty("returnComment").GetString()));
        Assert.NotNull(returned.Headers.ETag);
        Assert.Contains("住所の英語表記を追加してください。", Assert.Single(await factory.MailsToAsync(admin.Email)).BodyText);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"{entry}/return", new { comment = "もう一度" })).StatusCode);

        var approved = await client.PostAsync($"/api/v1/directory/{year}/entries/041009/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await approved.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/directory/{year}/entries/041009/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/directory/{year}/entries/130001/approve", null)).StatusCode);

        var own = await factory.BearerClient(admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsync($"/api/v1/directory/{year}/entries/230006/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsJsonAsync($"{entry}/return", new { comment = "x" })).StatusCode);
        Assert.Equal(EntryStatus.Returned, (await DirectoryData.EntryAsync(factory, year, "230006")).Status);
    }
}
