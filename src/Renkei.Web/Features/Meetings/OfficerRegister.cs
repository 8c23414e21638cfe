using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings;

/// <summary>
/// The officer register (役員名簿): who holds each position, with history. An election's result enters it once, when
/// its vote is final: each elected candidate gets a term, and the terms it replaces end the day the new one starts.
/// </summary>
public class OfficerRegister(RenkeiDbContext db)
{
    /// <summary>Terms in force on <paramref name="day"/>, in the positions' order.</summary>
    public Task<List<OfficerTerm>> CurrentAsync(DateOnly day, CancellationToken ct = default) =>
        db.OfficerTerms.AsNoTracking().Include(t => t.Position)
            .Where(t => t.From <= day && (t.To == null || t.To > day))
            .OrderBy(t => t.Position!.SortOrder).ThenBy(t => t.From).ThenBy(t => t.Id)
            .ToListAsync(ct);

    public async Task ApplyAsync(ItemResult election, CancellationToken ct = default)
    {
        if (election.Item.Kind != AgendaItemKind.Election || !election.Final) return;
        if (await db.OfficerTerms.AnyAsync(t => t.ElectedAtItemId == election.Item.Id, ct)) return;
        var elected = election.Item.ElectionMode == ElectionMode.Slate
            ? (election.Verdict.Passed ? election.Item.Candidates : [])
            : election.Candidates.Where(c => c.Verdict.Passed).Select(c => c.Candidate).ToList();
        if (elected.Count == 0) return;

        foreach (var group in elected.GroupBy(c => c.OfficerPositionId))
        {
            var from = group.Min(c => c.TermFrom);
            var seats = await db.OfficerPositions.Where(p => p.Id == group.Key).Select(p => p.Seats).SingleAsync(ct);
            var inForce = await db.OfficerTerms.Where(t => t.OfficerPositionId == group.Key && t.From < from && (t.To == null || t.To > from)).ToListAsync(ct);
            // A re-elected person's own term ends; of the others, only as many as the new terms need seats, the longest
            // serving first: on a position with several seats elected in turns, the holders not up for election serve on.
            var reElected = inForce.Where(t => group.Any(c => c.PersonName == t.PersonName && c.AssociationCode == t.AssociationCode)).ToList();
            var others = inForce.Except(reElected).OrderBy(t => t.From).ThenBy(t => t.Id).ToList();
            foreach (var term in reElected.Concat(others.Take(others.Count + group.Count() - seats))) term.To = from;
        }
        db.OfficerTerms.AddRange(elected.Select(c => new OfficerTerm
        {
            OfficerPositionId = c.OfficerPositionId,
            PersonName = c.PersonName,
            PersonTitle = c.PersonTitle,
            AssociationCode = c.AssociationCode,
            From = c.TermFrom,
            To = c.TermTo,
            ElectedAtItemId = election.Item.Id,
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The council's usual positions, seeded by the migration (ids 1 to 4 in this order).</summary>
    public static readonly OfficerPosition[] Standard =
    [
        new() { Code = "chair", NameJa = "会長", NameEn = "Chair", Seats = 1, TermYears = 2, SortOrder = 1 },
        new() { Code = "vice-chair", NameJa = "副会長", NameEn = "Vice-chair", Seats = 2, TermYears = 2, SortOrder = 2 },
        new() { Code = "auditor", NameJa = "監事", NameEn = "Auditor", Seats = 2, TermYears = 2, SortOrder = 3 },
        new() { Code = "steering", NameJa = "運営幹事", NameEn = "Steering committee member", Seats = 6, TermYears = 2, SortOrder = 4 },
    ];
}
