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

    /// <summary>The current members of a block (or every block, <paramref name="blockId"/> null), for routing.</summary>
    public static Task<List<string>> MembersAsync(RenkeiDbContext db, string? blockId, CancellationToken ct = default) =>
        db.AssociationVersions.Where(v => v.ValidTo == null && (blockId == null || v.BlockId == blockId))
            .Where(v => db.Associations.Any(a => a.Code == v.AssociationCode && a.WithdrawnOn == null))
            .Select(v => v.AssociationCode).ToListAsync(ct);
}
