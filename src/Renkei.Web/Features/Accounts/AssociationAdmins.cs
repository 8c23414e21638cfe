using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Accounts;

/// <summary>The people the council writes to on an association's behalf: its active admins with an e-mail address.</summary>
public static class AssociationAdmins
{
    public static async Task<ILookup<string, RenkeiUser>> OfAsync(RenkeiDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        // The role by name inside the one query: every disaster mail asks this, often under load.
        var users = await db.Users
            .Where(u => u.IsActive && u.AssociationCode != null && codes.Contains(u.AssociationCode) && u.Email != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AssociationAdmin)))
            .ToListAsync(ct);
        return users.ToLookup(u => u.AssociationCode!);
    }
}
