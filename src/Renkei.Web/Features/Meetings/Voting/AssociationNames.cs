using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>Associations' current names by code, in the reader's language, for ballots, grids and results.</summary>
public static class AssociationNames
{
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(RenkeiDbContext db, IReadOnlyCollection<string> codes, bool english, CancellationToken ct = default)
    {
        var versions = await db.AssociationVersions.AsNoTracking()
            .Where(v => v.ValidTo == null && codes.Contains(v.AssociationCode))
            .ToListAsync(ct);
        return versions.GroupBy(v => v.AssociationCode)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.ValidFrom).First().DisplayName(english));
    }

    public static string Of(this IReadOnlyDictionary<string, string> names, string code) => names.TryGetValue(code, out var name) ? name : code;
}
