using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Tests.Accounts;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// Demo preparedness is sample data and says so, on its pages, on the block's list and in the API; what a member
/// registers itself is not. Saving over a sample row keeps the flag, as a directory edition keeps its own. A demo
/// database of its own: every member starts with a sample row.
/// </summary>
public class PreparednessSampleTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    const string Gifu = DisasterData.Gifu;        // Chubu
    const string Nagoya = DisasterData.Nagoya;    // Chubu
    const string Sendai = DisasterData.Sendai;    // Hokkaido-Tohoku

    static async Task<JsonElement> ApiAsync(HttpClient api, string code) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/v1/preparedness/{code}");

    [Fact]
    public async Task A_demo_row_is_sample_and_its_page_the_block_list_and_the_api_say_so()
    {
        var admin = await factory.AssociationAdmin(Gifu);
        var client = await factory.SignedInClient(admin);

        Assert.True((await PreparednessTesting.StoredAsync(factory, Gifu))!.IsSample);
        Assert.NotNull((await client.GetPage("/preparedness")).QuerySelector(".sample-data"));
        Assert.NotNull((await client.GetPage($"/preparedness/{Nagoya}")).QuerySelector(".sample-data"));
        Assert.NotNull((await client.GetPage($"/preparedness/{Gifu}/edit")).QuerySelector(".sample-data"));
        Assert.NotNull((await client.GetPage("/preparedness/block")).QuerySelector(".sample-data"));
        Assert.NotNull((await client.GetPage("/preparedness?culture=en")).QuerySelector(".sample-data"));

        var api = await factory.BearerClient(admin);
        Assert.True((await ApiAsync(api, Gifu)).GetProperty("isSample").GetBoolean());
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/preparedness");
        Assert.All(list.EnumerateArray(), e => Assert.True(e.GetProperty("isSample").GetBoolean()));
    }

    [Fact]
    public async Task A_row_a_member_registers_is_not_sample_and_its_page_shows_no_notice()
    {
        await PreparednessTesting.ClearAsync(factory, Sendai);
        var admin = await factory.AssociationAdmin(Sendai);
        var client = await factory.SignedInClient(admin);

        var response = await client.PostForm($"/preparedness/{Sendai}/edit", "form#preparedness-form", PreparednessTesting.FormValues());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await PreparednessTesting.StoredAsync(factory, Sendai))!.IsSample);
        Assert.Null((await client.GetPage("/preparedness")).QuerySelector(".sample-data"));
        Assert.False((await ApiAsync(await factory.BearerClient(admin), Sendai)).GetProperty("isSample").GetBoolean());
    }

    [Fact]
    public async Task Saving_over_a_sample_row_keeps_it_sample()
    {
        var client = await factory.SignedInClient(await factory.AssociationAdmin(Nagoya));

        var response = await client.PostForm($"/preparedness/{Nagoya}/edit", "form#preparedness-form", PreparednessTesting.FormValues());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await PreparednessTesting.StoredAsync(factory, Nagoya);
        Assert.Equal("090-2222-3333", stored!.Phone24h);
        Assert.True(stored.IsSample);
        Assert.NotNull((await client.GetPage("/preparedness")).QuerySelector(".sample-data"));
    }
}
