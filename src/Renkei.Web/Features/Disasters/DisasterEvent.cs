namespace Renkei.Web.Features.Disasters;

public enum DisasterEventKind
{
    Declared,
    Updated,
    StatusReported,
    RequestPosted,
    RequestEscalated,
    RequestCovered,
    RequestClosed,
    OfferMade,
    OfferAccepted,
    OfferDeclined,
    OfferWithdrawn,
    OfferDispatched,
    OfferCompleted,
    Closed,
}

/// <summary>
/// The timeline of a disaster: every step with its time and author, written in the same save as the step itself
/// (<see cref="Timeline"/>). An event about a request is seen by whoever may see the request, so a request still in
/// its block does not leak through the timeline, the feed or the situation report.
/// </summary>
public class DisasterEvent
{
    public long Id { get; set; }
    public int DisasterId { get; set; }
    public int? RequestId { get; set; }
    public SupportRequest? Request { get; set; }
    public int? OfferId { get; set; }
    public DisasterEventKind Kind { get; set; }
    public DateTime At { get; set; }
    /// <summary>The user (e-mail) who took the step; "system" for automatic steps. Kept for the record, not shown to members.</summary>
    public required string ActorName { get; set; }
    /// <summary>The association the author acted as; null for the secretariat or the system.</summary>
    public string? ActorAssociationCode { get; set; }
    public bool Automatic { get; set; }
    /// <summary>The association the step is about: the affected, requesting or offering one.</summary>
    public string? AssociationCode { get; set; }
    /// <summary>A short note: a status, a reason, a report (as typed, in the author's language).</summary>
    public string? Note { get; set; }
}
