using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>A timeline event with the number of the request it is about (要請3), for its sentence.</summary>
public sealed record BoardEvent(DisasterEvent Event, int? RequestNumber);

/// <summary>An offer with the request it answers.</summary>
public sealed record BoardOffer(SupportOffer Offer, SupportRequest Request);

/// <summary>
/// The coordination board as the caller may see it, for the page and the API alike: the affected associations, the
/// requests the block rule lets the caller see (with their offers and steps), the latest visible timeline events and
/// the associations' names. Read with a handful of no-tracking queries, whatever the number of requests: the board is
/// what hundreds of people reload on the worst day.
/// </summary>
public sealed class BoardView
{
    public const int TimelineLength = 50;

    public required Disaster Disaster { get; init; }
    public required Responder Who { get; init; }
    public required AssociationBook Book { get; init; }
    public required DateTime Now { get; init; }
    public required IReadOnlyList<AffectedAssociation> Affected { get; init; }
    public required IReadOnlyList<SupportRequest> Requests { get; init; }
    public required IReadOnlyList<BoardEvent> Events { get; init; }

    Dictionary<int, Coverage>? coverage;

    public Coverage CoverageOf(SupportRequest r) => (coverage ??= Requests.ToDictionary(x => x.Id, Coverage.Of))[r.Id];

    /// <summary>Requests still needing people or languages: 至急 first, then the longest waiting.</summary>
    public IReadOnlyList<SupportRequest> OpenNeeds => Requests
        .Where(r => !r.IsClosed && CoverageOf(r).State is RequestState.Open or RequestState.PartlyCovered)
        .OrderBy(r => r.Urgency).ThenBy(r => r.PostedAt).ThenBy(r => r.Number).ToList();

    /// <summary>Offers waiting for the requester (or its block chair, or the secretariat) to accept or decline.</summary>
    public IReadOnlyList<BoardOffer> Pending => Offers(OfferState.Pending, r => !r.IsClosed);

    /// <summary>Who is on the way: accepted offers and those under way.</summary>
    public IReadOnlyList<BoardOffer> OnTheWay => Offers(OfferState.Dispatched, _ => true).Concat(Offers(OfferState.Accepted, _ => true)).ToList();

    IReadOnlyList<BoardOffer> Offers(OfferState state, Func<SupportRequest, bool> request) => Requests.Where(request)
        .SelectMany(r => r.Offers.Where(o => o.State == state).Select(o => new BoardOffer(o, r)))
        .OrderBy(o => o.Offer.From).ThenBy(o => o.Offer.OfferedAt).ToList();

    /// <summary>Prefectures of the associations whose help counts (accepted, under way, done), for the map.</summary>
    public IReadOnlySet<string> HelpingPrefectures => Requests.SelectMany(r => r.Offers).Where(o => o.Counts)
        .Select(o => Book.Find(o.AssociationCode)?.PrefectureCode).OfType<string>().ToHashSet();

    /// <summary>The helping associations (counted offers), in code order.</summary>
    public IReadOnlyList<string> Helpers => Requests.SelectMany(r => r.Offers).Where(o => o.Counts)
        .Select(o => o.AssociationCode).Distinct().Order(StringComparer.Ordinal).ToList();

    public bool Manages => DisasterSteps.Manages(Disaster, Who);

    /// <summary>May report for, and post requests on behalf of, this affected association.</summary>
    public bool ActsFor(string code) => Who.ActsFor(code, Book.BlockOf(code));

    /// <summary>May post a request for at least one affected association.</summary>
    public bool MayPost => Disaster.IsOpen && Affected.Any(a => ActsFor(a.AssociationCode));

    /// <summary>May offer help against the request: anyone who sees it but the requesting association itself.</summary>
    public bool MayOffer(SupportRequest r) => Disaster.IsOpen && !r.IsClosed && r.AssociationCode != Who.AssociationCode;

    /// <summary>
    /// Whether the board quotes the event's note: status reports and the closing word. Reasons and reports of offers are
    /// on the request page; fifty of them quoted here would outweigh the rest of the board.
    /// </summary>
    public static bool ShowsNote(DisasterEvent e) => e.Kind is DisasterEventKind.StatusReported or DisasterEventKind.Closed;

    public string RequestLabel(int number, bool english) => english ? $"Request {number}" : $"要請{number}";

    public string Describe(BoardEvent e, bool english) =>
        Timeline.Describe(e.Event, code => Book.Name(code, english), english, e.RequestNumber is { } n ? RequestLabel(n, english) : null);

    /// <summary>The board for the caller, or null when there is no such disaster.</summary>
    public static async Task<BoardView?> LoadAsync(RenkeiDbContext db, int id, Responder who, TimeProvider clock, CancellationToken ct = default)
    {
        var disaster = await db.Disasters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (disaster is null) return null;
        var affected = await db.AffectedAssociations.AsNoTracking().Where(a => a.DisasterId == id).OrderBy(a => a.AssociationCode).ToListAsync(ct);
        var requests = await db.SupportRequests.AsNoTracking().VisibleTo(who).Where(r => r.DisasterId == id)
            .Include(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery().ToListAsync(ct);
        var events = await db.DisasterEvents.AsNoTracking().VisibleTo(who).Where(e => e.DisasterId == id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(TimelineLength)
            .Select(e => new { Event = e, Number = e.RequestId == null ? (int?)null : e.Request!.Number }).ToListAsync(ct);
        var book = await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct);
        return new BoardView
        {
            Disaster = disaster,
            Who = who,
            Book = book,
            Now = clock.GetUtcNow().UtcDateTime,
            Affected = affected,
            Requests = requests.OrderBy(r => r.Number).ToList(),
            Events = events.Select(e => new BoardEvent(e.Event, e.Number)).ToList(),
        };
    }
}
