using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Directory;

/// <summary>Who the directory's e-mails go to, and the links they carry.</summary>
public class DirectoryRecipients(RenkeiDbContext db, PublicBaseUrl baseUrl)
{
    /// <summary>The active admins of each association (the people who submit the entry).</summary>
    public async Task<ILookup<string, RenkeiUser>> AdminsOfAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.AssociationAdmin).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var users = await db.Users
            .Where(u => u.IsActive && u.AssociationCode != null && codes.Contains(u.AssociationCode) && u.Email != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == adminRoleId))
            .ToListAsync(ct);
        return users.ToLookup(u => u.AssociationCode!);
    }

    public string EditLink(int fiscalYear, string code) => $"{baseUrl.Value}/directory/{fiscalYear}/{code}/edit";
}
