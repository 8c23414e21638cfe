namespace Renkei.Web.Features.Meetings;

/// <summary>A document of a meeting (招集通知, 議案書, 資料), optionally of one agenda item. Members only; stored in the database.</summary>
public class MeetingDocument
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int? AgendaItemId { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public long Length { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedBy { get; set; }

    /// <summary>10 MB: minutes, budgets and slides fit; anything larger belongs in the document library.</summary>
    public const long MaxLength = 10 * 1024 * 1024;
}
