using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Renkei.Web.Features.Accounts;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>
/// Personal feed addresses. A feed reader cannot sign in, so the board offers each member an address with a key: the
/// member's user id and security stamp protected by ASP.NET Core Data Protection (keys kept in the database, shared by
/// every instance), valid for 365 days. The feed is then rendered as that member would see it (their association's
/// block rule), and only while the account is active. The key is as good as a read-only password for the timeline (the
/// board says not to share the address), so it ends with the password: a new password, a reset or two-factor set-up
/// renews the security stamp, and the old addresses stop working. A tampered, expired or outdated key is 404, as if
/// there were no such feed.
/// </summary>
public class FeedLinks(IDataProtectionProvider protection, TimeProvider clock, IMemoryCache memory, IOptions<IdentityOptions> identity)
{
    public const string Purpose = "Renkei.Disasters.Feed";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    /// <summary>A key for the user as of their security stamp, valid for <see cref="Lifetime"/> from now.</summary>
    public string KeyFor(string userId, string stamp) => Protector.Protect(Payload(userId, stamp), clock.GetUtcNow().Add(Lifetime));

    /// <summary>What a key holds (before protection): the user id, then the security stamp.</summary>
    public static string Payload(string userId, string stamp) => userId + "\n" + stamp;

    /// <summary>The user id and security stamp a key was made for; null when it was tampered with or has expired.</summary>
    public (string UserId, string Stamp)? Of(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        try
        {
            return Protector.Unprotect(key.Trim()).Split('\n') is [var id, var stamp] ? (id, stamp) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// The signed-in member's personal feed address of a disaster ("/disasters/5/timeline.atom?key=…"); null without a
    /// user id or security stamp. The board shows it on every load; one key an hour per member and stamp is enough (and
    /// spares the encryption).
    /// </summary>
    public string? For(int disasterId, ClaimsPrincipal user) =>
        user.UserId() is { } id && user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) is { } stamp
            ? $"/disasters/{disasterId}/timeline.atom?key={memory.GetOrCreate((Purpose, id, stamp, clock.GetUtcNow().Date), e =>
            {
                e.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
                return Uri.EscapeDataString(KeyFor(id, stamp));
            })}"
            : null;
}
