namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>One line of "who helped whom": an offering association's counted support to an affected association, for one kind and mode.</summary>
public sealed record HelpLine(string Helper, string HelperBlock, string Helped, string HelpedBlock, SupportKind Kind, OfferMode Mode,
    int Offers, int People, int Days, int PersonDays);

/// <summary>Support from one block to another (the same block: help inside the block agreement).</summary>
public sealed record BlockLine(string HelperBlock, string HelpedBlock, int Offers, int People, int PersonDays)
{
    public bool InBlock => HelperBlock == HelpedBlock;
}

/// <summary>Requests of one kind: how many, how many people were asked for, and the person-days of support they got.</summary>
public sealed record KindLine(SupportKind Kind, int Requests, int People, int PersonDays);

/// <summary>
/// Offers by what became of them. <see cref="Accepted"/> counts every offer ever accepted (so also those dispatched,
/// completed, or withdrawn after acceptance); the others count offers by their latest step.
/// </summary>
public sealed record OfferCounts(int Made, int Pending, int Accepted, int Declined, int Withdrawn, int Dispatched, int Completed);

/// <summary>How the requests were routed: kept in the block (and covered there) or escalated to every block (by the deadline or by hand).</summary>
public sealed record RoutingCounts(int InBlock, int CoveredInBlock, int Escalated, int EscalatedAutomatically, int EscalatedByHand, int CoveredAfterEscalation);

/// <summary>
/// The figures of a disaster's support (支援実績), computed from the requests the caller sees: requests by kind,
/// urgency and state; offers; who helped whom with days and person-days; support between blocks; routing; and how
/// long it took to get a first offer and to be covered (medians). Support counts the offers that count toward
/// coverage (accepted, dispatched, completed); days are the offered period, inclusive; person-days are people × days.
/// While the disaster is open these are figures so far (途中集計); after it closes, final.
/// </summary>
public sealed class SupportSummary
{
    public bool Final { get; private init; }
    public int Requests { get; private init; }
    public int PeopleRequested { get; private init; }
    public IReadOnlyList<KindLine> ByKind { get; private init; } = [];
    public IReadOnlyDictionary<Urgency, int> ByUrgency { get; private init; } = new Dictionary<Urgency, int>();
    public IReadOnlyDictionary<RequestState, int> ByState { get; private init; } = new Dictionary<RequestState, int>();
    /// <summary>Requests by the block they were posted in.</summary>
    public IReadOnlyDictionary<string, int> RequestsByBlock { get; private init; } = new Dictionary<string, int>();
    public OfferCounts Offers { get; private init; } = new(0, 0, 0, 0, 0, 0, 0);
    public IReadOnlyList<HelpLine> Help { get; private init; } = [];
    public IReadOnlyList<BlockLine> ByBlock { get; private init; } = [];
    public RoutingCounts Routing { get; private init; } = new(0, 0, 0, 0, 0, 0);
    public TimeSpan? MedianToFirstOffer { get; private init; }
    public int RequestsWithOffer { get; private init; }
    public TimeSpan? MedianToCoverage { get; private init; }
    public int RequestsCovered { get; private init; }

    public int People => Help.Sum(h => h.People);
    public int SupportDays => Help.Sum(h => h.Days);
    public int PersonDays => Help.Sum(h => h.PersonDays);
    public int OnSitePersonDays => Help.Where(h => h.Mode == OfferMode.OnSite).Sum(h => h.PersonDays);
    public int RemotePersonDays => Help.Where(h => h.Mode == OfferMode.Remote).Sum(h => h.PersonDays);
    public int InBlockPersonDays => ByBlock.Where(b => b.InBlock).Sum(b => b.PersonDays);
    public int OtherBlocksPersonDays => ByBlock.Where(b => !b.InBlock).Sum(b => b.PersonDays);

    /// <param name="blockOf">An association's current block (for the helping side; the helped side is the request's block).</param>
    public static SupportSummary Of(Disaster disaster, IReadOnlyList<ReportRequest> requests, Func<string, string> blockOf)
    {
        var offers = requests.SelectMany(r => r.Request.Offers.Select(o => (r.Request, Offer: o))).ToList();
        var counted = offers.Where(x => x.Offer.Counts).ToList();
        var help = counted
            .GroupBy(x => (Helper: x.Offer.AssociationCode, Helped: x.Request.AssociationCode, HelpedBlock: x.Request.BlockId, x.Request.Kind, x.Offer.Mode))
            .Select(g => new HelpLine(g.Key.Helper, blockOf(g.Key.Helper), g.Key.Helped, g.Key.HelpedBlock, g.Key.Kind, g.Key.Mode,
                g.Count(), g.Sum(x => x.Offer.People), g.Sum(x => x.Offer.Days), g.Sum(x => x.Offer.PersonDays)))
            .OrderBy(h => h.Helper, StringComparer.Ordinal).ThenBy(h => h.Helped, StringComparer.Ordinal).ThenBy(h => h.Kind).ThenBy(h => h.Mode)
            .ToList();
        var byBlock = help.GroupBy(h => (h.HelperBlock, h.HelpedBlock))
            .Select(g => new BlockLine(g.Key.HelperBlock, g.Key.HelpedBlock, g.Sum(h => h.Offers), g.Sum(h => h.People), g.Sum(h => h.PersonDays)))
            .ToList();
        var toFirstOffer = requests.Where(r => r.Request.Offers.Count > 0)
            .Select(r => NotNegative(r.Request.Offers.Min(o => o.OfferedAt) - r.Request.PostedAt)).ToList();
        var toCoverage = requests.Where(r => r.Request.CoveredAt is not null)
            .Select(r => NotNegative(r.Request.CoveredAt!.Value - r.Request.PostedAt)).ToList();
        bool Covered(ReportRequest r) => r.Coverage.IsCovered;
        var escalated = requests.Where(r => r.Request.IsEscalated).ToList();
        return new SupportSummary
        {
            Final = !disaster.IsOpen,
            Requests = requests.Count,
            PeopleRequested = requests.Sum(r => r.Request.People),
            ByKind = requests.GroupBy(r => r.Request.Kind).OrderBy(g => g.Key)
                .Select(g => new KindLine(g.Key, g.Count(), g.Sum(r => r.Request.People), help.Where(h => h.Kind == g.Key).Sum(h => h.PersonDays)))
                .ToList(),
            ByUrgency = requests.GroupBy(r => r.Request.Urgency).ToDictionary(g => g.Key, g => g.Count()),
            ByState = requests.GroupBy(r => r.Coverage.State).ToDictionary(g => g.Key, g => g.Count()),
            RequestsByBlock = requests.GroupBy(r => r.Request.BlockId).ToDictionary(g => g.Key, g => g.Count()),
            Offers = new OfferCounts(offers.Count,
                offers.Count(x => x.Offer.State == OfferState.Pending),
                offers.Count(x => x.Offer.Steps.Any(s => s.Kind == OfferStepKind.Accepted)),
                offers.Count(x => x.Offer.State == OfferState.Declined),
                offers.Count(x => x.Offer.State == OfferState.Withdrawn),
                offers.Count(x => x.Offer.State == OfferState.Dispatched),
                offers.Count(x => x.Offer.State == OfferState.Completed)),
            Help = help,
            ByBlock = byBlock,
            Routing = new RoutingCounts(requests.Count - escalated.Count, requests.Count(r => !r.Request.IsEscalated && Covered(r)),
                escalated.Count, escalated.Count(r => r.Request.EscalatedBy is null), escalated.Count(r => r.Request.EscalatedBy is not null),
                escalated.Count(Covered)),
            MedianToFirstOffer = Median(toFirstOffer),
            RequestsWithOffer = toFirstOffer.Count,
            MedianToCoverage = Median(toCoverage),
            RequestsCovered = toCoverage.Count,
        };
    }

    static TimeSpan NotNegative(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;

    /// <summary>The middle value; the mean of the two middle ones for an even count; null for none.</summary>
    public static TimeSpan? Median(IReadOnlyCollection<TimeSpan> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>"1日3時間20分" / "1 d 3 h 20 min"; "–" for none.</summary>
    public static string Duration(TimeSpan? span, bool english)
    {
        if (span is not { } t) return "–";
        var minutes = (long)Math.Round(t.TotalMinutes);
        var (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        var parts = new List<string>();
        if (days > 0) parts.Add(english ? $"{days} d" : $"{days}日");
        if (hours > 0) parts.Add(english ? $"{hours} h" : $"{hours}時間");
        if (mins > 0 || parts.Count == 0) parts.Add(english ? $"{mins} min" : $"{mins}分");
        return string.Join(english ? " " : "", parts);
    }
}
