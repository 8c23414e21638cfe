using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Accounts;

public class LoginTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string Generic = "メールアドレスまたはパスワードが正しくありません。";

    [Fact]
    public async Task Right_password_signs_in_and_follows_a_local_returnUrl()
    {
        var user = await factory.AssociationStaff();
        var client = factory.NewClient();
        var response = await client.SignInWithForm(user.Email, user.Password, returnUrl: "/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Location());
        var account = await client.GetPage("/account");
        Assert.Equal(user.Email, account.Text("#account-email"));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task A_returnUrl_elsewhere_is_ignored(string returnUrl)
    {
        var user = await factory.AssociationStaff();
        var response = await factory.NewClient().SignInWithForm(user.Email, user.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task Full_width_email_and_spaces_are_normalised()
    {
        var user = await factory.AssociationStaff();
        var fullWidth = "　" + string.Concat(user.Email.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)) + " ";
        var response = await factory.NewClient().SignInWithForm(fullWidth, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task Wrong_password_and_unknown_address_get_the_same_generic_message()
    {
        var user = await factory.AssociationStaff();
        var client = factory.NewClient();
        var wrong = await client.SignInWithForm(user.Email, "Wrong-password-1");
        var unknown = await client.SignInWithForm(AccountsTesting.Unique("nobody"), "Wrong-password-1");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(Generic, (await wrong.Html()).Text(".error-box"));
        Assert.Equal(Generic, (await unknown.Html()).Text(".error-box"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var user = await factory.AssociationStaff();
        var client = factory.NewClient();
        for (var i = 0; i < 5; i++) await client.SignInWithForm(user.Email, "Wrong-password-1");
        var response = await client.SignInWithForm(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ロックされています", (await response.Html()).Text(".error-box"));
        var stored = await factory.FindUser(user.Email);
        Assert.True(stored.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task A_locked_account_is_named_as_locked_in_English_too()
    {
        var user = await factory.AssociationStaff();
        var client = factory.NewClient();
        for (var i = 0; i < 5; i++) await client.SignInWithForm(user.Email, "Wrong-password-1");
        var page = await client.GetPage("/account/login?culture=en");
        var response = await client.SubmitForm(page, "form#login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        Assert.Contains("locked", (await response.Html()).Text(".error-box"));
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in()
    {
        var user = await factory.AssociationStaff();
        await factory.WithServices(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RenkeiUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.IsActive = false;
            return await users.UpdateAsync(stored);
        });
        var response = await factory.NewClient().SignInWithForm(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Generic, (await response.Html()).Text(".error-box"));
    }

    [Fact]
    public async Task Totp_sign_in_takes_the_code_from_the_authenticator()
    {
        var user = await factory.Secretariat();
        var client = factory.NewClient();
        var first = await client.SignInWithForm(user.Email, user.Password, "/users");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/account/login/two-factor", first.Location());
        // The password alone does not sign in.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/users")).StatusCode);
        var page = await client.GetPage(first.Location());
        var wrong = await client.SubmitForm(page, "form#two-factor", new Dictionary<string, string> { ["Input.Code"] = "000000" == user.TotpCode() ? "111111" : "000000" });
        Assert.Contains("認証コードが正しくありません", (await wrong.Html()).Text(".error-box"));
        var right = await client.SubmitForm(page, "form#two-factor", new Dictionary<string, string> { ["Input.Code"] = user.TotpCode() });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/users", right.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/users")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var user = await factory.Secretariat();
        var codes = await factory.RecoveryCodes(user);
        async Task<HttpResponseMessage> Attempt(HttpClient client)
        {
            await client.SignInWithForm(user.Email, user.Password);
            var page = await client.GetPage("/account/login/recovery");
            return await client.SubmitForm(page, "form#recovery", new Dictionary<string, string> { ["Input.Code"] = " " + codes[0].ToLowerInvariant() });
        }
        var first = await Attempt(factory.NewClient());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Location());
        var again = await Attempt(factory.NewClient());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("回復コードが正しくない", (await again.Html()).Text(".error-box"));
    }

    [Fact]
    public async Task The_second_step_without_a_password_first_goes_back_to_sign_in()
    {
        var client = factory.NewClient();
        var response = await client.GetAsync("/account/login/two-factor");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Location());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var user = await factory.AssociationStaff();
        var client = factory.NewClient();
        await client.SignInWithForm(user.Email, user.Password);
        var page = await client.GetPage("/account/logout");
        var response = await client.SubmitForm(page, "form#logout");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_demo_accounts_are_not_listed_outside_demo_mode()
    {
        var page = await factory.NewClient().GetPage("/account/login");
        Assert.Null(page.QuerySelector(".demo-accounts"));
        Assert.DoesNotContain(DemoData.Secretariat.Password, page.Source.Text);
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/account/password")]
    [InlineData("/account/two-factor")]
    [InlineData("/users")]
    [InlineData("/users/invite")]
    public async Task Anonymous_people_are_sent_to_sign_in(string path)
    {
        var response = await factory.NewClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location!.PathAndQuery);
    }
}
