using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory.Manage;

/// <summary>An entry as the secretariat's lists show it: with its association and the block it belonged to that year.</summary>
public sealed record EntryRow(DirectoryEntry Entry, Association Association, Block Block)
{
    public string Code => Entry.AssociationCode;
    public EntryStatus Status => Entry.Status;

    /// <summary>The name the entry gives itself, else the registry's.</summary>
    public string Name(bool english) => english
        ? Entry.Content.NameEn ?? Association.Current.DisplayName(true)
        : Entry.Content.Name ?? Association.Current.Name;

    /// <summary>Not sent in (draft or returned) once the deadline day has ended in Japan.</summary>
    public bool IsOverdue(DirectoryEdition edition, DateOnly today) =>
        edition.Status != EditionStatus.Published && edition.IsPastDeadline(today) && Status is EntryStatus.Draft or EntryStatus.Returned;
}

/// <summary>How far an edition has come: counts by status, by block, and who is overdue.</summary>
public sealed record EditionProgress(DirectoryEdition Edition, IReadOnlyList<EntryRow> Rows, DateOnly Today)
{
    public int Total => Rows.Count;
    public int Count(EntryStatus status) => Rows.Count(r => r.Status == status);
    /// <summary>Sent in: submitted or already approved.</summary>
    public int SubmittedOrLater => Rows.Count(r => r.Entry.IsSubmittedOrLater);
    public IReadOnlyList<EntryRow> Overdue => Rows.Where(r => r.IsOverdue(Edition, Today)).ToList();
    public IReadOnlyList<EntryRow> NotApproved => Rows.Where(r => r.Status != EntryStatus.Approved).ToList();

    public IReadOnlyList<BlockProgress> ByBlock => Rows.GroupBy(r => r.Block)
        .OrderBy(g => g.Key.SortOrder)
        .Select(g => new BlockProgress(g.Key, g.Count(), g.Count(r => r.Entry.IsSubmittedOrLater), g.Count(r => r.Status == EntryStatus.Approved),
            g.Count(r => r.IsOverdue(Edition, Today))))
        .ToList();

    /// <summary>Loads an edition's entries (not tracked) in list order: block, then local government code.</summary>
    public static async Task<EditionProgress> LoadAsync(RenkeiDbContext db, DirectoryEdition edition, DateOnly today, CancellationToken ct)
    {
        var entries = await db.DirectoryEntries.AsNoTracking().Where(e => e.FiscalYear == edition.FiscalYear).ToListAsync(ct);
        return new(edition, await RowsAsync(db, entries, ct), today);
    }

    public static async Task<IReadOnlyList<EntryRow>> RowsAsync(RenkeiDbContext db, IReadOnlyList<DirectoryEntry> entries, CancellationToken ct)
    {
        var codes = entries.Select(e => e.AssociationCode).ToList();
        var associations = await db.Associations.AsNoTracking().Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        return entries
            .Select(e => new EntryRow(e, associations[e.AssociationCode], blocks[PublishedDirectory.BlockIn(associations[e.AssociationCode], e.FiscalYear)]))
            .OrderBy(r => r.Block.SortOrder).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }
}

public sealed record BlockProgress(Block Block, int Entries, int Submitted, int Approved, int Overdue);
