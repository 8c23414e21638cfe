using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// One association's entry as a published edition shows it: its latest published version, with the
/// block the association belonged to in that fiscal year. <see cref="Content"/> is already cut down
/// to the public fields when the reader is not a member.
/// </summary>
public sealed record PublishedEntry(
    int FiscalYear, string Code, Association Association, Block Block, int Version, DateTime PublishedAt,
    DateTime? CorrectedAt, EntryContent Content, bool MembersView)
{
    public string Name(bool english) =>
        english ? Content.NameEn ?? Association.Current.DisplayName(true) : Content.Name ?? Association.Current.Name;
}

/// <summary>One published version of an entry: its number, when it was published, the correction's note.</summary>
public sealed record PublishedVersion(int Number, DateTime CreatedAt, string? ChangeNote, EntryContent Content);

/// <summary>
/// What the reading pages, the exports and the figures read: published editions and their entries.
/// Two or three small no-tracking queries; the rest happens in memory, since an edition is at most
/// a few dozen entries.
/// </summary>
public class PublishedDirectory(RenkeiDbContext db)
{
    /// <summary>Published fiscal years, newest first.</summary>
    public Task<List<DirectoryEdition>> EditionsAsync(CancellationToken ct = default) =>
        db.DirectoryEditions.AsNoTracking().Where(e => e.Status == EditionStatus.Published)
            .OrderByDescending(e => e.FiscalYear).ToListAsync(ct);

    /// <summary>The edition when it is published; null otherwise (pages answer 404).</summary>
    public Task<DirectoryEdition?> EditionAsync(int fiscalYear, CancellationToken ct = default) =>
        db.DirectoryEditions.AsNoTracking().SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear && e.Status == EditionStatus.Published, ct);

    /// <summary>
    /// Every entry of a published edition, in block order and then local government code order.
    /// <paramref name="members"/>: the reader is signed in as a member (or the secretariat) and may see members-only fields.
    /// </summary>
    public async Task<IReadOnlyList<PublishedEntry>> EntriesAsync(int fiscalYear, bool members, CancellationToken ct = default)
    {
        var entries = await db.DirectoryEntries.AsNoTracking().Include(e => e.Versions)
            .Where(e => e.FiscalYear == fiscalYear && e.Edition!.Status == EditionStatus.Published)
            .ToListAsync(ct);
        return await ShapeAsync(entries, members, ct);
    }

    /// <summary>One published entry, or null.</summary>
    public async Task<PublishedEntry?> EntryAsync(int fiscalYear, string code, bool members, CancellationToken ct = default)
    {
        var entries = await db.DirectoryEntries.AsNoTracking().Include(e => e.Versions)
            .Where(e => e.FiscalYear == fiscalYear && e.AssociationCode == code && e.Edition!.Status == EditionStatus.Published)
            .ToListAsync(ct);
        return (await ShapeAsync(entries, members, ct)).SingleOrDefault();
    }

    /// <summary>An association's published entries across all editions, oldest first (for its trend).</summary>
    public async Task<IReadOnlyList<PublishedEntry>> HistoryAsync(string code, bool members, CancellationToken ct = default)
    {
        var entries = await db.DirectoryEntries.AsNoTracking().Include(e => e.Versions)
            .Where(e => e.AssociationCode == code && e.Edition!.Status == EditionStatus.Published)
            .ToListAsync(ct);
        return (await ShapeAsync(entries, members, ct)).OrderBy(e => e.FiscalYear).ToList();
    }

    /// <summary>How many entries each published edition holds (those with a published version), by fiscal year.</summary>
    public async Task<Dictionary<int, int>> EntryCountsAsync(CancellationToken ct = default) =>
        await db.DirectoryEntries.AsNoTracking()
            .Where(e => e.Edition!.Status == EditionStatus.Published && e.Versions.Any())
            .GroupBy(e => e.FiscalYear)
            .Select(g => new { Year = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Year, x => x.Count, ct);

    /// <summary>
    /// Every published version of one entry, oldest first (1 = the snapshot at publication, then corrections with
    /// their notes); empty unless the edition is published. Content is cut to the public fields unless <paramref name="members"/>.
    /// </summary>
    public async Task<IReadOnlyList<PublishedVersion>> VersionsAsync(int fiscalYear, string code, bool members, CancellationToken ct = default)
    {
        var versions = await db.DirectoryEntryVersions.AsNoTracking()
            .Where(v => db.DirectoryEntries.Any(e => e.Id == v.EntryId && e.FiscalYear == fiscalYear && e.AssociationCode == code
                && e.Edition!.Status == EditionStatus.Published))
            .OrderBy(v => v.Number)
            .ToListAsync(ct);
        return versions.Select(v => new PublishedVersion(v.Number, v.CreatedAt, v.ChangeNote, members ? v.Content : v.Content.ForPublic())).ToList();
    }

    async Task<IReadOnlyList<PublishedEntry>> ShapeAsync(List<DirectoryEntry> entries, bool members, CancellationToken ct)
    {
        if (entries.Count == 0) return [];
        var codes = entries.Select(e => e.AssociationCode).Distinct().ToList();
        var associations = await db.Associations.AsNoTracking().Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        return entries
            .Where(e => e.Versions.Count > 0)
            .Select(e =>
            {
                var association = associations[e.AssociationCode];
                var block = blocks[BlockIn(association, e.FiscalYear)];
                var first = e.Versions.MinBy(v => v.Number)!;
                var latest = e.Versions.MaxBy(v => v.Number)!;
                var content = members ? latest.Content : latest.Content.ForPublic();
                return new PublishedEntry(e.FiscalYear, e.AssociationCode, association, block, latest.Number, first.CreatedAt,
                    latest.Number > 1 ? latest.CreatedAt : null, content, members);
            })
            .OrderBy(e => e.Block.SortOrder).ThenBy(e => e.Code)
            .ToList();
    }

    /// <summary>The block an association belonged to on 1 April of the fiscal year; its current block if it was not yet registered then.</summary>
    public static string BlockIn(Association association, int fiscalYear)
    {
        var april = new DateOnly(fiscalYear, 4, 1);
        var version = association.Versions.FirstOrDefault(v => v.ValidFrom <= april && (v.ValidTo is null || v.ValidTo > april));
        return (version ?? association.Current).BlockId;
    }
}
