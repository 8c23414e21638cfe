using System.Net;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Operations;

public class HealthTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await factory.NewClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
