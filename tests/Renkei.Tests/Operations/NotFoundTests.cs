using System.Net;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Operations;

/// <summary>An unknown address is a 404 for everyone, not a trip to the sign-in page.</summary>
public class NotFoundTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Unknown_page_is_the_404_page_for_anonymous_readers_in_their_language()
    {
        var page = await factory.NewClient().GetPage("/no-such-page?culture=en", HttpStatusCode.NotFound);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Unknown_api_address_is_a_404_problem_for_anonymous_callers()
    {
        var response = await factory.NewClient().GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Token_sign_in_is_open_to_anonymous_callers()
    {
        var staff = await factory.AssociationStaff();

        var client = await factory.BearerClient(staff);

        Assert.NotNull(client.DefaultRequestHeaders.Authorization);
    }
}
