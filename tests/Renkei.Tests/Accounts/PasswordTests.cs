using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Accounts;

public class PasswordTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string NewPassword = "Brand-new-password-7";

    async Task<HttpResponseMessage> AskForReset(HttpClient client, string email)
    {
        var page = await client.GetPage("/account/forgot-password");
        return await client.SubmitForm(page, "form#forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
    }

    async Task<HttpResponseMessage> Reset(string link, string password = NewPassword)
    {
        var client = factory.NewClient();
        var page = await client.GetPage(link);
        return await client.SubmitForm(page, "form#reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password,
        });
    }

    [Fact]
    public async Task A_reset_link_by_e_mail_sets_a_new_password_once()
    {
        var user = await factory.AssociationStaff();
        var asked = await AskForReset(factory.NewClient(), user.Email);
        Assert.Equal("/account/forgot-password?sent=true", asked.Location());
        var mail = Assert.Single(await factory.MailTo(user.Email));
        var link = AccountsTesting.LinkIn(mail);
        Assert.StartsWith("/account/reset-password?user=", link);

        var weak = await Reset(link, "short");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("10文字以上", (await weak.Html()).Text("[data-valmsg-for='Input.NewPassword']"));

        var done = await Reset(link);
        Assert.Equal("/account/login", done.Location());
        Assert.Equal(HttpStatusCode.OK, (await factory.NewClient().SignInWithForm(user.Email, user.Password)).StatusCode);
        Assert.Equal("/", (await factory.NewClient().SignInWithForm(user.Email, NewPassword)).Location());

        var reused = await factory.NewClient().GetPage(link);
        Assert.NotNull(reused.QuerySelector("#link-invalid"));
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var unknown = AccountsTesting.Unique("ghost");
        var client = factory.NewClient();
        var before = await factory.WithDb(db => db.Outbox.CountAsync());
        var response = await AskForReset(client, unknown);
        Assert.Equal("/account/forgot-password?sent=true", response.Location());
        Assert.Equal(before, await factory.WithDb(db => db.Outbox.CountAsync()));
        var known = await AskForReset(client, (await factory.AssociationStaff()).Email);
        Assert.Equal(response.Location(), known.Location());
        Assert.NotNull((await client.GetPage(response.Location())).QuerySelector("#sent"));
    }

    [Fact]
    public async Task A_reset_link_for_someone_else_or_a_forged_code_does_not_work()
    {
        var victim = await factory.AssociationStaff();
        var attacker = await factory.AssociationStaff();
        await AskForReset(factory.NewClient(), attacker.Email);
        var link = AccountsTesting.LinkIn(Assert.Single(await factory.MailTo(attacker.Email)));
        var code = link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        var page = await factory.NewClient().GetPage($"/account/reset-password?user={victim.Id}&code={code}");
        Assert.NotNull(page.QuerySelector("#link-invalid"));
        Assert.Null(page.QuerySelector("form#reset-password"));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var user = await factory.AssociationStaff();
        var client = await factory.SignedInClient(user);
        var page = await client.GetPage("/account/password");
        var wrong = await client.SubmitForm(page, "form#change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Not-the-password-1", ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("現在のパスワード", (await wrong.Html()).Text("[data-valmsg-for='Input.CurrentPassword']"));
        var mismatch = await client.SubmitForm(page, "form#change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = user.Password, ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword + "x",
        });
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);

        var right = await client.SubmitForm(page, "form#change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = user.Password, ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal("/account", right.Location());
        // This session goes on; the new password works.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        Assert.Equal("/", (await factory.NewClient().SignInWithForm(user.Email, NewPassword)).Location());
    }

    [Fact]
    public async Task The_profile_keeps_display_name_and_language_and_refuses_a_stale_form()
    {
        var user = await factory.AssociationStaff();
        var client = await factory.SignedInClient(user);
        var page = await client.GetPage("/account");
        var saved = await client.SubmitForm(page, "form#profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "  鈴木　一郎 ", ["Input.PreferredCulture"] = "en",
        });
        Assert.Equal("/account", saved.Location());
        var stored = await factory.FindUser(user.Email);
        Assert.Equal("鈴木 一郎", stored.DisplayName);
        Assert.Equal("en", stored.PreferredCulture);

        // The same (now stale) form again: a conflict, nothing changed.
        var stale = await client.SubmitForm(page, "form#profile", new Dictionary<string, string> { ["Input.DisplayName"] = "Overwritten" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal("鈴木 一郎", (await factory.FindUser(user.Email)).DisplayName);
    }
}
