using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Accounts;

/// <summary>Current member associations by code, named in the reader's language, for user lists and pickers.</summary>
public static class AssociationChoices
{
    public record Choice(string Code, string Name);

    public static async Task<List<Choice>> CurrentAsync(RenkeiDbContext db, bool english)
    {
        var versions = await db.AssociationVersions.AsNoTracking()
            .Where(v => v.ValidTo == null && db.Associations.Any(a => a.Code == v.AssociationCode && a.WithdrawnOn == null))
            .ToListAsync();
        // In local government code order, the order Japanese readers expect.
        return versions.GroupBy(v => v.AssociationCode)
            .Select(g => g.OrderByDescending(v => v.ValidFrom).First())
            .OrderBy(v => v.AssociationCode, StringComparer.Ordinal)
            .Select(v => new Choice(v.AssociationCode, v.DisplayName(english)))
            .ToList();
    }
}
