namespace Renkei.Web.Features.Disasters.Support;

/// <summary>An association as the API names it: its code and its current name in the caller's language.</summary>
public sealed record AssociationRef(string Code, string Name);

/// <summary>How far a request is covered: "3 of 4", the languages no counted offer brings, and the same in words.</summary>
public sealed record CoverageResource(int Needed, int Covered, int Missing, IReadOnlyList<string> MissingLanguages, int Pending, string State, string MissingText);

public sealed record StepResource(int Sequence, string Kind, string? Note, DateTime At, string? ByAssociation);

public sealed record OfferResource(int Id, int RequestId, AssociationRef Association, int People, string? Who, IReadOnlyList<string> Languages,
    DateOnly From, DateOnly To, string Mode, string? Details, DateTime OfferedAt, string? OfferedByAssociation, string State, IReadOnlyList<StepResource> Steps);

/// <summary>A request; <see cref="Offers"/> only when one request is read. Reach is "block" until escalated, then "all".</summary>
public sealed record RequestResource(int Id, int DisasterId, int Number, string Label, bool IsDrill, AssociationRef Association, string BlockId,
    string Kind, IReadOnlyList<string> Languages, int People, DateOnly From, DateOnly? To, string Place, string Urgency, string? Details,
    DateTime PostedAt, string? PostedByAssociation, string Reach, DateTime EscalateAfter, DateTime? EscalatedAt, bool EscalatedAutomatically,
    DateTime? CoveredAt, DateTime? ClosedAt, string? ClosingNote, CoverageResource Coverage, IReadOnlyList<OfferResource>? Offers);

/// <summary>Requests, offers and steps as the API returns them (codes via <see cref="DisasterLabels.Code{T}"/>, times in UTC).</summary>
public static class SupportResources
{
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    public static RequestResource Of(SupportRequest r, bool isDrill, SupportNames names, bool english, bool withOffers)
    {
        var coverage = Coverage.Of(r);
        return new RequestResource(r.Id, r.DisasterId, r.Number, r.Label(english), isDrill, Ref(r.AssociationCode, names, english), r.BlockId,
            DisasterLabels.Code(r.Kind), r.Languages, r.People, r.From, r.To, r.Place, DisasterLabels.Code(r.Urgency), r.Details,
            Utc(r.PostedAt), r.PostedByAssociationCode, r.IsEscalated ? "all" : "block", Utc(r.EscalateAfter), Utc(r.EscalatedAt),
            r.IsEscalated && r.EscalatedBy is null, Utc(r.CoveredAt), Utc(r.ClosedAt), r.ClosingNote,
            new CoverageResource(coverage.Needed, coverage.Covered, coverage.Missing, coverage.MissingLanguages, coverage.Pending,
                DisasterLabels.Code(coverage.State), coverage.MissingText(english)),
            withOffers ? r.Offers.OrderBy(o => o.OfferedAt).ThenBy(o => o.Id).Select(o => Of(o, names, english)).ToList() : null);
    }

    public static OfferResource Of(SupportOffer o, SupportNames names, bool english) =>
        new(o.Id, o.RequestId, Ref(o.AssociationCode, names, english), o.People, o.Who, o.Languages, o.From, o.To, DisasterLabels.Code(o.Mode),
            o.Details, Utc(o.OfferedAt), o.OfferedByAssociationCode, DisasterLabels.Code(o.State),
            o.Steps.OrderBy(s => s.Sequence).Select(s => new StepResource(s.Sequence, DisasterLabels.Code(s.Kind), s.Note, Utc(s.At), s.ByAssociationCode)).ToList());

    static AssociationRef Ref(string code, SupportNames names, bool english) => new(code, names.Of(code, english));
}
