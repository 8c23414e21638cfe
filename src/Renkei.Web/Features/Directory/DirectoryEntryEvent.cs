namespace Renkei.Web.Features.Directory;

public enum EntryEventKind
{
    Opened,
    Submitted,
    Returned,
    Approved,
    Reminded,
    Published,
    Corrected,
}

/// <summary>The review history of an entry (append-only): who submitted, returned with what comment, approved, was reminded.</summary>
public class DirectoryEntryEvent
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public EntryEventKind Kind { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public string? Comment { get; set; }
}
