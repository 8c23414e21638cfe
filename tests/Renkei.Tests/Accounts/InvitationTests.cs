using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Accounts;

public class InvitationTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string NewPassword = "Invited-password-42";

    async Task<HttpResponseMessage> Invite(HttpClient client, Dictionary<string, string> values)
    {
        var page = await client.GetPage("/users/invite");
        return await client.SubmitForm(page, "form#invite", values);
    }

    async Task<HttpResponseMessage> Accept(string link, string displayName = "山田 花子")
    {
        var client = factory.NewClient();
        var page = await client.GetPage(link);
        return await client.SubmitForm(page, "form#accept-invitation", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName, ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });
    }

    [Fact]
    public async Task The_secretariat_invites_an_association_admin_who_accepts_and_signs_in()
    {
        var client = await factory.SignedInClient(await factory.Secretariat());
        var email = AccountsTesting.Unique("invitee");
        var response = await Invite(client, new()
        {
            ["Input.Email"] = email, ["Input.Role"] = Roles.AssociationAdmin, ["Input.AssociationCode"] = "130001", ["Input.Culture"] = "ja",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invitee = await factory.FindUser(email);
        Assert.Equal($"/users/{invitee.Id}", response.Location());
        Assert.Equal("130001", invitee.AssociationCode);
        Assert.Null(invitee.PasswordHash);

        var mail = Assert.Single(await factory.MailTo(email));
        Assert.Contains("招待", mail.Subject);
        var link = AccountsTesting.LinkIn(mail);
        Assert.StartsWith("/account/invitation?user=", link);

        var accepted = await Accept(link);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/account/login", accepted.Location());
        var stored = await factory.FindUser(email);
        Assert.Equal("山田 花子", stored.DisplayName);
        Assert.True(stored.EmailConfirmed);

        var signIn = await factory.NewClient().SignInWithForm(email, NewPassword);
        Assert.Equal("/", signIn.Location());
        var roles = await factory.WithDb(db => db.UserRoles.Where(r => r.UserId == stored.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.AssociationAdmin], roles);
    }

    [Fact]
    public async Task An_invitation_link_works_once_and_a_forged_one_not_at_all()
    {
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var email = AccountsTesting.Unique("once");
        await Invite(client, new() { ["Input.Email"] = email, ["Input.Role"] = Roles.AssociationStaff });
        var link = AccountsTesting.LinkIn(Assert.Single(await factory.MailTo(email)));
        Assert.Equal(HttpStatusCode.Redirect, (await Accept(link)).StatusCode);

        var used = await factory.NewClient().GetPage(link);
        Assert.NotNull(used.QuerySelector("#invitation-used"));
        Assert.Null(used.QuerySelector("form#accept-invitation"));

        var pending = AccountsTesting.Unique("pending");
        await Invite(client, new() { ["Input.Email"] = pending, ["Input.Role"] = Roles.AssociationStaff });
        var pendingLink = AccountsTesting.LinkIn(Assert.Single(await factory.MailTo(pending)));
        var forged = await factory.NewClient().GetPage(pendingLink[..^6] + "AAAAAA");
        Assert.NotNull(forged.QuerySelector("#invitation-invalid"));
        Assert.Null(forged.QuerySelector("form#accept-invitation"));
        var unknown = await factory.NewClient().GetPage("/account/invitation?user=nobody&code=abc");
        Assert.NotNull(unknown.QuerySelector("#invitation-invalid"));
    }

    [Fact]
    public async Task Sending_again_makes_the_previous_link_stop_working()
    {
        var admin = await factory.AssociationAdmin("230006");
        var client = await factory.SignedInClient(admin);
        var email = AccountsTesting.Unique("again");
        var invited = await Invite(client, new() { ["Input.Email"] = email, ["Input.Role"] = Roles.AssociationStaff });
        var details = await client.GetPage(invited.Location());
        var resent = await client.SubmitForm(details, "form#resend-invitation");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var mails = await factory.MailTo(email);
        Assert.Equal(2, mails.Count);
        Assert.NotNull((await factory.NewClient().GetPage(AccountsTesting.LinkIn(mails[0]))).QuerySelector("#invitation-invalid"));
        Assert.Equal(HttpStatusCode.Redirect, (await Accept(AccountsTesting.LinkIn(mails[1]))).StatusCode);
    }

    [Fact]
    public async Task An_association_admin_invites_staff_into_their_own_association_in_English()
    {
        var client = await factory.SignedInClient(await factory.AssociationAdmin("041009"));
        var page = await client.GetPage("/users/invite");
        // No association to choose: it is always the admin's own.
        Assert.Null(page.QuerySelector("select[name='Input.AssociationCode']"));
        Assert.Null(page.QuerySelector($"input[value='{Roles.SecretariatAdmin}']"));
        var email = AccountsTesting.Unique("staff");
        var response = await client.SubmitForm(page, "form#invite", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Role"] = Roles.AssociationStaff, ["Input.Culture"] = "en", ["Input.DisplayName"] = "Staff One",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invitee = await factory.FindUser(email);
        Assert.Equal("041009", invitee.AssociationCode);
        Assert.Equal("en", invitee.PreferredCulture);
        var mail = Assert.Single(await factory.MailTo(email));
        Assert.Equal("[Renkei] You are invited", mail.Subject);
        Assert.Contains("Dear Staff One", mail.BodyText);
    }

    [Fact]
    public async Task An_association_admin_cannot_invite_into_another_association_or_the_secretariat()
    {
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var other = AccountsTesting.Unique("other");
        var response = await Invite(client, new() { ["Input.Email"] = other, ["Input.Role"] = Roles.AssociationAdmin, ["Input.AssociationCode"] = "130001" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var secretariat = AccountsTesting.Unique("boss");
        response = await Invite(client, new() { ["Input.Email"] = secretariat, ["Input.Role"] = Roles.SecretariatAdmin });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await factory.WithDb(db => db.Users.AnyAsync(u => u.Email == other || u.Email == secretariat)));
        Assert.Empty(await factory.MailTo(other));
    }

    [Theory]
    [InlineData("", Roles.AssociationStaff, "230006", "Input.Email")]
    [InlineData("not-an-address", Roles.AssociationStaff, "230006", "Input.Email")]
    [InlineData("ok@test.renkei.jp", "superuser", "230006", "Input.Role")]
    [InlineData("ok@test.renkei.jp", Roles.AssociationStaff, "", "Input.AssociationCode")]
    [InlineData("ok@test.renkei.jp", Roles.AssociationStaff, "290009", "Input.AssociationCode")]
    [InlineData("ok@test.renkei.jp", Roles.SecretariatAdmin, "230006", "Input.AssociationCode")]
    public async Task Bad_invitations_get_a_message_on_the_field_and_change_nothing(string email, string role, string code, string field)
    {
        var client = await factory.SignedInClient(await factory.Secretariat());
        var before = await factory.WithDb(db => db.Outbox.CountAsync());
        var response = await Invite(client, new() { ["Input.Email"] = email, ["Input.Role"] = role, ["Input.AssociationCode"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Html();
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent), $"no message for {field}");
        Assert.Equal(before, await factory.WithDb(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_cannot_be_invited_again()
    {
        var existing = await factory.AssociationStaff("230006");
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var response = await Invite(client, new() { ["Input.Email"] = existing.Email.ToUpperInvariant(), ["Input.Role"] = Roles.AssociationStaff });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("すでに登録", (await response.Html()).Text("[data-valmsg-for='Input.Email']"));
    }

    [Fact]
    public async Task Staff_may_not_invite_and_anonymous_people_are_sent_to_sign_in()
    {
        var staff = await factory.SignedInClient(await factory.AssociationStaff("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/users/invite")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.NewClient().GetAsync("/users/invite")).StatusCode);
    }
}
