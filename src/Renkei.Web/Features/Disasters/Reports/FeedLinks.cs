using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Renkei.Web.Features.Accounts;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>
/// Personal feed addresses. A feed reader cannot sign in, so the board offers each member an address with a key: the
/// member's user id protected by ASP.NET Core Data Protection (keys kept in the database, shared by every instance),
/// valid for 365 days. The feed is then rendered as that member would see it (their association's block rule), and
/// only while the account is active. A tampered or expired key is 404, as if there were no such feed. The key is as
/// good as a read-only password for the timeline: the board says not to share the address.
/// </summary>
public class FeedLinks(IDataProtectionProvider protection, TimeProvider clock, IMemoryCache memory)
{
    public const string Purpose = "Renkei.Disasters.Feed";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    /// <summary>A key for the user, valid for <see cref="Lifetime"/> from now.</summary>
    public string KeyFor(string userId) => Protector.Protect(userId, clock.GetUtcNow().Add(Lifetime));

    /// <summary>The user id a key was made for; null when it was tampered with or has expired.</summary>
    public string? UserIdOf(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        try
        {
            return Protector.Unprotect(key.Trim());
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// The signed-in member's personal feed address of a disaster ("/disasters/5/timeline.atom?key=…"); null without a
    /// user id. The board shows it on every load; one key an hour per member is enough (and spares the encryption).
    /// </summary>
    public string? For(int disasterId, ClaimsPrincipal user) => user.UserId() is { } id
        ? $"/disasters/{disasterId}/timeline.atom?key={memory.GetOrCreate((Purpose, id, clock.GetUtcNow().Date), e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            return Uri.EscapeDataString(KeyFor(id));
        })}"
        : null;
}
