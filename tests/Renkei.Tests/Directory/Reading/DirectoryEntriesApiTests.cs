using System.Net;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.Registry;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>GET /api/v1/directory/{fiscalYear}/entries: the published entries, public fields to the public, all fields to members.</summary>
public class DirectoryEntriesApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static async Task<List<JsonElement>> ListAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJsonAsync()).EnumerateArray().ToList();
    }

    [Fact]
    public async Task Anyone_reads_the_entries_in_block_then_code_order_without_members_only_fields()
    {
        var year = await ReadingData.PublishedAsync(factory, "270008", "230006", "041009");
        var list = await ListAsync(factory.NewClient(), $"/api/v1/directory/{year}/entries");

        Assert.Equal(["041009", "230006", "270008"], list.Select(e => e.GetProperty("code").GetString()));
        var aichi = list[1];
        Assert.Equal(year, aichi.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("テスト国際交流協会230006", aichi.GetProperty("associationName").GetString());
        Assert.Equal("chubu", aichi.GetProperty("block").GetProperty("id").GetString());
        Assert.Equal("中部ブロック", aichi.GetProperty("block").GetProperty("name").GetString());
        Assert.Equal(1, aichi.GetProperty("version").GetInt32());
        Assert.EndsWith("Z", aichi.GetProperty("publishedAt").GetString());
        Assert.Equal(JsonValueKind.Null, aichi.GetProperty("correctedAt").ValueKind);
        var content = aichi.GetProperty("content");
        Assert.Equal("public-foundation", content.GetProperty("legalForm").GetString());
        Assert.Equal(180_000_000, content.GetProperty("annualBudgetYen").GetInt64());
        Assert.Equal(0, content.GetProperty("contacts").GetArrayLength());
        Assert.False(content.TryGetProperty("staffTotal", out _));
    }

    [Fact]
    public async Task Signed_in_callers_get_members_only_fields_by_cookie_or_bearer_token_and_no_shared_caching()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        var staff = await factory.AssociationStaff("041009");

        foreach (var client in new[] { await factory.SignedInClient(staff), await factory.BearerClient(staff) })
        {
            var response = await client.GetAsync($"/api/v1/directory/{year}/entries");
            var entry = (await response.ReadJsonAsync()).EnumerateArray().Single();
            Assert.Equal("sato230006@example.jp", entry.GetProperty("content").GetProperty("contacts")[0].GetProperty("email").GetString());
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task Corrections_show_as_the_latest_version()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        await ReadingData.CorrectAsync(factory, year, "230006", c => c.Phone = "052-000-2222", "訂正");

        var entry = (await ListAsync(factory.NewClient(), $"/api/v1/directory/{year}/entries")).Single();

        Assert.Equal(2, entry.GetProperty("version").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, entry.GetProperty("correctedAt").ValueKind);
        Assert.Equal("052-000-2222", entry.GetProperty("content").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Filters_work_like_the_page()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006", "041009", "270008");
        await ReadingData.ChangeAsync(factory, year, "270008", c => { c.LegalForm = "npo"; c.ConsultationLanguages = ["ne"]; c.Projects = []; });
        var client = factory.NewClient();

        async Task<List<string?>> Codes(string query) =>
            (await ListAsync(client, $"/api/v1/directory/{year}/entries?{query}")).Select(e => e.GetProperty("code").GetString()).ToList();

        Assert.Equal(["270008"], await Codes("block=kinki"));
        Assert.Equal(["270008"], await Codes("legalForm=" + Uri.EscapeDataString("特定非営利活動法人")));
        Assert.Equal(["270008"], await Codes("language=ne"));
        Assert.Equal(["041009", "230006"], await Codes("category=consultation"));
        Assert.Equal(["230006"], await Codes("q=" + Uri.EscapeDataString("らうんじ ２３０００６")));
        // Members-only text finds nothing for the public.
        Assert.Empty(await Codes("q=sato230006"));
    }

    [Fact]
    public async Task Unpublished_years_are_404_problems_and_bad_filters_400_problems_by_parameter()
    {
        var collecting = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, collecting, EditionStatus.Collecting, "230006");
        var year = await ReadingData.PublishedAsync(factory, "230006");
        var client = factory.NewClient();

        foreach (var url in new[] { $"/api/v1/directory/{collecting}/entries", "/api/v1/directory/1850/entries" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        var bad = await client.GetAsync($"/api/v1/directory/{year}/entries?block=atlantis&category=cooking");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("block", out _));
        Assert.True(errors.TryGetProperty("category", out _));
    }

    [Fact]
    public async Task English_callers_get_english_names()
    {
        var year = await ReadingData.PublishedAsync(factory, "230006");
        var client = factory.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var entry = (await ListAsync(client, $"/api/v1/directory/{year}/entries")).Single();

        Assert.Equal("Test International Association 230006", entry.GetProperty("associationName").GetString());
        Assert.Equal("Chubu", entry.GetProperty("block").GetProperty("name").GetString());
    }
}
