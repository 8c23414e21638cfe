using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.Registry;

namespace Renkei.Tests.Associations.Api;

public class AssociationsApiWriteTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static object EditBody(string name, string? effectiveFrom = "2024-04-01") => new
    {
        name, nameKana = "へんこうご", nameEn = "Renamed", legalForm = "公益財団法人", website = "https://renamed.example.jp/", block = "kinki",
        certifiedOn = "2023-04-01", effectiveFrom,
    };

    static HttpRequestMessage Put(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    async Task<string> ETagOf(string code) => (await factory.NewClient().GetAsync($"/api/v1/associations/{code}")).Headers.ETag!.Tag;

    [Fact]
    public async Task Editing_is_for_the_secretariat_only()
    {
        var a = await factory.NewAssociationAsync();
        var etag = await ETagOf(a.Code);
        var url = $"/api/v1/associations/{a.Code}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().SendAsync(Put(url, EditBody("x"), etag))).StatusCode);
        foreach (var user in new[] { await factory.AssociationAdmin(), await factory.AssociationStaff(), await factory.AssociationAdmin("270008") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.BearerClient(user)).SendAsync(Put(url, EditBody("x"), etag))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInClient(user)).SendAsync(Put(url, EditBody("x"), etag))).StatusCode);
        }
        var unchanged = await factory.LoadAssociationAsync(a.Code);
        Assert.Single(unchanged.Versions);
        Assert.Equal(a.ConcurrencyStamp, unchanged.ConcurrencyStamp);
    }

    [Fact]
    public async Task A_rename_returns_the_new_representation_and_etag_and_keeps_history()
    {
        var a = await factory.NewAssociationAsync();
        var client = await factory.BearerClient(await factory.Secretariat());

        var response = await client.SendAsync(Put($"/api/v1/associations/{a.Code}", EditBody("改称した協会"), await ETagOf(a.Code)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("改称した協会", body.GetProperty("name").GetString());
        Assert.Equal("ヘンコウゴ", body.GetProperty("nameKana").GetString());
        var saved = await factory.LoadAssociationAsync(a.Code);
        Assert.Equal($"\"{saved.ConcurrencyStamp:N}\"", response.Headers.ETag!.Tag);
        Assert.Equal(2, saved.Versions.Count);
        Assert.Contains(saved.Versions, v => v.Name == a.Current.Name && v.ValidTo == new DateOnly(2024, 4, 1));
    }

    [Fact]
    public async Task If_match_is_required_and_a_stale_one_is_refused()
    {
        var a = await factory.NewAssociationAsync();
        var client = await factory.BearerClient(await factory.Secretariat());
        var url = $"/api/v1/associations/{a.Code}";
        var etag = await ETagOf(a.Code);

        Assert.Equal((HttpStatusCode)428, (await client.SendAsync(Put(url, EditBody("一"), null))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Put(url, EditBody("二"), etag))).StatusCode);
        var stale = await client.SendAsync(Put(url, EditBody("三"), etag));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Equal("二", (await factory.LoadAssociationAsync(a.Code)).Current.Name);
    }

    public static TheoryData<string, string> WrongBodies() => new()
    {
        { """{"name": 5, "legalForm": "公益財団法人", "block": "kinki"}""", "name" },
        { """{"name": "x", "legalForm": "公益財団法人", "block": ["kinki"]}""", "block" },
        { """{"name": "x", "legalForm": "公益財団法人", "block": "kinki", "certifiedOn": 20240401}""", "certifiedOn" },
        { """{"name": "", "legalForm": "公益財団法人", "block": "kinki"}""", "name" },
        { """{"legalForm": "公益財団法人", "block": "kinki"}""", "name" },
        { $$"""{"name": "{{new string('x', 101)}}", "legalForm": "公益財団法人", "block": "kinki"}""", "name" },
        { """{"name": "x", "legalForm": "公益財団法人", "block": "kinki", "website": "www.example.jp"}""", "website" },
        { """{"name": "x", "legalForm": "公益財団法人", "block": "kinki", "nameKana": "Kana"}""", "nameKana" },
        { """{"name": "x", "legalForm": "公益財団法人", "block": "nowhere"}""", "block" },
        { """{"name": "x", "legalForm": "公益財団法人", "block": "kinki", "effectiveFrom": "2000-01-01"}""", "effectiveFrom" },
        { """{"name": "x", "legalForm": "公益財団法人", "block": "kinki", "effectiveFrom": "soon"}""", "effectiveFrom" },
        { """["name"]""", "body" },
        { """{"name": """, "body" },
    };

    [Theory]
    [MemberData(nameof(WrongBodies))]
    public async Task Bad_bodies_are_validation_problems_and_change_nothing(string json, string field)
    {
        var a = await factory.NewAssociationAsync();
        var client = await factory.BearerClient(await factory.Secretariat());
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/associations/{a.Code}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", await ETagOf(a.Code));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("入力内容に誤りがあります。", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEmpty(messages[0].GetString()!);
        var now = await factory.LoadAssociationAsync(a.Code);
        Assert.Single(now.Versions);
        Assert.Equal(a.ConcurrencyStamp, now.ConcurrencyStamp);
    }

    [Theory]
    [InlineData("?culture=en", null)]
    [InlineData("", "en-US,en;q=0.9,ja;q=0.5")]
    public async Task English_messages_on_request(string query, string? acceptLanguage)
    {
        var a = await factory.NewAssociationAsync();
        var client = await factory.BearerClient(await factory.Secretariat());
        var request = Put($"/api/v1/associations/{a.Code}{query}", new { name = "", legalForm = "x", block = "kinki" }, await ETagOf(a.Code));
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var problem = await (await client.SendAsync(request)).ReadJsonAsync();
        Assert.Equal("One or more fields are invalid.", problem.GetProperty("title").GetString());
        Assert.Equal("Please enter Name.", problem.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task Writes_must_be_json()
    {
        var a = await factory.NewAssociationAsync();
        var client = await factory.BearerClient(await factory.Secretariat());
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/associations/{a.Code}") { Content = new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.SendAsync(request)).StatusCode);
        Assert.Single((await factory.LoadAssociationAsync(a.Code)).Versions);
    }

    [Fact]
    public async Task Unknown_codes_are_404_for_writes_too()
    {
        var client = await factory.BearerClient(await factory.Secretariat());
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Put("/api/v1/associations/290009", EditBody("x"), "*"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/associations/abc/withdrawal", new { withdrawnOn = "2025-03-31" })).StatusCode);
    }

    [Fact]
    public async Task Certifying_withdrawing_and_reinstating_through_the_api()
    {
        var code = RegistryTestData.NewCityCode();
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var body = new
        {
            code = $"{(char)('０' + (code[0] - '0'))}{code[1..]}", kind = "designated-city", prefecture = "奈良県", prefectureEn = "Nara", city = "新市", cityEn = "Shin City",
            name = RegistryTestData.Unique("新協会"), legalForm = "一般財団法人", block = "kinki", certifiedOn = "2025-04-01",
        };
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().PostAsJsonAsync("/api/v1/associations", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.BearerClient(await factory.AssociationAdmin())).PostAsJsonAsync("/api/v1/associations", body)).StatusCode);

        var created = await secretariat.PostAsJsonAsync("/api/v1/associations", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/associations/{code}", created.Headers.Location!.OriginalString);
        Assert.Equal("29", (await created.ReadJsonAsync()).GetProperty("prefectureCode").GetString());

        var duplicate = await secretariat.PostAsJsonAsync("/api/v1/associations", body);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True((await duplicate.ReadJsonAsync()).GetProperty("errors").TryGetProperty("code", out _));

        var url = $"/api/v1/associations/{code}/withdrawal";
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.BearerClient(await factory.AssociationStaff())).PostAsJsonAsync(url, new { withdrawnOn = "2026-03-31" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.PostAsJsonAsync(url, new { withdrawnOn = "2020-01-01" })).StatusCode);
        var withdrawn = await secretariat.PostAsJsonAsync(url, new { withdrawnOn = "2026-03-31" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("2026-03-31", (await withdrawn.ReadJsonAsync()).GetProperty("withdrawnOn").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().DeleteAsync(url)).StatusCode);

        var reinstated = await secretariat.DeleteAsync(url);
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        Assert.Null((await factory.LoadAssociationAsync(code)).WithdrawnOn);
        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.DeleteAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_bad_certification_adds_nothing()
    {
        var code = RegistryTestData.NewCityCode();
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var response = await secretariat.PostAsJsonAsync("/api/v1/associations", new { code = code[..5] + ((code[5] - '0' + 1) % 10), kind = "designated-city", prefecture = "奈良県", prefectureEn = "Nara", name = "x", legalForm = "x", block = "kinki" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("city", out _));
        var firstFive = code[..5];
        Assert.False(await factory.WithDb(db => db.Associations.AnyAsync(a => a.Code.StartsWith(firstFive))));
    }
}
