namespace Renkei.Web.Features.Directory;

/// <summary>
/// A published state of an entry, never changed once written: number 1 is the snapshot taken when the
/// edition was published, each later number a correction with its note (訂正).
/// </summary>
public class DirectoryEntryVersion
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public int Number { get; set; }
    public EntryContent Content { get; set; } = new();
    /// <summary>Empty for the published snapshot; what was corrected and why for a correction.</summary>
    public string? ChangeNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
