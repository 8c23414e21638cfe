using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>Who the directory's e-mails go to, and the address its links start with.</summary>
public class DirectoryRecipients(RenkeiDbContext db, IConfiguration config, IHttpContextAccessor http, IServer server)
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

    /// <summary>
    /// Renkei:PublicBaseUrl when set (behind a proxy the request's host may be an internal one); else the
    /// current request's; else, in a background job, the first address the server listens on.
    /// </summary>
    public string BaseUrl
    {
        get
        {
            if (config["Renkei:PublicBaseUrl"] is { Length: > 0 } configured) return configured.TrimEnd('/');
            if (http.HttpContext?.Request is { } request) return $"{request.Scheme}://{request.Host}{request.PathBase}";
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            return (address ?? "http://localhost").Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://[::]", "://localhost").TrimEnd('/');
        }
    }

    public string EditLink(int fiscalYear, string code) => $"{BaseUrl}/directory/{fiscalYear}/{code}/edit";
}
