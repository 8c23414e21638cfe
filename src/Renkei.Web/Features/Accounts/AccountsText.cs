using System.Globalization;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Accounts;

/// <summary>Marker for the accounts feature's messages in page models, endpoints and e-mails (AccountsText.en.resx).</summary>
public class AccountsText;

/// <summary>Sign-in input as people type it, on top of the shared <see cref="Infrastructure.InputText"/> (NFKC, spaces).</summary>
public static class AccountInput
{
    public static string Clean(string? value) => Infrastructure.InputText.Clean(value) ?? "";

    /// <summary>A one-time code from an authenticator app, with the spaces and hyphens people type along removed.</summary>
    public static string Code(string? value) => Clean(value).Replace(" ", "").Replace("-", "");

    /// <summary>A recovery code ("ABCDE-12345": the hyphen is part of it), without spaces, in capitals.</summary>
    public static string RecoveryCode(string? value) => Clean(value).Replace(" ", "").ToUpperInvariant();

    public static string? Optional(string? value) => Infrastructure.InputText.Clean(value);

    /// <summary>"en" or "ja": the two languages Renkei speaks.</summary>
    public static string Culture(string? value) => Clean(value).StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";
}

/// <summary>Runs a piece of text-building in another language (an e-mail in the recipient's language).</summary>
public readonly struct CultureScope : IDisposable
{
    readonly CultureInfo previous;

    public CultureScope(string culture)
    {
        previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture == "en" ? Localization.English : Localization.Japanese;
    }

    public void Dispose() => CultureInfo.CurrentUICulture = previous;
}
