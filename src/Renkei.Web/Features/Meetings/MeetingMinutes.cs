namespace Renkei.Web.Features.Meetings;

/// <summary>draft: the secretariat edits it; approved: published to members as a page and a PDF.</summary>
public enum MinutesStatus
{
    Draft,
    Approved,
}

/// <summary>議事録: generated from the meeting as a draft, edited by the secretariat, then approved and published.</summary>
public class MeetingMinutes
{
    public int MeetingId { get; set; }
    public MinutesStatus Status { get; set; }
    /// <summary>Plain text with blank lines between paragraphs; the page and the PDF lay it out the same way.</summary>
    public required string BodyJa { get; set; }
    public string? BodyEn { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public string Body(bool english) => english && !string.IsNullOrEmpty(BodyEn) ? BodyEn : BodyJa;
}
