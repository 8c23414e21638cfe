using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Accounts;

/// <summary>The people the council writes to on an association's behalf: its active admins with an e-mail address.</summary>
public static class AssociationAdmins
{
    public static async Task<ILookup<string, RenkeiUser>> OfAsync(RenkeiDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.AssociationAdmin).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var users = await db.Users
            .Where(u => u.IsActive && u.AssociationCode != null && codes.Contains(u.AssociationCode) && u.Email != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == adminRoleId))
            .ToListAsync(ct);
        return users.ToLookup(u => u.AssociationCode!);
    }
}
