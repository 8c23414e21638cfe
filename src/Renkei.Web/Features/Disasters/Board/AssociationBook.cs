using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>An association as the disaster pages need it: where it is, its block, its current name, whether it is a member today.</summary>
public sealed record BookEntry(string Code, string PrefectureCode, string BlockId, string Name, string? NameEn, bool IsMember)
{
    public string DisplayName(bool english) => english && !string.IsNullOrEmpty(NameEn) ? NameEn : Name;
}

/// <summary>
/// Every association with its current version, read in two small queries (63 rows, and this fiscal year's block
/// roles): names for the board and the timeline, blocks and coordinated blocks for <see cref="Responder"/>, prefectures
/// for declaring and for the tile map. Withdrawn associations stay in it, so that an old event still names who took part.
/// </summary>
public sealed class AssociationBook
{
    readonly Dictionary<string, BookEntry> entries;
    readonly ILookup<string, string> coordinated;

    AssociationBook(Dictionary<string, BookEntry> entries, ILookup<string, string> coordinated)
    {
        this.entries = entries;
        this.coordinated = coordinated;
    }

    public static async Task<AssociationBook> LoadAsync(RenkeiDbContext db, DateOnly today, CancellationToken ct = default) =>
        From(await Roles(db, today).ToListAsync(ct), await Rows(db).ToListAsync(ct), today);

    /// <summary>The same, read synchronously: for <see cref="BoardCache"/>'s loads on a thread of their own.</summary>
    public static AssociationBook Load(RenkeiDbContext db, DateOnly today) => From(Roles(db, today).ToList(), Rows(db).ToList(), today);

    sealed record Row(string Code, string PrefectureCode, string BlockId, string Name, string? NameEn, DateOnly? CertifiedOn, DateOnly? WithdrawnOn, DateOnly ValidFrom);

    static IQueryable<Row> Rows(RenkeiDbContext db) => db.Associations.AsNoTracking()
        .SelectMany(a => a.Versions.Where(v => v.ValidTo == null),
            (a, v) => new Row(a.Code, a.PrefectureCode, v.BlockId, v.Name, v.NameEn, a.CertifiedOn, a.WithdrawnOn, v.ValidFrom));

    static IQueryable<BlockRole> Roles(RenkeiDbContext db, DateOnly today)
    {
        var year = FiscalYear.Of(today);
        return db.BlockRoles.AsNoTracking().Where(r => r.FiscalYear == year);
    }

    static AssociationBook From(List<BlockRole> roles, List<Row> rows, DateOnly today)
    {
        var entries = rows.GroupBy(r => r.Code).Select(g => g.OrderByDescending(r => r.ValidFrom).First())
            .ToDictionary(r => r.Code, r => new BookEntry(r.Code, r.PrefectureCode, r.BlockId, r.Name, r.NameEn,
                (r.CertifiedOn is null || r.CertifiedOn <= today) && (r.WithdrawnOn is null || r.WithdrawnOn > today)));
        return new AssociationBook(entries, roles.ToLookup(r => r.AssociationCode, r => r.BlockId));
    }

    /// <summary>The blocks the association coordinates this fiscal year (as chair or vice-chair association).</summary>
    public IReadOnlySet<string> BlocksCoordinatedBy(string code) => coordinated[code].ToHashSet();

    public BookEntry? Find(string? code) => code is not null && entries.TryGetValue(code, out var e) ? e : null;

    /// <summary>The name in the reader's language; the code itself for an association the registry does not know.</summary>
    public string Name(string? code, bool english) => Find(code)?.DisplayName(english) ?? code ?? "";

    /// <summary>The association's current block ("" when unknown, which no one coordinates).</summary>
    public string BlockOf(string code) => Find(code)?.BlockId ?? "";

    /// <summary>Current members in these prefectures, in local government code order: the ones a disaster there affects.</summary>
    public List<string> MembersIn(IEnumerable<string> prefectureCodes)
    {
        var wanted = prefectureCodes.ToHashSet();
        return entries.Values.Where(e => e.IsMember && wanted.Contains(e.PrefectureCode)).Select(e => e.Code).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The block each prefecture's associations belong to (none for a prefecture without one, such as Nara).</summary>
    public Dictionary<string, string> PrefectureBlocks() =>
        entries.Values.Where(e => e.IsMember).GroupBy(e => e.PrefectureCode).ToDictionary(g => g.Key, g => g.First().BlockId);
}
