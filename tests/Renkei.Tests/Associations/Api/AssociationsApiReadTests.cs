using System.Net;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.Registry;

namespace Renkei.Tests.Associations.Api;

public class AssociationsApiReadTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly string[] Fields = ["code", "kind", "prefectureCode", "prefecture", "city", "name", "nameKana", "nameEn", "legalForm", "website", "block", "certifiedOn", "withdrawnOn"];

    [Fact]
    public async Task The_list_is_anonymous_in_block_then_code_order_with_the_agreed_fields()
    {
        var response = await factory.NewClient().GetAsync("/api/v1/associations");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = (await response.ReadJsonAsync()).EnumerateArray().ToList();

        foreach (var field in Fields) Assert.True(list[0].TryGetProperty(field, out _), $"missing {field}");
        var tokyo = list.Single(a => a.GetProperty("code").GetString() == "130001");
        Assert.Equal("prefecture", tokyo.GetProperty("kind").GetString());
        Assert.Equal("13", tokyo.GetProperty("prefectureCode").GetString());
        Assert.Equal("東京都", tokyo.GetProperty("prefecture").GetString());
        Assert.Equal(JsonValueKind.Null, tokyo.GetProperty("city").ValueKind);
        Assert.Equal("kanto", tokyo.GetProperty("block").GetString());
        Assert.Equal("designated-city", list.Single(a => a.GetProperty("code").GetString() == "011002").GetProperty("kind").GetString());

        string[] blockOrder = ["hokkaido-tohoku", "kanto", "chubu", "kinki", "chugoku-shikoku", "kyushu"];
        var keys = list.Select(a => (Array.IndexOf(blockOrder, a.GetProperty("block").GetString()), a.GetProperty("code").GetString()!)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Item1).ThenBy(k => k.Item2, StringComparer.Ordinal), keys);
        Assert.Equal("010006", list[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_list_filters_by_block_and_shows_withdrawn_only_when_asked()
    {
        var withdrawn = await factory.NewAssociationAsync("kinki");
        await factory.WithDb(async db => { (await db.Associations.FindAsync(withdrawn.Code))!.WithdrawnOn = new DateOnly(2024, 3, 31); await db.SaveChangesAsync(); });
        var client = factory.NewClient();

        var kinki = (await (await client.GetAsync("/api/v1/associations?block=kinki")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.All(kinki, a => Assert.Equal("kinki", a.GetProperty("block").GetString()));
        Assert.Contains(kinki, a => a.GetProperty("code").GetString() == "270008");
        Assert.DoesNotContain(kinki, a => a.GetProperty("code").GetString() == withdrawn.Code);

        var all = (await (await client.GetAsync("/api/v1/associations?block=KINKI&includeWithdrawn=true")).ReadJsonAsync()).EnumerateArray().ToList();
        var row = all.Single(a => a.GetProperty("code").GetString() == withdrawn.Code);
        Assert.Equal("2024-03-31", row.GetProperty("withdrawnOn").GetString());
    }

    [Theory]
    [InlineData("/api/v1/associations?block=nowhere", "block")]
    [InlineData("/api/v1/associations?includeWithdrawn=maybe", "includeWithdrawn")]
    public async Task Bad_filters_are_validation_problems(string url, string field)
    {
        var response = await factory.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("130001")]
    [InlineData("%EF%BC%91%EF%BC%93%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91")] // １３０００１
    public async Task One_association_has_an_etag(string code)
    {
        var response = await factory.NewClient().GetAsync($"/api/v1/associations/{code}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokyo = await factory.LoadAssociationAsync("130001");
        Assert.Equal($"\"{tokyo.ConcurrencyStamp:N}\"", response.Headers.ETag!.Tag);
        var body = await response.ReadJsonAsync();
        Assert.Equal("130001", body.GetProperty("code").GetString());
        Assert.Equal(tokyo.Current.Name, body.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/api/v1/associations/290009")]
    [InlineData("/api/v1/associations/abc")]
    [InlineData("/api/v1/associations/130002")]
    [InlineData("/api/v1/associations/290009/history")]
    public async Task Unknown_codes_are_404_problems(string url)
    {
        var response = await factory.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, (await response.ReadJsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_history_lists_every_version()
    {
        var a = await factory.NewAssociationAsync();
        await factory.WithDb(async db =>
        {
            var tracked = await db.Associations.FindAsync(a.Code);
            tracked!.Revise(tracked.Current.Details with { Name = "改称後の協会" }, new DateOnly(2024, 4, 1));
            await db.SaveChangesAsync();
        });
        var history = await (await factory.NewClient().GetAsync($"/api/v1/associations/{a.Code}/history")).ReadJsonAsync();
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal(a.Current.Name, versions[0].GetProperty("name").GetString());
        Assert.Equal("2024-04-01", versions[0].GetProperty("validTo").GetString());
        Assert.Equal("改称後の協会", versions[1].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, versions[1].GetProperty("validTo").ValueKind);
    }
}
