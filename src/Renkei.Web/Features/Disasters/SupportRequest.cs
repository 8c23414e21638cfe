namespace Renkei.Web.Features.Disasters;

/// <summary>職員派遣, 通訳ボランティア, 翻訳ボランティア, 遠隔翻訳, 電話・ビデオ通訳, 支援センター運営応援, 多言語資料, その他.</summary>
public enum SupportKind
{
    StaffDispatch,
    Interpreters,
    Translators,
    RemoteTranslation,
    PhoneVideoInterpreting,
    SupportCentreStaffing,
    Materials,
    Other,
}

/// <summary>至急 / 高 / 通常, in the order the board lists them.</summary>
public enum Urgency
{
    Immediate,
    High,
    Normal,
}

/// <summary>
/// What an affected association needs (posted by it, or by its block chair or the secretariat on its behalf). Routing
/// follows the agreements: it is seen by the associations of its own block (<see cref="BlockId"/>, fixed when posted)
/// until it is escalated, by hand or because it was not covered by <see cref="EscalateAfter"/>; then by every member.
/// Whether it is covered is worked out from the offers (<see cref="Coverage"/>); <see cref="CoveredAt"/> keeps the
/// moment it first was, so that a covered request is not escalated.
/// </summary>
public class SupportRequest
{
    public int Id { get; set; }
    public int DisasterId { get; set; }
    public Disaster? Disaster { get; set; }
    /// <summary>要請1, 要請2, … within the disaster.</summary>
    public int Number { get; set; }
    /// <summary>The affected association the support is for.</summary>
    public required string AssociationCode { get; set; }
    /// <summary>The block of that association when the request was posted.</summary>
    public required string BlockId { get; set; }
    public SupportKind Kind { get; set; }
    /// <summary>Codes from <see cref="SupportLanguages"/>; empty when no language is involved (materials, staff).</summary>
    public List<string> Languages { get; set; } = [];
    public int People { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public required string Place { get; set; }
    public Urgency Urgency { get; set; }
    public string? Details { get; set; }
    public DateTime PostedAt { get; set; }
    public required string PostedBy { get; set; }
    /// <summary>The association whose user posted it (the block chair's when on behalf); null for the secretariat.</summary>
    public string? PostedByAssociationCode { get; set; }
    public DateTime EscalateAfter { get; set; }
    public DateTime? EscalatedAt { get; set; }
    /// <summary>Who escalated it; null when it was escalated automatically at <see cref="EscalateAfter"/>.</summary>
    public string? EscalatedBy { get; set; }
    public DateTime? CoveredAt { get; set; }
    /// <summary>Set when the requester withdraws it or it is no longer needed; offers can then no longer be made.</summary>
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public string? ClosingNote { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<SupportOffer> Offers { get; set; } = [];

    public bool IsEscalated => EscalatedAt is not null;
    public bool IsClosed => ClosedAt is not null;

    /// <summary>Still only in its block, not covered, not closed, and past its deadline: the sweep escalates it.</summary>
    public bool EscalationDue(DateTime now) => EscalatedAt is null && CoveredAt is null && ClosedAt is null && EscalateAfter <= now;

    public string Label(bool english) => english ? $"Request {Number}" : $"要請{Number}";
}
