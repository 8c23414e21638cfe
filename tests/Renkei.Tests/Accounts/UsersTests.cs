using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Accounts;

public class UsersTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    static HashSet<string> Emails(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#users .email").Select(e => e.TextContent.Trim()).ToHashSet();

    [Fact]
    public async Task The_secretariat_sees_everyone_and_can_filter_by_association()
    {
        var aichi = await factory.AssociationStaff("230006");
        var tokyo = await factory.AssociationStaff("130001");
        var client = await factory.SignedInClient(await factory.Secretariat());
        var all = Emails(await client.GetPage("/users"));
        Assert.Contains(aichi.Email, all);
        Assert.Contains(tokyo.Email, all);
        var filtered = Emails(await client.GetPage("/users?association=130001"));
        Assert.Contains(tokyo.Email, filtered);
        Assert.DoesNotContain(aichi.Email, filtered);
    }

    [Fact]
    public async Task An_association_admin_sees_only_their_own_association()
    {
        var own = await factory.AssociationStaff("230006");
        var other = await factory.AssociationStaff("130001");
        var secretariat = await factory.Secretariat();
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        // The filter is the secretariat's; an admin asking for another association still sees only their own.
        var seen = Emails(await client.GetPage("/users?association=130001"));
        Assert.Contains(own.Email, seen);
        Assert.DoesNotContain(other.Email, seen);
        Assert.DoesNotContain(secretariat.Email, seen);
    }

    [Fact]
    public async Task Staff_get_403_on_user_pages()
    {
        var staff = await factory.AssociationStaff("230006");
        var colleague = await factory.AssociationStaff("230006");
        var client = await factory.SignedInClient(staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/users/{colleague.Id}")).StatusCode);
    }

    [Fact]
    public async Task Another_associations_user_is_not_found_for_reading_or_deactivating()
    {
        var other = await factory.AssociationStaff("130001");
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/users/{other.Id}")).StatusCode);
        // A forged deactivation, with a valid antiforgery token of the admin's own.
        var token = await client.AntiforgeryToken();
        var response = await client.PostAsync($"/users/{other.Id}?handler=Deactivate",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await factory.FindUser(other.Email)).IsActive);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_and_their_open_session_ends()
    {
        var staff = await factory.AssociationStaff("230006");
        var staffClient = await factory.SignedInClient(staff);
        Assert.Equal(HttpStatusCode.OK, (await staffClient.GetAsync("/account")).StatusCode);

        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var response = await admin.SubmitForm(await admin.GetPage($"/users/{staff.Id}"), "form#deactivate");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await factory.FindUser(staff.Email)).IsActive);
        Assert.Equal("無効", (await admin.GetPage($"/users/{staff.Id}")).Text("#user-status"));

        // Past the security stamp check interval, the open session is over.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await staffClient.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await factory.NewClient().SignInWithForm(staff.Email, staff.Password)).StatusCode);

        var again = await admin.SubmitForm(await admin.GetPage($"/users/{staff.Id}"), "form#reactivate");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/", (await factory.NewClient().SignInWithForm(staff.Email, staff.Password)).Location());
    }

    [Fact]
    public async Task The_secretariat_can_deactivate_anyone_but_not_themselves()
    {
        var me = await factory.Secretariat();
        var other = await factory.AssociationAdmin("130001");
        var client = await factory.SignedInClient(me);
        var own = await client.GetPage($"/users/{me.Id}");
        Assert.Null(own.QuerySelector("form#deactivate"));
        var token = await client.AntiforgeryToken();
        var forged = await client.PostAsync($"/users/{me.Id}?handler=Deactivate",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("自分自身", (await forged.Html()).Text(".validation-summary-errors"));
        Assert.True((await factory.FindUser(me.Email)).IsActive);

        await client.SubmitForm(await client.GetPage($"/users/{other.Id}"), "form#deactivate");
        Assert.False((await factory.FindUser(other.Email)).IsActive);
    }
}
