using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>One association's entry as the files show it.</summary>
public sealed record ExportEntry(string Code, Block Block, string AssociationName, int Version, EntryContent Content);

/// <summary>
/// What every file format of an edition is made from. <see cref="WorkingCopy"/>: an edition not yet published,
/// exported for the secretariat; every file says so. <see cref="Members"/>: members-only fields are included.
/// </summary>
public sealed record EditionFile(DirectoryEdition Edition, bool WorkingCopy, bool Members, IReadOnlyList<ExportEntry> Entries)
{
    public int FiscalYear => Edition.FiscalYear;

    public string Title(bool english) => english
        ? $"Directory of Regional International Associations, {Infrastructure.Localization.FiscalYear.Label(FiscalYear, true)}"
        : $"地域国際化協会ダイレクトリー {Infrastructure.Localization.FiscalYear.Label(FiscalYear, false)}";

    /// <summary>What the file's first line or page says beside the title: sample data, working copy.</summary>
    public IEnumerable<string> Notes(bool english)
    {
        if (Edition.IsSample)
            yield return english ? "Sample data: the figures are made up for demonstration, not real associations' figures."
                : "サンプルデータ：数値はデモ用に作成した架空のものです。実在の協会の数値ではありません。";
        if (WorkingCopy)
            yield return english ? "Working copy: this edition is not published; entries may still change."
                : "作業用コピー：この版は未公開です。内容は変わることがあります。";
        if (!Members)
            yield return english ? "Public fields only (members-only fields such as contact persons are left out)."
                : "公開項目のみ（担当者など会員限定の項目は含みません）。";
    }

    /// <summary>"ダイレクトリー2024年度.xlsx" (working copy: "ダイレクトリー2024年度_作業用.xlsx").</summary>
    public string FileName(string extension) => $"ダイレクトリー{FiscalYear}年度{(WorkingCopy ? "_作業用" : "")}.{extension}";

    /// <summary>The ASCII name for clients that do not read RFC 5987 names.</summary>
    public string AsciiFileName(string extension) => $"renkei-directory-{FiscalYear}{(WorkingCopy ? "-working-copy" : "")}.{extension}";
}

/// <summary>Loads an edition for export: its published entries, or (the secretariat only) the working copies of an unpublished one.</summary>
public class DirectoryExports(RenkeiDbContext db, PublishedDirectory published)
{
    /// <summary>Null when there is no such edition, or it is unpublished and the caller is not the secretariat.</summary>
    public async Task<EditionFile?> LoadAsync(int fiscalYear, bool members, bool secretariat, CancellationToken ct = default)
    {
        var edition = await db.DirectoryEditions.AsNoTracking().SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear, ct);
        if (edition is null) return null;
        if (edition.Status == EditionStatus.Published)
        {
            var entries = await published.EntriesAsync(fiscalYear, members, ct);
            return new(edition, false, members, entries.Select(e => new ExportEntry(e.Code, e.Block, e.Name(false), e.Version, e.Content)).ToList());
        }
        if (!secretariat) return null;
        return new(edition, true, true, await WorkingCopiesAsync(fiscalYear, ct));
    }

    async Task<IReadOnlyList<ExportEntry>> WorkingCopiesAsync(int fiscalYear, CancellationToken ct)
    {
        var entries = await db.DirectoryEntries.AsNoTracking().Where(e => e.FiscalYear == fiscalYear).ToListAsync(ct);
        var codes = entries.Select(e => e.AssociationCode).ToList();
        var associations = await db.Associations.AsNoTracking().Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        return entries
            .Select(e =>
            {
                var association = associations[e.AssociationCode];
                return new ExportEntry(e.AssociationCode, blocks[PublishedDirectory.BlockIn(association, fiscalYear)],
                    e.Content.Name ?? association.Current.Name, 0, e.Content);
            })
            .OrderBy(e => e.Block.SortOrder).ThenBy(e => e.Code)
            .ToList();
    }
}
