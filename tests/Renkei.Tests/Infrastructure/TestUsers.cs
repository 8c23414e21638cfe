using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Infrastructure;

public record TestUser(string Id, string Email, string Password, string Role, string? AssociationCode, string? AuthenticatorKey)
{
    /// <summary>The current TOTP code from the user's authenticator key, as an authenticator app shows it.</summary>
    public string TotpCode() => new Totp(Base32Encoding.ToBytes(AuthenticatorKey!)).ComputeTotp();
}

/// <summary>Makes users with unique e-mails; secretariat users get TOTP two-factor set up, as the rules require.</summary>
public static class TestUsers
{
    public const string Password = "Test-password-123";

    public static async Task<TestUser> CreateAsync(this RenkeiFactory factory, string role, string? associationCode = null, bool twoFactor = false)
    {
        if (Roles.BelongsToAssociation(role) && associationCode is null) associationCode = "230006";
        var email = $"{role}.{Guid.NewGuid():N}@test.renkei.jp";
        return await factory.WithServices(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RenkeiUser>>();
            var user = new RenkeiUser { UserName = email, Email = email, EmailConfirmed = true, AssociationCode = role == Roles.SecretariatAdmin ? null : associationCode };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            string? key = null;
            if (twoFactor || role == Roles.SecretariatAdmin)
            {
                Check(await users.ResetAuthenticatorKeyAsync(user));
                key = await users.GetAuthenticatorKeyAsync(user);
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }
            return new TestUser(user.Id, email, Password, role, user.AssociationCode, key);
        });
    }

    public static Task<TestUser> Secretariat(this RenkeiFactory f) => f.CreateAsync(Roles.SecretariatAdmin);
    public static Task<TestUser> AssociationAdmin(this RenkeiFactory f, string code = "230006") => f.CreateAsync(Roles.AssociationAdmin, code);
    public static Task<TestUser> AssociationStaff(this RenkeiFactory f, string code = "230006") => f.CreateAsync(Roles.AssociationStaff, code);

    /// <summary>A cookie-signed-in client, signed in through Identity's own login endpoint (with TOTP where set up).</summary>
    public static async Task<HttpClient> SignedInClient(this RenkeiFactory factory, TestUser user)
    {
        var client = factory.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", LoginBody(user));
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in of {user.Email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>A client that sends a bearer token, as a script would.</summary>
    public static async Task<HttpClient> BearerClient(this RenkeiFactory factory, TestUser user)
    {
        var client = factory.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", LoginBody(user));
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Token sign-in of {user.Email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    record TokenResponse(string AccessToken);

    static object LoginBody(TestUser user) => user.AuthenticatorKey is null
        ? new { email = user.Email, password = user.Password }
        : new { email = user.Email, password = user.Password, twoFactorCode = user.TotpCode() };

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
