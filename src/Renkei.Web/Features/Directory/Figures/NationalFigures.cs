using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>The national figures of every published edition, oldest first: what the figures page and its API show.</summary>
public class NationalFigures(PublishedDirectory published, RenkeiDbContext db)
{
    public async Task<IReadOnlyList<YearFigures>> AllAsync(CancellationToken ct = default)
    {
        var editions = await published.EditionsAsync(ct);
        if (editions.Count == 0) return [];
        var blockOrder = await BlockOrderAsync(ct);
        var years = new List<YearFigures>();
        // Figures count public fields only, so everyone sees the same numbers.
        foreach (var edition in editions.OrderBy(e => e.FiscalYear))
            years.Add(DirectoryFigures.Compute(edition, await published.EntriesAsync(edition.FiscalYear, members: false, ct), blockOrder));
        return years;
    }

    public Task<List<string>> BlockOrderAsync(CancellationToken ct = default) =>
        db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).Select(b => b.Id).ToListAsync(ct);
}
