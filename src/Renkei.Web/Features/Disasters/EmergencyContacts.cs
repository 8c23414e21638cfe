using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters;

/// <summary>One address a disaster e-mail goes to, with the language to write it in.</summary>
public sealed record ContactAddress(string AssociationCode, string Email, string Culture);

/// <summary>
/// Where disaster e-mails go for each association: its emergency e-mail and backup person's e-mail from its
/// <see cref="Preparedness"/>, and its active admins as well (in their own language), so that a missing or stale
/// emergency contact never leaves an association unwarned. Addresses are de-duplicated per association.
/// </summary>
public static class EmergencyContacts
{
    public static async Task<IReadOnlyList<ContactAddress>> OfAsync(RenkeiDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        var preparedness = await db.Preparedness.AsNoTracking().Where(p => codes.Contains(p.AssociationCode))
            .Select(p => new { p.AssociationCode, p.Email, p.BackupEmail }).ToListAsync(ct);
        var admins = await AssociationAdmins.OfAsync(db, codes, ct);
        var addresses = new List<ContactAddress>();
        foreach (var code in codes.Distinct())
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var admin in admins[code])
                if (seen.Add(admin.Email!)) addresses.Add(new ContactAddress(code, admin.Email!, admin.PreferredCulture));
            // The emergency addresses are the association's, not a person's: Japanese, the council's working language.
            foreach (var p in preparedness.Where(p => p.AssociationCode == code))
                foreach (var email in new[] { p.Email, p.BackupEmail })
                    if (!string.IsNullOrWhiteSpace(email) && seen.Add(email.Trim())) addresses.Add(new ContactAddress(code, email.Trim(), "ja"));
        }
        return addresses;
    }

    /// <summary>
    /// The secretariat's active users, found by role in one query, each in their own language and by name where they
    /// gave one: it coordinates between blocks, so it hears of what associations do on their own (業務不能, escalation,
    /// a closing).
    /// </summary>
    public static async Task<List<DisasterRecipient>> SecretariatAsync(RenkeiDbContext db, CancellationToken ct = default)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.AssociationCode == null && u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SecretariatAdmin)))
            .Select(u => new { u.Email, u.PreferredCulture, u.DisplayName }).ToListAsync(ct);
        return users.Select(u => new DisasterRecipient(u.Email!, u.PreferredCulture == "en" ? "en" : "ja", null, u.DisplayName is { Length: > 0 } name ? name : null)).ToList();
    }

    /// <summary>The current members of a block (or every block, <paramref name="blockId"/> null), for routing.</summary>
    public static Task<List<string>> MembersAsync(RenkeiDbContext db, string? blockId, CancellationToken ct = default) =>
        db.AssociationVersions.Where(v => v.ValidTo == null && (blockId == null || v.BlockId == blockId))
            .Where(v => db.Associations.Any(a => a.Code == v.AssociationCode && a.WithdrawnOn == null))
            .Select(v => v.AssociationCode).ToListAsync(ct);
}
