namespace Renkei.Web.Features.Disasters;

/// <summary>地震, 津波, 洪水, 大雨, 台風, 土砂災害, 火山, 大雪, その他.</summary>
public enum DisasterKind
{
    Earthquake,
    Tsunami,
    Flood,
    HeavyRain,
    Typhoon,
    Landslide,
    Volcano,
    HeavySnow,
    Other,
}

/// <summary>open: support is being organised; closed: over, its summary kept.</summary>
public enum DisasterStatus
{
    Open,
    Closed,
}

/// <summary>
/// A disaster (or a drill, 訓練) for which the council organises wide-area mutual support. Declared by the secretariat
/// or by an affected association; the associations in <see cref="PrefectureCodes"/> are marked affected when it is
/// declared. A drill runs exactly the same flow and is labelled everywhere and left out of real statistics.
/// </summary>
public class Disaster
{
    public int Id { get; set; }
    public required string NameJa { get; set; }
    public string? NameEn { get; set; }
    public DisasterKind Kind { get; set; }
    public bool IsDrill { get; set; }
    /// <summary>Two-digit prefecture codes, "01" to "47" (Nara may be affected even though it has no association).</summary>
    public List<string> PrefectureCodes { get; set; } = [];
    public DateTime StartedAt { get; set; }
    public string? Details { get; set; }
    public DateTime DeclaredAt { get; set; }
    public required string DeclaredBy { get; set; }
    /// <summary>The association that declared it; null when the secretariat did.</summary>
    public string? DeclaredByAssociationCode { get; set; }
    /// <summary>A request not covered within this many hours goes to every block (the inter-block agreement).</summary>
    public int EscalationHours { get; set; } = DefaultEscalationHours;
    public DisasterStatus Status { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public string? ClosingNote { get; set; }
    /// <summary>Demo data, labelled on every page like the other sample data.</summary>
    public bool IsSample { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<AffectedAssociation> Affected { get; set; } = [];
    public List<SupportRequest> Requests { get; set; } = [];

    public const int DefaultEscalationHours = 24;
    public bool IsOpen => Status == DisasterStatus.Open;
    public string Name(bool english) => english && !string.IsNullOrEmpty(NameEn) ? NameEn : NameJa;
}

/// <summary>平常どおり / 一部制限 / 業務不能; unknown until the association (or someone for it) reports.</summary>
public enum OperatingStatus
{
    Unknown,
    Operating,
    Limited,
    Unable,
}

/// <summary>
/// An association in an affected prefecture, and how it is doing: whether it can operate and whether a multilingual
/// disaster support centre (災害多言語支援センター) is open. It reports this itself, or its block chair or the
/// secretariat does when it cannot.
/// </summary>
public class AffectedAssociation
{
    public int Id { get; set; }
    public int DisasterId { get; set; }
    public required string AssociationCode { get; set; }
    public OperatingStatus Status { get; set; }
    public bool SupportCentreOpen { get; set; }
    public string? Note { get; set; }
    public DateTime? ReportedAt { get; set; }
    public string? ReportedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
