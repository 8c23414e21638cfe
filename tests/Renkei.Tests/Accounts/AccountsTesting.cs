using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.Accounts;

/// <summary>What the accounts tests share: signing in through the real forms, reading queued e-mail, odd users.</summary>
static partial class AccountsTesting
{
    public static async Task<HttpResponseMessage> SignInWithForm(this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var url = "/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var page = await client.GetPage(url);
        return await client.SubmitForm(page, "form#login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>Password, then the TOTP code: the whole sign-in of a user with two-factor.</summary>
    public static async Task<HttpResponseMessage> SignInWithTotp(this HttpClient client, TestUser user)
    {
        var first = await client.SignInWithForm(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await client.GetPage(first.Headers.Location!.OriginalString);
        return await client.SubmitForm(page, "form#two-factor", new Dictionary<string, string> { ["Input.Code"] = user.TotpCode() });
    }

    public static async Task<IHtmlDocument> Html(this HttpResponseMessage response) =>
        Forms.Parse(await response.Content.ReadAsStringAsync());

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches '{selector}'.");

    public static string Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";

    public static Task<List<OutboxMessage>> MailTo(this RenkeiFactory factory, string email) =>
        factory.WithDb(db => db.Outbox.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The link in an e-mail, as a path and query on the test server.</summary>
    public static string LinkIn(OutboxMessage message)
    {
        var match = Link().Match(message.BodyText);
        Assert.True(match.Success, "No link in: " + message.BodyText);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    public static string Unique(string what) => $"{what}.{Guid.NewGuid():N}@test.renkei.jp";

    /// <summary>A user as an admin might leave one: no two-factor, whatever the role (TestUsers always sets it up for the secretariat).</summary>
    public static Task<TestUser> UserWithoutTwoFactor(this RenkeiFactory factory, string role, string? associationCode = null) =>
        factory.WithServices(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RenkeiUser>>();
            var email = Unique(role);
            var user = new RenkeiUser { UserName = email, Email = email, EmailConfirmed = true, AssociationCode = associationCode };
            Check(await users.CreateAsync(user, TestUsers.Password));
            Check(await users.AddToRoleAsync(user, role));
            return new TestUser(user.Id, email, TestUsers.Password, role, associationCode, null);
        });

    public static Task<RenkeiUser> FindUser(this RenkeiFactory factory, string email) =>
        factory.WithDb(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

    public static Task<string[]> RecoveryCodes(this RenkeiFactory factory, TestUser user) =>
        factory.WithServices(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RenkeiUser>>();
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id))!, 10))!.ToArray();
        });

    public static string TotpFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
