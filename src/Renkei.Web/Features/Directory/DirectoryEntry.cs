namespace Renkei.Web.Features.Directory;

/// <summary>draft: being edited; submitted: the association admin sent it for review; returned: the
/// secretariat sent it back with comments; approved: ready to publish.</summary>
public enum EntryStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>
/// One association's entry in one edition. <see cref="Content"/> is the working copy; once the edition
/// is published the public reads <see cref="Versions"/> (version 1 is the published snapshot, each
/// correction adds one with a change note) and <see cref="Content"/> follows the latest version.
/// </summary>
public class DirectoryEntry
{
    public int Id { get; set; }
    public int FiscalYear { get; set; }
    public required string AssociationCode { get; set; }
    public EntryStatus Status { get; set; }
    public EntryContent Content { get; set; } = new();
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ApprovedAt { get; set; }
    /// <summary>The secretariat's latest comment when it returned the entry; kept in <see cref="Events"/> too.</summary>
    public string? ReturnComment { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public DirectoryEdition? Edition { get; set; }
    public List<DirectoryEntryVersion> Versions { get; set; } = [];
    public List<DirectoryEntryEvent> Events { get; set; } = [];

    /// <summary>
    /// Whether the association itself may still change the entry: while the edition collects (or the
    /// entry was returned during review) and until it is approved. The secretariat may always edit
    /// before publication, and corrects a published entry through a new version.
    /// </summary>
    public bool AssociationMayEdit(EditionStatus edition) =>
        edition != EditionStatus.Published
        && Status != EntryStatus.Approved
        && (edition == EditionStatus.Collecting || Status == EntryStatus.Returned);

    public bool IsSubmittedOrLater => Status is EntryStatus.Submitted or EntryStatus.Approved;

    public DirectoryEntryVersion? LatestVersion => Versions.OrderByDescending(v => v.Number).FirstOrDefault();

    /// <summary>Stores new content; the stamp changes so that a second editor working on the old copy gets a conflict.</summary>
    public void Save(EntryContent content, string actor, DateTime now)
    {
        Content = content;
        UpdatedAt = now;
        UpdatedBy = actor;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public void Record(EntryEventKind kind, string actor, DateTime now, string? comment = null) =>
        Events.Add(new DirectoryEntryEvent { Kind = kind, Actor = actor, At = now, Comment = comment });
}
