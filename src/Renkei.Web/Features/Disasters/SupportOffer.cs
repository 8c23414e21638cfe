namespace Renkei.Web.Features.Disasters;

/// <summary>現地派遣 / 遠隔（電話・オンライン）.</summary>
public enum OfferMode
{
    OnSite,
    Remote,
}

/// <summary>
/// An association's offer of help against a request: who, how many, which languages and dates, on site or remote.
/// Append-only: the offer row is never changed; what happens to it (accepted, declined, dispatched, completed,
/// withdrawn) is a sequence of <see cref="OfferStep"/> rows, and its state is the latest one.
/// </summary>
public class SupportOffer
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public SupportRequest? Request { get; set; }
    public int DisasterId { get; set; }
    /// <summary>The association that offers.</summary>
    public required string AssociationCode { get; set; }
    public int People { get; set; }
    /// <summary>Names or roles of who would go (職員2名, 通訳ボランティア), not personal data beyond that.</summary>
    public string? Who { get; set; }
    public List<string> Languages { get; set; } = [];
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public OfferMode Mode { get; set; }
    public string? Details { get; set; }
    public DateTime OfferedAt { get; set; }
    public required string OfferedBy { get; set; }
    /// <summary>The association whose user made the offer; null when the secretariat entered it for the association.</summary>
    public string? OfferedByAssociationCode { get; set; }

    public List<OfferStep> Steps { get; set; } = [];

    /// <summary>The latest step, or null while the offer waits for a decision.</summary>
    public OfferStep? Latest => Steps.Count == 0 ? null : Steps.MaxBy(s => s.Sequence);
    public OfferState State => Latest?.Kind switch
    {
        null => OfferState.Pending,
        OfferStepKind.Accepted => OfferState.Accepted,
        OfferStepKind.Declined => OfferState.Declined,
        OfferStepKind.Withdrawn => OfferState.Withdrawn,
        OfferStepKind.Dispatched => OfferState.Dispatched,
        _ => OfferState.Completed,
    };

    /// <summary>Accepted, on the way or done: it counts toward covering the request.</summary>
    public bool Counts => State is OfferState.Accepted or OfferState.Dispatched or OfferState.Completed;

    /// <summary>Days of support: the offered period (inclusive), and person-days for the summary.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;
    public int PersonDays => Days * People;
}

/// <summary>回答待ち, 承諾, 辞退（見送り）, 取り下げ, 派遣中, 完了.</summary>
public enum OfferState
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
    Dispatched,
    Completed,
}

public enum OfferStepKind
{
    /// <summary>承諾: the requester, its block chair or the secretariat takes the offer.</summary>
    Accepted,
    /// <summary>見送り: declined, with a reason.</summary>
    Declined,
    /// <summary>取り下げ: the offering association can no longer help.</summary>
    Withdrawn,
    /// <summary>派遣・支援開始: on the way (or, remote, started).</summary>
    Dispatched,
    /// <summary>完了: done, with a short report.</summary>
    Completed,
}

/// <summary>
/// One thing that happened to an offer. The unique index on (offer, sequence) makes two coordinators deciding the same
/// offer at once collide: one step lands, the other is told who decided first. Rows are never updated or deleted.
/// </summary>
public class OfferStep
{
    public long Id { get; set; }
    public int OfferId { get; set; }
    public int Sequence { get; set; }
    public OfferStepKind Kind { get; set; }
    /// <summary>The reason for declining or withdrawing, or the report on completion.</summary>
    public string? Note { get; set; }
    public DateTime At { get; set; }
    public required string By { get; set; }
    /// <summary>The association of whoever took the step; null for the secretariat.</summary>
    public string? ByAssociationCode { get; set; }
}
