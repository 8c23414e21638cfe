using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>
/// What a block could send in a disaster, from its members' preparedness: dispatchable staff, how many members could
/// support remotely, and volunteer interpreters and translators by language (counts only). For the board
/// ("ブロック内の通訳者数") and the preparedness pages alike. Current members only.
/// </summary>
public sealed record BlockCapacity(string? BlockId, int Associations, int DispatchableStaff, int RemoteSupportAssociations, IReadOnlyList<LanguageCount> Languages)
{
    public int Interpreters => Languages.Sum(l => l.Interpreters);
    public int Translators => Languages.Sum(l => l.Translators);

    /// <summary>The totals for <paramref name="blockId"/>, or for every block when it is null. Languages in the list's order.</summary>
    public static async Task<BlockCapacity> OfAsync(RenkeiDbContext db, string? blockId, CancellationToken ct = default)
    {
        var members = await EmergencyContacts.MembersAsync(db, blockId, ct);
        var rows = await db.Preparedness.AsNoTracking().Where(p => members.Contains(p.AssociationCode))
            .Select(p => new { p.DispatchableStaff, p.RemoteSupport }).ToListAsync(ct);
        var languages = await db.PreparednessLanguages.AsNoTracking().Where(l => members.Contains(l.AssociationCode))
            .GroupBy(l => l.Language)
            .Select(g => new { Language = g.Key, Interpreters = g.Sum(l => l.Interpreters), Translators = g.Sum(l => l.Translators) })
            .ToListAsync(ct);
        return new BlockCapacity(blockId, members.Distinct().Count(), rows.Sum(r => r.DispatchableStaff), rows.Count(r => r.RemoteSupport), Order(languages
            .Where(l => l.Interpreters + l.Translators > 0).Select(l => new LanguageCount(l.Language, l.Interpreters, l.Translators))));
    }

    /// <summary>The same totals from entries already loaded (a page that lists them anyway saves two queries).</summary>
    public static BlockCapacity Of(string? blockId, IReadOnlyCollection<PreparednessEntry> entries) =>
        new(blockId, entries.Count, entries.Sum(e => e.Row?.DispatchableStaff ?? 0), entries.Count(e => e.Row?.RemoteSupport == true), Order(entries
            .SelectMany(e => e.Row?.Languages ?? []).GroupBy(l => l.Language)
            .Select(g => new LanguageCount(g.Key, g.Sum(l => l.Interpreters), g.Sum(l => l.Translators)))
            .Where(l => l.Interpreters + l.Translators > 0)));

    /// <summary>The support languages' order, then any others by code.</summary>
    static List<LanguageCount> Order(IEnumerable<LanguageCount> counts)
    {
        var order = SupportLanguages.All.Select((l, i) => (l.Code, i)).ToDictionary(x => x.Code, x => x.i);
        return counts.OrderBy(c => order.GetValueOrDefault(c.Language, int.MaxValue)).ThenBy(c => c.Language, StringComparer.Ordinal).ToList();
    }
}
