using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// The prefecture checkboxes of the declare and manage forms, grouped by the block their associations belong to (a
/// prefecture without an association, such as Nara, in a group of its own), with the ones ticked and the ones
/// already affected (shown, not offered again).
/// </summary>
public sealed record PrefectureChoices(IReadOnlyList<(string Legend, IReadOnlyList<Prefectures.Prefecture> Prefectures)> Groups,
    IReadOnlySet<string> Ticked, IReadOnlySet<string> Affected)
{
    public static async Task<PrefectureChoices> LoadAsync(RenkeiDbContext db, AssociationBook book, bool english, IEnumerable<string> ticked,
        IEnumerable<string>? affected, string otherLegend, CancellationToken ct)
    {
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        var blockOf = book.PrefectureBlocks();
        var groups = blocks.Select(b => (b.Name(english), (IReadOnlyList<Prefectures.Prefecture>)Prefectures.All.Where(p => blockOf.GetValueOrDefault(p.Code) == b.Id).ToList()))
            .Where(g => g.Item2.Count > 0).ToList();
        var others = Prefectures.All.Where(p => !blockOf.ContainsKey(p.Code)).ToList();
        if (others.Count > 0) groups.Add((otherLegend, others));
        return new PrefectureChoices(groups, ticked.ToHashSet(), (affected ?? []).ToHashSet());
    }
}
