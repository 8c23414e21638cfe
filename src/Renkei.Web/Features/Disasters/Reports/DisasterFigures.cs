using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>One disaster in the figures: itself and its summary.</summary>
public sealed record DisasterLine(Disaster Disaster, SupportSummary Summary);

/// <summary>A block's part in the figures: requests posted in it, person-days of support it received and gave.</summary>
public sealed record BlockFigures(Block Block, int Requests, int PersonDaysReceived, int PersonDaysGiven);

/// <summary>
/// Figures over a set of disasters, each one's <see cref="SupportSummary"/> added up. Real disasters and drills are
/// always two separate sets (<see cref="DisasterFigures"/>): a drill never enters the real statistics.
/// </summary>
public sealed class FigureSet(IReadOnlyList<DisasterLine> lines, IReadOnlyList<Block> blocks)
{
    public IReadOnlyList<DisasterLine> Lines => lines;
    public int Disasters => lines.Count;
    public int Ongoing => lines.Count(l => l.Disaster.IsOpen);
    public int Requests => lines.Sum(l => l.Summary.Requests);
    public int PeopleRequested => lines.Sum(l => l.Summary.PeopleRequested);
    public int OffersAccepted => lines.Sum(l => l.Summary.Offers.Accepted);
    public int PersonDays => lines.Sum(l => l.Summary.PersonDays);
    public int OtherBlocksPersonDays => lines.Sum(l => l.Summary.OtherBlocksPersonDays);
    public int Escalated => lines.Sum(l => l.Summary.Routing.Escalated);

    public IReadOnlyList<KindLine> ByKind => lines.SelectMany(l => l.Summary.ByKind).GroupBy(k => k.Kind).OrderBy(g => g.Key)
        .Select(g => new KindLine(g.Key, g.Sum(k => k.Requests), g.Sum(k => k.People), g.Sum(k => k.PersonDays))).ToList();

    public IReadOnlyList<BlockFigures> ByBlock => blocks.OrderBy(b => b.SortOrder).Select(b => new BlockFigures(b,
            lines.Sum(l => l.Summary.RequestsByBlock.GetValueOrDefault(b.Id)),
            lines.Sum(l => l.Summary.ByBlock.Where(x => x.HelpedBlock == b.Id).Sum(x => x.PersonDays)),
            lines.Sum(l => l.Summary.ByBlock.Where(x => x.HelperBlock == b.Id).Sum(x => x.PersonDays))))
        .ToList();

    /// <summary>By kind of disaster (earthquake, flood, …): how many, their requests and person-days of support.</summary>
    public IReadOnlyList<(DisasterKind Kind, int Disasters, int Requests, int PersonDays)> ByDisasterKind => lines.GroupBy(l => l.Disaster.Kind).OrderBy(g => g.Key)
        .Select(g => (g.Key, g.Count(), g.Sum(l => l.Summary.Requests), g.Sum(l => l.Summary.PersonDays))).ToList();
}

/// <summary>
/// Statistics across disasters for <c>/disasters/figures</c>: real disasters in the main figures, drills apart. Made from
/// the requests the caller sees (the block rule holds here too: another block's request counts for the caller only once
/// it is escalated).
/// </summary>
public sealed class DisasterFigures
{
    public required FigureSet Real { get; init; }
    public required FigureSet Drills { get; init; }
    public required bool SeesAll { get; init; }
    public bool AnySample => Real.Lines.Concat(Drills.Lines).Any(l => l.Disaster.IsSample);

    public static async Task<DisasterFigures> LoadAsync(RenkeiDbContext db, Responder who, CancellationToken ct = default)
    {
        var disasters = await db.Disasters.AsNoTracking().OrderByDescending(d => d.StartedAt).ThenByDescending(d => d.Id).ToListAsync(ct);
        var requests = await db.SupportRequests.AsNoTracking().VisibleTo(who)
            .Include(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery().ToListAsync(ct);
        var byDisaster = requests.GroupBy(r => r.DisasterId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Number).Select(r => new ReportRequest(r, Coverage.Of(r))).ToList());
        var (associations, blocks) = await SituationReport.DirectoryOfAsync(db, ct);
        string BlockOf(string code) => associations.TryGetValue(code, out var v) ? v.BlockId : "";
        var lines = disasters.Select(d => new DisasterLine(d, SupportSummary.Of(d, byDisaster.GetValueOrDefault(d.Id) ?? [], BlockOf))).ToList();
        var blockList = blocks.Values.ToList();
        return new DisasterFigures
        {
            Real = new FigureSet(lines.Where(l => !l.Disaster.IsDrill).ToList(), blockList),
            Drills = new FigureSet(lines.Where(l => l.Disaster.IsDrill).ToList(), blockList),
            SeesAll = who.IsSecretariat,
        };
    }
}
