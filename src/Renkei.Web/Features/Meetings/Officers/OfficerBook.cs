using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Officers;

/// <summary>The agenda item that elected a term: "2023年度総会 第1号議案", and whether its meeting's results are public.</summary>
public sealed record ElectedAt(int MeetingId, int ItemId, string MeetingJa, string? MeetingEn, string LabelJa, string LabelEn, bool ResultsPublic)
{
    public string Text(bool english) => english
        ? $"{(string.IsNullOrEmpty(MeetingEn) ? MeetingJa : MeetingEn)}, {LabelEn}"
        : $"{MeetingJa} {LabelJa}";
}

/// <summary>A term as the register shows it: the position, the person, their association (current name) and where they were elected.</summary>
public sealed record OfficerRow(OfficerTerm Term, OfficerPosition Position, Association? Association, ElectedAt? ElectedAt)
{
    public string AssociationName(bool english) => Association?.Current.DisplayName(english) ?? Term.AssociationCode;
    public bool IsCurrent(DateOnly day) => Term.IsCurrent(day);
    public bool IsByHand => Term.ElectedAtItemId is null;
}

/// <summary>Turns officer terms into register rows (the public pages, the secretariat's page and the API read them the same way).</summary>
public static class OfficerBook
{
    /// <summary>Every position in the council's order.</summary>
    public static Task<List<OfficerPosition>> PositionsAsync(RenkeiDbContext db, CancellationToken ct = default) =>
        db.OfficerPositions.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);

    /// <summary>Every term ever recorded, newest first within each position.</summary>
    public static async Task<List<OfficerRow>> AllAsync(RenkeiDbContext db, CancellationToken ct = default)
    {
        var terms = await db.OfficerTerms.AsNoTracking().Include(t => t.Position)
            .OrderBy(t => t.Position!.SortOrder).ThenByDescending(t => t.From).ThenBy(t => t.Id).ToListAsync(ct);
        return await RowsAsync(db, terms, ct);
    }

    public static async Task<List<OfficerRow>> RowsAsync(RenkeiDbContext db, IReadOnlyList<OfficerTerm> terms, CancellationToken ct = default)
    {
        var codes = terms.Select(t => t.AssociationCode).Distinct().ToList();
        var associations = await db.Associations.AsNoTracking().Include(a => a.Versions)
            .Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, ct);
        var itemIds = terms.Select(t => t.ElectedAtItemId).OfType<int>().Distinct().ToList();
        var meetingIds = await db.AgendaItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => i.MeetingId).Distinct().ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Items).Where(m => meetingIds.Contains(m.Id)).ToListAsync(ct);
        var elected = meetings.SelectMany(m => m.Items.Where(i => itemIds.Contains(i.Id)).Select(i =>
                new ElectedAt(m.Id, i.Id, m.TitleJa, m.TitleEn, i.Label(m.Items, false), i.Label(m.Items, true), m.ResultsPublic && m.Status == MeetingStatus.Closed)))
            .ToDictionary(e => e.ItemId);
        return terms.Select(t => new OfficerRow(t, t.Position!, associations.GetValueOrDefault(t.AssociationCode),
            t.ElectedAtItemId is { } id ? elected.GetValueOrDefault(id) : null)).ToList();
    }
}
