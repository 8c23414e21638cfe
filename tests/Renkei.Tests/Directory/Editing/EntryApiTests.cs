using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using static Renkei.Tests.DirectoryFeature.EditingTesting;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>API v1 for one entry: GET with an ETag, PUT with If-Match (428, 412), validation (400), state (409), scope (404), submit.</summary>
public class EntryApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static string Url(int year, string code = "230006") => $"/api/v1/directory/{year}/entries/{code}";

    static HttpRequestMessage Put(int year, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Url(year)) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    static async Task<JsonObject> Body(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    [Fact]
    public async Task Get_then_put_with_the_etag_saves_and_answers_with_the_new_one()
    {
        var year = await EditionWithEntryAsync(factory);
        var client = await factory.BearerClient(await factory.AssociationStaff("230006"));

        var get = await client.GetAsync(Url(year));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var entry = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal($"\"{entry.ConcurrencyStamp:N}\"", get.Headers.ETag!.Tag);
        var body = await Body(get);
        Assert.Equal((year, "230006", "collecting", "draft"), ((int)body["fiscalYear"]!, (string)body["code"]!, (string)body["editionStatus"]!, (string)body["status"]!));
        Assert.Null(body["version"]);
        Assert.Equal(entry.Content.Contacts[0].Email, (string)body["content"]!["contacts"]![0]!["email"]!);

        var content = body["content"]!.AsObject();
        content["phone"] = "０５２（９９９）１２３４";
        content["staff"]!["regular"] = 9;
        var put = await client.SendAsync(Put(year, content, get.Headers.ETag.Tag));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(("052-999-1234", 9), (saved.Content.Phone, saved.Content.Staff.Regular));
        Assert.Equal($"\"{saved.ConcurrencyStamp:N}\"", put.Headers.ETag!.Tag);
        Assert.Equal("052-999-1234", (string)(await Body(put))["content"]!["phone"]!);
    }

    [Fact]
    public async Task Put_needs_a_current_if_match()
    {
        var year = await EditionWithEntryAsync(factory);
        var client = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        var content = DirectoryData.SampleContent("230006");

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await client.SendAsync(Put(year, content, null))).StatusCode);
        var stale = await client.SendAsync(Put(year, content, $"\"{Guid.NewGuid():N}\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var before = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Put(year, new { content, changeNote = (string?)null }, "*"))).StatusCode);
        Assert.NotEqual(before.ConcurrencyStamp, (await DirectoryData.EntryAsync(factory, year, "230006")).ConcurrencyStamp);
    }

    [Fact]
    public async Task Bad_values_are_a_validation_problem_keyed_like_the_form()
    {
        var year = await EditionWithEntryAsync(factory);
        var client = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        var etag = (await client.GetAsync(Url(year))).Headers.ETag!.Tag;
        var content = DirectoryData.SampleContent("230006");
        content.Email = "not-an-address";
        content.Projects.Add(new Project { Name = "二つ目", Category = "no-such-category" });

        var invalid = await client.SendAsync(Put(year, content, etag));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await Body(invalid))["errors"]!.AsObject();
        Assert.Equal("メールアドレスの形式が正しくありません。", (string)errors["email"]![0]!);
        Assert.Equal("一覧から選んでください。", (string)errors["projects[2].category"]![0]!);

        var request = new HttpRequestMessage(HttpMethod.Put, Url(year))
        {
            Content = new StringContent("""{ "name": "x", "staff": { "regular": "many" }, "memberTypes": [ {}, { "count": true } ] }""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var wrongType = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.True((await Body(wrongType))["errors"]!.AsObject().ContainsKey("staff.regular"));

        var notJson = new HttpRequestMessage(HttpMethod.Put, Url(year)) { Content = new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded") };
        notJson.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.SendAsync(notJson)).StatusCode);
        Assert.Equal(etag, (await client.GetAsync(Url(year))).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task What_the_state_does_not_allow_is_a_conflict_problem_with_the_reason()
    {
        var approved = await EditionWithEntryAsync(factory, status: EntryStatus.Approved);
        var published = await EditionWithEntryAsync(factory, edition: EditionStatus.Published, status: EntryStatus.Approved);
        var client = await factory.BearerClient(await factory.AssociationAdmin("230006"));

        foreach (var year in new[] { approved, published })
        {
            var response = await client.SendAsync(Put(year, DirectoryData.SampleContent("230006"), "*"));
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("変更できません", (string)(await Body(response))["detail"]!);
        }
        var submitAgain = await client.PostAsync(Url(published) + "/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, submitAgain.StatusCode);
    }

    [Fact]
    public async Task Another_association_gets_404_and_anonymous_callers_401()
    {
        var year = await EditionWithEntryAsync(factory);
        var other = await factory.BearerClient(await factory.AssociationAdmin("041009"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url(year))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.SendAsync(Put(year, DirectoryData.SampleContent("230006"), "*"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(Url(year) + "/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url(year, "041009"))).StatusCode); // it has no entry in that edition

        var anonymous = factory.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Url(year))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(Put(year, new { }, "*"))).StatusCode);
        Assert.Equal("draft", (string)(await Body(await (await factory.BearerClient(await factory.Secretariat())).GetAsync(Url(year))))["status"]!);
    }

    [Fact]
    public async Task Submit_is_for_the_admin_and_names_what_is_missing()
    {
        var content = DirectoryData.SampleContent("230006");
        content.Address = null;
        var year = await EditionWithEntryAsync(factory, content: content);
        var staff = await factory.BearerClient(await factory.AssociationStaff("230006"));
        var admin = await factory.BearerClient(await factory.AssociationAdmin("230006"));

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync(Url(year) + "/submit", null)).StatusCode);
        var incomplete = await admin.PostAsync(Url(year) + "/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Equal("入力してください。", (string)(await Body(incomplete))["errors"]!["address"]![0]!);

        var etag = (await admin.GetAsync(Url(year))).Headers.ETag!.Tag;
        content.Address = "愛知県名古屋市中区三の丸1-1-1";
        var put = await admin.SendAsync(Put(year, content, etag));
        var staleSubmit = new HttpRequestMessage(HttpMethod.Post, Url(year) + "/submit");
        staleSubmit.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await admin.SendAsync(staleSubmit)).StatusCode);

        var submit = new HttpRequestMessage(HttpMethod.Post, Url(year) + "/submit");
        submit.Headers.TryAddWithoutValidation("If-Match", put.Headers.ETag!.Tag);
        var submitted = await admin.SendAsync(submit);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("submitted", (string)(await Body(submitted))["status"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync(Url(year) + "/submit", null)).StatusCode);
    }

    [Fact]
    public async Task A_published_entry_is_public_without_its_members_only_fields()
    {
        var year = await EditionWithEntryAsync(factory, edition: EditionStatus.Published, status: EntryStatus.Approved);

        var anonymous = await factory.NewClient().GetAsync(Url(year));
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        var body = await Body(anonymous);
        Assert.Equal(("published", 1), ((string)body["editionStatus"]!, (int)body["version"]!));
        Assert.Empty(body["content"]!["contacts"]!.AsArray());
        Assert.Null(body["returnComment"]);
        Assert.Equal(DirectoryData.SampleContent("230006").Name, (string)body["content"]!["name"]!);

        var member = await factory.BearerClient(await factory.AssociationStaff("041009"));
        var members = await Body(await member.GetAsync(Url(year)));
        Assert.Equal("佐藤 花子", (string)members["content"]!["contacts"]![0]!["name"]!);
    }

    [Fact]
    public async Task The_secretariat_corrects_a_published_entry_with_a_note_as_version_2()
    {
        var year = await EditionWithEntryAsync(factory, edition: EditionStatus.Published, status: EntryStatus.Approved);
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var content = DirectoryData.SampleContent("230006");
        content.Fax = "052-000-2222";

        var noNote = await secretariat.SendAsync(Put(year, content, "*"));
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.True((await Body(noNote))["errors"]!.AsObject().ContainsKey("changeNote"));

        var corrected = await secretariat.SendAsync(Put(year, new { content, changeNote = "FAX番号の訂正" }, "*"));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(2, (int)(await Body(corrected))["version"]!);
        var entry = await DirectoryData.EntryAsync(factory, year, "230006");
        var v2 = entry.Versions.Single(v => v.Number == 2);
        Assert.Equal(("FAX番号の訂正", "052-000-2222"), (v2.ChangeNote, v2.Content.Fax));
        var publicView = await Body(await factory.NewClient().GetAsync(Url(year)));
        Assert.Equal("052-000-2222", (string)publicView["content"]!["fax"]!);
    }

    [Fact]
    public async Task Messages_follow_accept_language()
    {
        var year = await EditionWithEntryAsync(factory);
        var client = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        var content = DirectoryData.SampleContent("230006");
        content.Email = "bad";
        var request = Put(year, content, "*");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var response = await client.SendAsync(request);

        Assert.Equal("This is not a valid e-mail address.", (string)(await Body(response))["errors"]!["email"]![0]!);
    }
}
