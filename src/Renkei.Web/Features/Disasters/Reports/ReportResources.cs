namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>One timeline event in API v1. <c>text</c> starts with 【訓練】/[DRILL] for a drill.</summary>
public sealed record TimelineEventResource(long Id, DateTime At, string Kind, bool Automatic, string? ActorAssociation, string? AboutAssociation,
    int? RequestId, int? OfferId, string Text, string? Note);

/// <summary>A disaster's timeline in API v1. <c>complete</c>: false when requests of another block are left out (not yet escalated).</summary>
public sealed record TimelineResource(int DisasterId, string Name, bool IsDrill, bool IsSample, bool Complete, IReadOnlyList<TimelineEventResource> Events);

public sealed record AssociationRef(string Code, string Name, string Block);

public sealed record KindFigure(string Kind, int Requests, int People, int PersonDays);

public sealed record RequestFigures(int Total, int People, IReadOnlyList<KindFigure> ByKind, IReadOnlyDictionary<string, int> ByUrgency,
    IReadOnlyDictionary<string, int> ByState);

public sealed record SupportFigures(int People, int Days, int PersonDays, int OnSitePersonDays, int RemotePersonDays, int InBlockPersonDays,
    int OtherBlocksPersonDays);

public sealed record HelpFigure(AssociationRef Helper, AssociationRef Helped, string Kind, string Mode, int Offers, int People, int Days, int PersonDays);

public sealed record BlockFigure(string HelperBlock, string HelpedBlock, int Offers, int People, int PersonDays);

public sealed record TimingFigures(double? MedianHoursToFirstOffer, int RequestsWithOffer, double? MedianHoursToCoverage, int RequestsCovered);

/// <summary>A disaster's support summary in API v1 (see <see cref="SupportSummary"/> for what each figure counts).</summary>
public sealed record SummaryResource(int DisasterId, string Name, bool IsDrill, bool IsSample, string Status, bool Final, bool Complete,
    DateTime AsOf, DateTime? ClosedAt, string? ClosingNote, RequestFigures Requests, OfferCounts Offers, SupportFigures Support,
    IReadOnlyList<HelpFigure> WhoHelpedWhom, IReadOnlyList<BlockFigure> ByBlock, RoutingCounts Routing, TimingFigures Timing)
{
    public static SummaryResource Of(SituationReport r, SupportSummary s, bool english)
    {
        var d = r.Disaster;
        AssociationRef Ref(string code, string block) => new(code, r.Name(code, english), block);
        static Dictionary<string, int> All<T>(IReadOnlyDictionary<T, int> counts) where T : struct, Enum =>
            Enum.GetValues<T>().ToDictionary(DisasterLabels.Code, v => counts.GetValueOrDefault(v));
        static double? Hours(TimeSpan? t) => t is { } v ? Math.Round(v.TotalHours, 1) : null;
        return new SummaryResource(d.Id, d.Name(english), d.IsDrill, d.IsSample, DisasterLabels.Code(d.Status), s.Final, r.SeesAll,
            ReportsApi.Utc(r.AsOf), d.ClosedAt is { } closed ? ReportsApi.Utc(closed) : null, d.ClosingNote,
            new RequestFigures(s.Requests, s.PeopleRequested,
                s.ByKind.Select(k => new KindFigure(DisasterLabels.Code(k.Kind), k.Requests, k.People, k.PersonDays)).ToList(),
                All(s.ByUrgency), All(s.ByState)),
            s.Offers,
            new SupportFigures(s.People, s.SupportDays, s.PersonDays, s.OnSitePersonDays, s.RemotePersonDays, s.InBlockPersonDays, s.OtherBlocksPersonDays),
            s.Help.Select(h => new HelpFigure(Ref(h.Helper, h.HelperBlock), Ref(h.Helped, h.HelpedBlock), DisasterLabels.Code(h.Kind),
                DisasterLabels.Code(h.Mode), h.Offers, h.People, h.Days, h.PersonDays)).ToList(),
            s.ByBlock.Select(b => new BlockFigure(b.HelperBlock, b.HelpedBlock, b.Offers, b.People, b.PersonDays)).ToList(),
            s.Routing,
            new TimingFigures(Hours(s.MedianToFirstOffer), s.RequestsWithOffer, Hours(s.MedianToCoverage), s.RequestsCovered));
    }
}
