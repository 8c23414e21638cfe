using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Demo;

/// <summary>
/// Writes a demo disaster's history one step at a time, as the pages would have written it: every step with its
/// timeline event at the same moment and by the same author (<see cref="Timeline.Add"/>), offers moved on only where
/// <see cref="OfferSteps.Follows"/> allows, coverage kept by <see cref="OfferSteps.MarkCoverage"/> with its
/// automatic 充足 event. A script that breaks a rule throws, so the demo cannot show what the app would refuse.
/// The disaster must already be saved (everything points at its id); <see cref="SaveAsync"/> stores the rest.
/// </summary>
sealed class DemoHistory(RenkeiDbContext db, Disaster disaster, IReadOnlyDictionary<string, string> blocks)
{
    static readonly IReadOnlySet<string> NoBlocks = new HashSet<string>();
    // Kept in the order they happened and stored by SaveAsync (an offer's event needs the offer's id).
    readonly List<SupportRequest> requests = [];
    readonly List<(SupportRequest Request, SupportOffer Offer)> offers = [];
    readonly List<(SupportOffer Offer, OfferStep Step)> steps = [];
    readonly List<Action> events = [];
    int number;

    public Disaster Disaster => disaster;

    public static Responder Secretariat { get; } = new(true, null, null, NoBlocks, DemoData.Secretariat.Email);

    /// <summary>A user of the association: its demo admin when there is one, else a made-up staff address.</summary>
    public Responder Of(string code) =>
        new(false, code, blocks[code], NoBlocks, DemoData.Accounts.FirstOrDefault(a => a.AssociationCode == code && a.Role == Roles.AssociationAdmin)?.Email
            ?? $"staff@{code}.demo.renkei.jp");

    public void Declared(DateTime at) => events.Add(() => Timeline.Add(db, disaster.Id, DisasterEventKind.Declared, Secretariat, at));

    public void Status(string code, OperatingStatus status, bool supportCentreOpen, string note, DateTime at, Responder? by = null)
    {
        by ??= Of(code);
        var affected = disaster.Affected.Single(a => a.AssociationCode == code);
        if (!by.ActsFor(code, blocks[code])) throw new InvalidOperationException($"{by.Name} may not report for {code}.");
        (affected.Status, affected.SupportCentreOpen, affected.Note, affected.ReportedAt, affected.ReportedBy) = (status, supportCentreOpen, note, at, by.Name);
        events.Add(() => Timeline.Add(db, disaster.Id, DisasterEventKind.StatusReported, by, at, code, note: note));
    }

    public SupportRequest Request(string code, SupportKind kind, string[] languages, int people, Urgency urgency, string place, string details,
        DateOnly from, DateOnly? to, DateTime at, Responder? by = null)
    {
        by ??= Of(code);
        if (!by.ActsFor(code, blocks[code]) || disaster.Affected.All(a => a.AssociationCode != code))
            throw new InvalidOperationException($"{by.Name} may not post a request for {code}.");
        var request = new SupportRequest
        {
            DisasterId = disaster.Id,
            Number = ++number,
            AssociationCode = code,
            BlockId = blocks[code],
            Kind = kind,
            Languages = [.. languages],
            People = people,
            Urgency = urgency,
            Place = place,
            Details = details,
            From = from,
            To = to,
            PostedAt = at,
            PostedBy = by.Name,
            PostedByAssociationCode = by.AssociationCode,
            EscalateAfter = at.AddHours(disaster.EscalationHours),
        };
        requests.Add(request);
        events.Add(() => Timeline.Add(db, disaster.Id, DisasterEventKind.RequestPosted, by, at, code, request));
        return request;
    }

    /// <summary>By hand (block chair or secretariat, with a note), or automatically (no author) at the deadline.</summary>
    public void Escalate(SupportRequest request, DateTime at, Responder? by = null, string? note = null)
    {
        if (by is null ? !request.EscalationDue(at) : !by.Escalates(request) || request.IsEscalated)
            throw new InvalidOperationException($"{request.Label(false)} cannot be escalated at {at:O}.");
        (request.EscalatedAt, request.EscalatedBy) = (at, by?.Name);
        events.Add(() => Timeline.Add(db, disaster.Id, DisasterEventKind.RequestEscalated, by, at, request.AssociationCode, request, note: note));
    }

    public SupportOffer Offer(SupportRequest request, string code, int people, string[] languages, OfferMode mode, string who, string? details,
        DateTime at, DateOnly? from = null, DateOnly? to = null)
    {
        var by = Of(code);
        if (!by.Sees(request) || code == request.AssociationCode || request.IsClosed || at < request.PostedAt)
            throw new InvalidOperationException($"{code} cannot offer for {request.Label(false)}.");
        var offer = new SupportOffer
        {
            DisasterId = disaster.Id,
            AssociationCode = code,
            People = people,
            Who = who,
            Languages = [.. languages],
            From = from ?? request.From,
            To = to ?? request.To ?? request.From,
            Mode = mode,
            Details = details,
            OfferedAt = at,
            OfferedBy = by.Name,
            OfferedByAssociationCode = code,
        };
        request.Offers.Add(offer);
        offers.Add((request, offer));
        events.Add(() => Timeline.Add(db, disaster.Id, DisasterEventKind.OfferMade, by, at, code, request, offer.Id));
        return offer;
    }

    /// <summary>Accepted or declined by the requester's side (<paramref name="by"/>), the rest by the offering association unless given.</summary>
    public void Step(SupportRequest request, SupportOffer offer, OfferStepKind kind, DateTime at, Responder? by = null, string? note = null)
    {
        by ??= kind is OfferStepKind.Accepted or OfferStepKind.Declined ? Of(request.AssociationCode) : Of(offer.AssociationCode);
        var allowed = kind switch
        {
            OfferStepKind.Accepted or OfferStepKind.Declined => by.Decides(request),
            OfferStepKind.Withdrawn => by.IsSecretariat || offer.AssociationCode == by.AssociationCode,
            _ => by.Decides(request) || offer.AssociationCode == by.AssociationCode,
        };
        if (!allowed || !OfferSteps.Follows(offer.State, kind) || at < (offer.Latest?.At ?? offer.OfferedAt) || (kind == OfferStepKind.Completed && note is null))
            throw new InvalidOperationException($"{kind} is not a step {by.Name} may take on {offer.AssociationCode}'s offer for {request.Label(false)}.");
        var step = new OfferStep
        {
            Sequence = (offer.Latest?.Sequence ?? 0) + 1,
            Kind = kind,
            Note = note,
            At = at,
            By = by.Name,
            ByAssociationCode = by.AssociationCode,
        };
        offer.Steps.Add(step);
        steps.Add((offer, step));
        events.Add(() => Timeline.Add(db, disaster.Id, OfferSteps.EventOf(kind), by, at, offer.AssociationCode, request, offer.Id, note));
        if (OfferSteps.MarkCoverage(request, at))
            events.Add(() => Timeline.Add(db, disaster.Id, DisasterEventKind.RequestCovered, null, at, request.AssociationCode, request));
    }

    public void Close(DateTime at, string note)
    {
        (disaster.Status, disaster.ClosedAt, disaster.ClosedBy, disaster.ClosingNote) = (DisasterStatus.Closed, at, Secretariat.Name, note);
        events.Add(() => Timeline.Add(db, disaster.Id, DisasterEventKind.Closed, Secretariat, at, note: note));
    }

    /// <summary>
    /// Stores the requests, then the offers, the steps and the timeline, each in the order they happened, so that ids
    /// follow the story (in one save EF orders inserts by their dependencies, not by when they were added) and the
    /// demo's ids are the same on every fresh database.
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        foreach (var request in requests) request.Offers.Clear();
        foreach (var (offer, _) in steps) offer.Steps.Clear();
        db.SupportRequests.AddRange(requests);
        await db.SaveChangesAsync(ct);
        foreach (var (request, offer) in offers) offer.RequestId = request.Id;
        db.SupportOffers.AddRange(offers.Select(o => o.Offer));
        await db.SaveChangesAsync(ct);
        foreach (var (offer, step) in steps) step.OfferId = offer.Id;
        db.OfferSteps.AddRange(steps.Select(s => s.Step));
        await db.SaveChangesAsync(ct);
        foreach (var add in events) add();
        await db.SaveChangesAsync(ct);
    }
}
