using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Associations;

/// <summary>
/// Which public page responses come from the output cache (an Age header says so): anonymous reads of
/// known addresses do; signed-in readers, unknown query keys or filter values and pending flash messages do not.
/// </summary>
public class PublicPageCacheTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static async Task<HttpResponseMessage> SecondGet(HttpClient client, string url)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        return await client.GetAsync(url);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/associations")]
    [InlineData("/associations?block=kinki")]
    [InlineData("/associations/map")]
    [InlineData("/associations/230006")]
    public async Task Anonymous_reads_are_served_from_the_cache_without_cookies(string url)
    {
        var response = await SecondGet(factory.NewClient(), url);

        Assert.True(response.Headers.Age.HasValue, $"{url} was not served from the cache");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/associations?block=nowhere")]
    [InlineData("/associations?utm_source=x")]
    [InlineData("/associations/map?page=2")]
    public async Task Unknown_query_keys_and_filter_values_bypass_the_cache(string url)
    {
        var response = await SecondGet(factory.NewClient(), url);

        Assert.False(response.Headers.Age.HasValue);
    }

    [Fact]
    public async Task Signed_in_readers_bypass_the_cache()
    {
        await SecondGet(factory.NewClient(), "/associations");
        var client = await factory.SignedInClient(await factory.AssociationStaff());

        var response = await SecondGet(client, "/associations");

        Assert.False(response.Headers.Age.HasValue);
    }

    [Fact]
    public async Task A_pending_flash_message_bypasses_the_cache()
    {
        await SecondGet(factory.NewClient(), "/associations");
        var request = new HttpRequestMessage(HttpMethod.Get, "/associations");
        request.Headers.Add("Cookie", ".AspNetCore.Mvc.CookieTempDataProvider=x");

        var response = await factory.NewClient().SendAsync(request);

        Assert.False(response.Headers.Age.HasValue);
    }
}
