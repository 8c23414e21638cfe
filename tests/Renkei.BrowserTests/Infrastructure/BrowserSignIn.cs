using Microsoft.Playwright;
using Renkei.Tests.Infrastructure;

namespace Renkei.BrowserTests.Infrastructure;

public static class BrowserSignIn
{
    /// <summary>
    /// Signs <paramref name="user"/> in for the whole browser context through Identity's cookie login
    /// endpoint (with the current TOTP code where the user has an authenticator), as a shortcut for journeys
    /// that are about something else than signing in. The sign-in pages themselves deserve a journey of their own.
    /// </summary>
    public static async Task SignInThroughApiAsync(this IBrowserContext context, RenkeiServer app, TestUser user)
    {
        object body = user.AuthenticatorKey is null
            ? new { email = user.Email, password = user.Password }
            : new { email = user.Email, password = user.Password, twoFactorCode = user.TotpCode() };
        // The context's request API shares its cookie jar, so the sign-in cookie lands in the browser.
        var response = await context.APIRequest.PostAsync(app.Url("/api/v1/auth/login?useCookies=true").ToString(), new() { DataObject = body });
        if (!response.Ok)
            throw new InvalidOperationException($"Sign-in of {user.Email} failed: {response.Status} {await response.TextAsync()}");
    }
}
