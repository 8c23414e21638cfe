using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>A timeline event with the number of the request it is about (要請3), for its sentence.</summary>
public sealed record BoardEvent(DisasterEvent Event, int? RequestNumber);

/// <summary>An offer with the request it answers.</summary>
public sealed record BoardOffer(SupportOffer Offer, SupportRequest Request);

/// <summary>
/// What a board shows to everyone under the same block rule (the secretariat, or the members of one block): the
/// disaster, the affected associations, the requests that rule lets them see (with their offers and steps), the latest
/// visible timeline events and the associations' names, with the lists the board draws worked out once. Read with a
/// handful of no-tracking queries whatever the number of requests, and shared read-only by every reader of
/// <see cref="BoardCache"/>: nothing here may be changed after loading (what is worked out from it is only remembered).
/// </summary>
public sealed class BoardData
{
    public const int TimelineLength = 50;

    /// <summary>This load, for keys of what is rendered from it (a reload is a new stamp).</summary>
    public Guid Stamp { get; } = Guid.NewGuid();

    public required Disaster Disaster { get; init; }
    public required AssociationBook Book { get; init; }
    public required IReadOnlyList<AffectedAssociation> Affected { get; init; }
    public required IReadOnlyList<SupportRequest> Requests { get; init; }
    public required IReadOnlyList<BoardEvent> Events { get; init; }
    public required IReadOnlyDictionary<int, Coverage> Coverage { get; init; }
    public required IReadOnlyList<SupportRequest> OpenNeeds { get; init; }
    public required IReadOnlyList<BoardOffer> Pending { get; init; }
    public required IReadOnlyList<BoardOffer> OnTheWay { get; init; }
    public required IReadOnlySet<string> HelpingPrefectures { get; init; }
    public required IReadOnlyList<string> Helpers { get; init; }

    // BoardView.Affordances by kind of caller: what it is worked out from (the caller's association, the blocks it
    // coordinates, whether it is the secretariat) and this board, which never changes once loaded.
    readonly ConcurrentDictionary<(bool, string?, string), string> affordances = new();

    /// <summary>What a caller may do on this board, worked out by <paramref name="work"/> once per kind of caller.</summary>
    public string AffordancesOf(Responder who, Func<BoardView, string> work, BoardView view) =>
        affordances.GetOrAdd((who.IsSecretariat, who.AssociationCode, Coordinated(who)), static (_, arg) => arg.work(arg.view), (work, view));

    static string Coordinated(Responder who) => who.CoordinatedBlocks.Count switch
    {
        0 => "",
        1 => who.CoordinatedBlocks.First(),
        _ => string.Join(',', who.CoordinatedBlocks.Order(StringComparer.Ordinal)),
    };

    /// <summary>
    /// The board under the block rule of <paramref name="scope"/> (only its secretariat flag and block matter), or null
    /// when there is no such disaster. Synchronous on purpose: <see cref="BoardCache"/> runs it on a thread of its own,
    /// where each await would otherwise wait its turn behind hundreds of readers' work in the thread pool.
    /// </summary>
    public static BoardData? Load(RenkeiDbContext db, int id, Responder scope, AssociationBook book)
    {
        var disaster = db.Disasters.AsNoTracking().SingleOrDefault(d => d.Id == id);
        if (disaster is null) return null;
        var affected = db.AffectedAssociations.AsNoTracking().Where(a => a.DisasterId == id).OrderBy(a => a.AssociationCode).ToList();
        var requests = db.SupportRequests.AsNoTracking().VisibleTo(scope).Where(r => r.DisasterId == id)
            .Include(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery().ToList().OrderBy(r => r.Number).ToList();
        var events = db.DisasterEvents.AsNoTracking().VisibleTo(scope).Where(e => e.DisasterId == id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(TimelineLength)
            .Select(e => new { Event = e, Number = e.RequestId == null ? (int?)null : e.Request!.Number }).ToList();
        var coverage = requests.ToDictionary(r => r.Id, Disasters.Coverage.Of);
        var counted = requests.SelectMany(r => r.Offers).Where(o => o.Counts).ToList();
        return new BoardData
        {
            Disaster = disaster,
            Book = book,
            Affected = affected,
            Requests = requests,
            Events = events.Select(e => new BoardEvent(e.Event, e.Number)).ToList(),
            Coverage = coverage,
            // Requests still needing people or languages: 至急 first, then the longest waiting.
            OpenNeeds = requests.Where(r => !r.IsClosed && coverage[r.Id].State is RequestState.Open or RequestState.PartlyCovered)
                .OrderBy(r => r.Urgency).ThenBy(r => r.PostedAt).ThenBy(r => r.Number).ToList(),
            // Offers waiting for the requester (or its block chair, or the secretariat) to accept or decline.
            Pending = Offers(requests.Where(r => !r.IsClosed), OfferState.Pending),
            // Who is on the way: offers under way, then those accepted.
            OnTheWay = [.. Offers(requests, OfferState.Dispatched), .. Offers(requests, OfferState.Accepted)],
            HelpingPrefectures = counted.Select(o => book.Find(o.AssociationCode)?.PrefectureCode).OfType<string>().ToHashSet(),
            Helpers = counted.Select(o => o.AssociationCode).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
    }

    static List<BoardOffer> Offers(IEnumerable<SupportRequest> requests, OfferState state) => requests
        .SelectMany(r => r.Offers.Where(o => o.State == state).Select(o => new BoardOffer(o, r)))
        .OrderBy(o => o.Offer.From).ThenBy(o => o.Offer.OfferedAt).ToList();
}

/// <summary>
/// The coordination board as one caller sees it, for the page and the API alike: the shared <see cref="BoardData"/> of
/// the caller's block rule, and what only this caller may do on it (post, offer, decide, report, manage).
/// </summary>
public sealed class BoardView(BoardData data, Responder who, DateTime now)
{
    public const int TimelineLength = BoardData.TimelineLength;

    /// <summary>Offers awaiting a decision listed on the board; the rest are counted there and listed on their request's page.</summary>
    public const int PendingShown = 20;

    public BoardData Data => data;
    public Responder Who => who;
    public DateTime Now => now;
    public Disaster Disaster => data.Disaster;
    public AssociationBook Book => data.Book;
    public IReadOnlyList<AffectedAssociation> Affected => data.Affected;
    public IReadOnlyList<SupportRequest> Requests => data.Requests;
    public IReadOnlyList<BoardEvent> Events => data.Events;
    public IReadOnlyList<SupportRequest> OpenNeeds => data.OpenNeeds;
    public IReadOnlyList<BoardOffer> Pending => data.Pending;
    public IReadOnlyList<BoardOffer> OnTheWay => data.OnTheWay;
    public IReadOnlySet<string> HelpingPrefectures => data.HelpingPrefectures;
    public IReadOnlyList<string> Helpers => data.Helpers;

    public Coverage CoverageOf(SupportRequest r) => data.Coverage[r.Id];

    public bool Manages => DisasterSteps.Manages(Disaster, Who);

    /// <summary>May report for, and post requests on behalf of, this affected association.</summary>
    public bool ActsFor(string code) => Who.ActsFor(code, Book.BlockOf(code));

    /// <summary>May post a request for at least one affected association.</summary>
    public bool MayPost => Disaster.IsOpen && Affected.Any(a => ActsFor(a.AssociationCode));

    /// <summary>May offer help against the request: anyone who sees it but the requesting association itself.</summary>
    public bool MayOffer(SupportRequest r) => Disaster.IsOpen && !r.IsClosed && r.AssociationCode != Who.AssociationCode;

    /// <summary>
    /// What the caller may do on this board, in a few characters: the affected associations it acts for, its own
    /// requests (no offer button) and the requests whose offers it decides. Two callers alike here see the same board,
    /// so its rendered part is shared between them (most members: none of the three).
    /// </summary>
    /// <remarks>
    /// Worked out once per board and kind of caller (<see cref="BoardData.AffordancesOf"/>): every read of the page asks
    /// for it, and under hundreds of readers working it out each time was a twentieth of a read.
    /// </remarks>
    public string Affordances => data.AffordancesOf(who, static view => string.Join('|',
        string.Join(',', view.Affected.Where(a => view.ActsFor(a.AssociationCode)).Select(a => a.AssociationCode)),
        string.Join(',', view.Requests.Where(r => !view.MayOffer(r)).Select(r => r.Id)),
        string.Join(',', view.Pending.Select(o => o.Request).Distinct().Where(view.Who.Decides).Select(r => r.Id))), this);

    /// <summary>
    /// Whether the board quotes the event's note: status reports and the closing word. Reasons and reports of offers are
    /// on the request page; fifty of them quoted here would outweigh the rest of the board.
    /// </summary>
    public static bool ShowsNote(DisasterEvent e) => e.Kind is DisasterEventKind.StatusReported or DisasterEventKind.Closed;

    public string RequestLabel(int number, bool english) => english ? $"Request {number}" : $"要請{number}";

    public string Describe(BoardEvent e, bool english) =>
        Timeline.Describe(e.Event, code => Book.Name(code, english), english, e.RequestNumber is { } n ? RequestLabel(n, english) : null);

    /// <summary>The board for the caller read straight from the database (after a change, to answer with it); null when there is no such disaster.</summary>
    public static BoardView? Load(RenkeiDbContext db, int id, Responder who, TimeProvider clock) =>
        BoardData.Load(db, id, who, AssociationBook.Load(db, JapanDate.Today(clock))) is { } data
            ? new BoardView(data, who, clock.GetUtcNow().UtcDateTime)
            : null;
}
