using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Accounts;

/// <summary>The app started in demo mode, which seeds the demo accounts.</summary>
public class DemoFactory : RenkeiFactory
{
    public DemoFactory() => Settings["Renkei:Demo"] = "true";
}

public class DemoLoginTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task The_sign_in_page_lists_the_demo_accounts_and_lets_one_sign_in_as_the_secretariat_with_its_code()
    {
        var client = factory.NewClient();
        var page = await client.GetPage("/account/login");
        Assert.Contains(DemoData.Secretariat.Email, page.Text(".demo-list"));
        Assert.Contains(DemoData.Secretariat.Password, page.Text(".demo-list"));
        Assert.Equal(AuthenticatorSetup.FormatKey(DemoData.SecretariatAuthenticatorKey), page.Text("#demo-key"));
        Assert.Matches("^[0-9]{6}$", page.Text("#demo-code"));

        var first = await client.SubmitForm(page, "form#login", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoData.Secretariat.Email, ["Input.Password"] = DemoData.Secretariat.Password,
        });
        Assert.StartsWith("/account/login/two-factor", first.Location());
        var second = await client.GetPage(first.Location());
        var code = second.Text("#demo-code");
        var done = await client.SubmitForm(second, "form#two-factor", new Dictionary<string, string> { ["Input.Code"] = code });
        Assert.Equal("/", done.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/users")).StatusCode);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await factory.FindUser(DemoData.Secretariat.Email);
        await DemoData.SeedAsync(factory.Services);
        var after = await factory.FindUser(DemoData.Secretariat.Email);
        Assert.Equal(before.SecurityStamp, after.SecurityStamp);
        Assert.True(after.TwoFactorEnabled);
    }
}
