using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>A request as the reports show it: with its offers and their steps, and how far it is covered.</summary>
public sealed record ReportRequest(SupportRequest Request, Coverage Coverage)
{
    public bool IsOpenNeed => !Request.IsClosed && Coverage.State is RequestState.Open or RequestState.PartlyCovered;
}

/// <summary>
/// One disaster as one caller may see it, loaded once for the situation report (PDF), the workbook, the feed, the
/// summary page and the API: the affected associations, the requests the caller sees with their offers and coverage,
/// the timeline events the caller sees, and the names and blocks of the associations. The block rule (a request not
/// escalated is seen only by its block and the secretariat) is applied here, by the core's queries, so every file made
/// from this holds it alike.
/// </summary>
public sealed class SituationReport
{
    public required Disaster Disaster { get; init; }
    public required Responder Who { get; init; }
    public required DateTime AsOf { get; init; }
    public required IReadOnlyList<AffectedAssociation> Affected { get; init; }
    /// <summary>Visible requests by number.</summary>
    public required IReadOnlyList<ReportRequest> Requests { get; init; }
    /// <summary>Visible timeline events, oldest first.</summary>
    public required IReadOnlyList<DisasterEvent> Events { get; init; }
    /// <summary>Every association's current version (name, block), by code.</summary>
    public required IReadOnlyDictionary<string, AssociationVersion> Associations { get; init; }
    public required IReadOnlyDictionary<string, Block> Blocks { get; init; }

    /// <summary>Null when there is no such disaster (404). Disasters are for every member; their requests follow the block rule.</summary>
    public static async Task<SituationReport?> LoadAsync(RenkeiDbContext db, int disasterId, Responder who, DateTime now, CancellationToken ct = default)
    {
        var disaster = await db.Disasters.AsNoTracking().Include(d => d.Affected).SingleOrDefaultAsync(d => d.Id == disasterId, ct);
        if (disaster is null) return null;
        var requests = await db.SupportRequests.AsNoTracking().VisibleTo(who).Where(r => r.DisasterId == disasterId)
            .Include(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery().OrderBy(r => r.Number).ToListAsync(ct);
        var events = await db.DisasterEvents.AsNoTracking().VisibleTo(who).Where(e => e.DisasterId == disasterId)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var (associations, blocks) = await DirectoryOfAsync(db, ct);
        return new SituationReport
        {
            Disaster = disaster,
            Who = who,
            AsOf = now,
            Affected = disaster.Affected.OrderBy(a => a.AssociationCode, StringComparer.Ordinal).ToList(),
            Requests = requests.Select(r => new ReportRequest(r, Coverage.Of(r))).ToList(),
            Events = events,
            Associations = associations,
            Blocks = blocks,
        };
    }

    /// <summary>The associations' current versions and the blocks: a few dozen rows, read once per report.</summary>
    public static async Task<(Dictionary<string, AssociationVersion>, Dictionary<string, Block>)> DirectoryOfAsync(RenkeiDbContext db, CancellationToken ct)
    {
        var versions = await db.AssociationVersions.AsNoTracking().Where(v => v.ValidTo == null).ToListAsync(ct);
        var associations = versions.GroupBy(v => v.AssociationCode).ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.ValidFrom).First());
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        return (associations, blocks);
    }

    /// <summary>Whether the caller sees every request (the secretariat) or only those of its block and the escalated ones.</summary>
    public bool SeesAll => Who.IsSecretariat;

    /// <summary>"【訓練】令和X年 岐阜県洪水" / "[DRILL] Gifu flood".</summary>
    public string Title(bool english) => DisasterLabels.DrillPrefix(Disaster.IsDrill, english) + Disaster.Name(english);

    /// <summary>"2024年5月1日（水）10:30 時点" / "As of Wed 1 May 2024, 10:30 JST".</summary>
    public string AsOfText(bool english) => english
        ? $"{ReportWords.AsOf.En} {Meetings.JapanTime.Format(AsOf, true)}"
        : $"{Meetings.JapanTime.Format(AsOf, false)} {ReportWords.AsOf.Ja}";

    /// <summary>"岐阜県、愛知県" / "Gifu, Aichi", in code order as declared.</summary>
    public string PrefectureNames(bool english) => string.Join(english ? ", " : "、",
        Disaster.PrefectureCodes.Select(c => Prefectures.All.FirstOrDefault(p => p.Code == c)?.Name(english) ?? c));

    public string Name(string? code, bool english) =>
        code is null ? "" : Associations.TryGetValue(code, out var v) ? v.DisplayName(english) : code;

    /// <summary>The association's current block; "" when it is not known.</summary>
    public string BlockOf(string code) => Associations.TryGetValue(code, out var v) ? v.BlockId : "";

    public string BlockName(string blockId, bool english) => Blocks.TryGetValue(blockId, out var b) ? b.Name(english) : blockId;

    public int BlockOrder(string blockId) => Blocks.TryGetValue(blockId, out var b) ? b.SortOrder : int.MaxValue;

    public string? RequestLabel(int? requestId, bool english) =>
        requestId is { } id && Requests.FirstOrDefault(r => r.Request.Id == id) is { } r ? r.Request.Label(english) : null;

    /// <summary>The event in a sentence for members (no e-mail address: the author's association or 事務局).</summary>
    public string Describe(DisasterEvent e, bool english) =>
        Timeline.Describe(e, code => Name(code, english), english, RequestLabel(e.RequestId, english));

    /// <summary>Open needs, most urgent first, then in the order they were posted.</summary>
    public IEnumerable<ReportRequest> OpenNeeds => Requests.Where(r => r.IsOpenNeed).OrderBy(r => r.Request.Urgency).ThenBy(r => r.Request.Number);

    /// <summary>Offers still waiting for a decision on requests that are not withdrawn.</summary>
    public IEnumerable<(ReportRequest Request, SupportOffer Offer)> PendingOffers =>
        Requests.Where(r => !r.Request.IsClosed)
            .SelectMany(r => r.Request.Offers.Where(o => o.State == OfferState.Pending).Select(o => (r, o)))
            .OrderBy(x => x.o.OfferedAt);

    /// <summary>Who is on the way: offers accepted or dispatched (not yet completed).</summary>
    public IEnumerable<(ReportRequest Request, SupportOffer Offer)> OnTheWay =>
        Requests.SelectMany(r => r.Request.Offers.Where(o => o.State is OfferState.Accepted or OfferState.Dispatched).Select(o => (r, o)))
            .OrderBy(x => x.o.From).ThenBy(x => x.r.Request.Number);

    /// <summary>The board's address, and a request's.</summary>
    public string BoardPath => $"/disasters/{Disaster.Id}";
    public string RequestPath(int requestId) => $"/disasters/{Disaster.Id}/requests/{requestId}";

    /// <summary>"11月26日 09:30" / "26 Nov 09:30" (Japan time): a table cell on paper, where the year is in the heading.</summary>
    public static string ShortTime(DateTime utc, bool english)
    {
        var t = Meetings.JapanTime.ToLocal(utc);
        return english ? t.ToString("d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture) : $"{t.Month}月{t.Day}日 {t:HH:mm}";
    }

    /// <summary>"11月26日〜12月2日" / "26 Nov – 2 Dec".</summary>
    public static string ShortPeriod(DateOnly from, DateOnly? to, bool english)
    {
        string Day(DateOnly d) => english ? d.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture) : $"{d.Month}月{d.Day}日";
        return to is { } t && t != from ? $"{Day(from)}{(english ? " – " : "〜")}{Day(t)}" : to is null ? $"{Day(from)}{(english ? " –" : "〜")}" : Day(from);
    }
}
