using System.Net;
using System.Net.Http.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Accounts;

/// <summary>An installation that turned Security:RequireTwoFactorForSecretariat off.</summary>
public class TwoFactorOptionalFactory : RenkeiFactory
{
    public TwoFactorOptionalFactory() => Settings["Security:RequireTwoFactorForSecretariat"] = "false";
}

public class TwoFactorOptionalTests(TwoFactorOptionalFactory factory) : IClassFixture<TwoFactorOptionalFactory>
{
    [Fact]
    public async Task Without_the_requirement_the_secretariat_may_work_and_get_tokens_without_two_factor()
    {
        var user = await factory.UserWithoutTwoFactor(Roles.SecretariatAdmin);
        var client = factory.NewClient();
        Assert.Equal("/users", (await client.SignInWithForm(user.Email, user.Password, "/users")).Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/users")).StatusCode);
        var token = await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var page = await client.GetPage("/account/two-factor");
        Assert.Null(page.QuerySelector("#two-factor-required"));
    }
}
