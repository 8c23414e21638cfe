using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Accounts;

public class TwoFactorTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task A_secretariat_user_without_two_factor_can_only_reach_the_set_up_page()
    {
        var user = await factory.UserWithoutTwoFactor(Roles.SecretariatAdmin);
        var client = factory.NewClient();
        var signIn = await client.SignInWithForm(user.Email, user.Password, "/users");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/two-factor", signIn.Location());
        foreach (var path in new[] { "/users", "/account", "/", "/users/invite" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/two-factor", response.Location());
        }
        var api = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var setup = await client.GetPage("/account/two-factor");
        Assert.NotNull(setup.QuerySelector("#two-factor-required"));
        // Signing out stays possible.
        var logout = await client.SubmitForm(await client.GetPage("/account/logout"), "form#logout");
        Assert.Equal("/", logout.Location());
    }

    [Fact]
    public async Task Setting_up_with_a_code_from_the_shown_key_enables_two_factor_and_shows_ten_recovery_codes()
    {
        var user = await factory.UserWithoutTwoFactor(Roles.SecretariatAdmin);
        var client = factory.NewClient();
        await client.SignInWithForm(user.Email, user.Password);
        var setup = await client.GetPage("/account/two-factor");
        var key = setup.Text("#authenticator-key").Replace(" ", "").ToUpperInvariant();
        Assert.NotNull(setup.QuerySelector(".qr [role=img] svg"));
        Assert.False(string.IsNullOrEmpty(setup.QuerySelector(".qr [role=img]")!.GetAttribute("aria-label")));

        var wrong = await client.SubmitForm(setup, "form#enable-two-factor", new Dictionary<string, string> { ["Input.Code"] = "12345" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.False((await factory.FindUser(user.Email)).TwoFactorEnabled);

        // Full-width digits, as a Japanese keyboard may type them, are accepted.
        var code = string.Concat(AccountsTesting.TotpFor(key).Select(c => (char)(c + 0xFEE0)));
        var enabled = await client.SubmitForm(setup, "form#enable-two-factor", new Dictionary<string, string> { ["Input.Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal("/account/two-factor/recovery-codes", enabled.Location());
        var codes = await client.GetPage("/account/two-factor/recovery-codes");
        Assert.Equal(10, codes.QuerySelectorAll("#recovery-codes li").Length);
        // Shown once only.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/two-factor/recovery-codes")).StatusCode);

        Assert.True((await factory.FindUser(user.Email)).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Token_sign_in_is_refused_with_a_problem_until_two_factor_is_set_up()
    {
        var user = await factory.UserWithoutTwoFactor(Roles.SecretariatAdmin);
        var response = await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("/account/two-factor", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Association_users_need_no_two_factor_but_may_turn_it_on_and_off()
    {
        var user = await factory.UserWithoutTwoFactor(Roles.AssociationStaff, "230006");
        var client = factory.NewClient();
        var signIn = await client.SignInWithForm(user.Email, user.Password);
        Assert.Equal("/", signIn.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        var setup = await client.GetPage("/account/two-factor");
        var key = setup.Text("#authenticator-key").Replace(" ", "").ToUpperInvariant();
        await client.SubmitForm(setup, "form#enable-two-factor", new Dictionary<string, string> { ["Input.Code"] = AccountsTesting.TotpFor(key) });
        Assert.True((await factory.FindUser(user.Email)).TwoFactorEnabled);

        var enabled = await client.GetPage("/account/two-factor");
        var disabled = await client.SubmitForm(enabled, "form#disable-two-factor");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.False((await factory.FindUser(user.Email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task The_secretariat_cannot_turn_two_factor_off_while_it_is_required()
    {
        var user = await factory.Secretariat();
        var client = await factory.SignedInClient(user);
        var page = await client.GetPage("/account/two-factor");
        Assert.Null(page.QuerySelector("form#disable-two-factor"));
        // A forged post is refused too.
        var token = await client.AntiforgeryToken();
        var response = await client.PostAsync("/account/two-factor?handler=Disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await factory.FindUser(user.Email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var user = await factory.Secretariat();
        var old = await factory.RecoveryCodes(user);
        var client = await factory.SignedInClient(user);
        var response = await client.SubmitForm(await client.GetPage("/account/two-factor"), "form#new-recovery-codes");
        Assert.Equal("/account/two-factor/recovery-codes", response.Location());
        var fresh = (await client.GetPage("/account/two-factor/recovery-codes")).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(old));
    }

    [Fact]
    public async Task Setting_the_app_up_again_turns_two_factor_off_until_a_new_code_is_verified()
    {
        var user = await factory.Secretariat();
        var client = await factory.SignedInClient(user);
        var response = await client.SubmitForm(await client.GetPage("/account/two-factor"), "form#reset-authenticator");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await factory.FindUser(user.Email)).TwoFactorEnabled);
        // The session goes on, confined to the set-up page, which shows a new key.
        var setup = await client.GetPage("/account/two-factor");
        Assert.NotEqual(user.AuthenticatorKey!.ToLowerInvariant(), setup.Text("#authenticator-key").Replace(" ", ""));
        Assert.Equal("/account/two-factor", (await client.GetAsync("/users")).Location());
    }
}
