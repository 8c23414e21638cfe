using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Audit;

/// <summary>GET /api/v1/audit: the same log and filters for programs.</summary>
public class AuditApiTests(RenkeiFactory app) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Returns_the_entries_with_their_changes_and_the_total()
    {
        var actor = AuditData.NewActor();
        var (before, after) = await app.EditCityAsync(actor);
        var client = await app.BearerClient(await app.Secretariat());

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actor={actor}");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(actor, item.GetProperty("actor").GetString());
        Assert.Equal("Modified", item.GetProperty("action").GetString());
        Assert.Equal("Association", item.GetProperty("entityType").GetString());
        Assert.Equal("011002", item.GetProperty("entityKey").GetString());
        Assert.EndsWith("Z", item.GetProperty("at").GetString());
        var change = Assert.Single(item.GetProperty("changes").EnumerateArray());
        Assert.Equal("CityEn", change.GetProperty("property").GetString());
        Assert.Equal(before, change.GetProperty("before").GetString());
        Assert.Equal(after, change.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Pages_up_to_200_entries()
    {
        var actor = AuditData.NewActor();
        var start = new DateTime(2023, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        await app.AddEntriesAsync(actor, Enumerable.Range(0, 210).Select(i => start.AddSeconds(i)).ToArray());
        var client = await app.BearerClient(await app.Secretariat());

        var standard = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actor={actor}");
        var large = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actor={actor}&pageSize=200&page=2");

        Assert.Equal(210, standard.GetProperty("total").GetInt32());
        Assert.Equal(50, standard.GetProperty("items").GetArrayLength());
        Assert.Equal(10, large.GetProperty("items").GetArrayLength());
        Assert.Equal(2, large.GetProperty("page").GetInt32());
        Assert.Equal(200, large.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("from=2024-02-30", "from")]
    [InlineData("from=2024-05-01&to=2024-04-01", "to")]
    [InlineData("association=ABCDEF", "association")]
    public async Task Bad_filters_are_a_validation_problem(string query, string field)
    {
        var client = await app.BearerClient(await app.Secretariat());

        var response = await client.GetAsync($"/api/v1/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        var response = await app.NewClient().GetAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.AssociationAdmin, "230006")]
    [InlineData(Roles.AssociationStaff, "230006")]
    [InlineData(Roles.AssociationAdmin, "041009")]
    public async Task Association_users_get_403(string role, string association)
    {
        var client = await app.BearerClient(await app.CreateAsync(role, association));

        var response = await client.GetAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
