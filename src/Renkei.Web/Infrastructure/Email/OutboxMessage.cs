using Microsoft.EntityFrameworkCore;

namespace Renkei.Web.Infrastructure.Email;

/// <summary>
/// An e-mail waiting to be sent. Requests only add rows here; a background sender delivers them
/// with retries, so an SMTP outage delays mail and loses none.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string BodyText { get; set; }
    public string? BodyHtml { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>Set when retries are exhausted; the message stays for the secretariat to see.</summary>
    public DateTime? FailedAt { get; set; }
    public string? LastError { get; set; }
}

class OutboxMessageConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(x => x.To).HasMaxLength(256);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.HasIndex(x => new { x.SentAt, x.FailedAt, x.NextAttemptAt });
    }
}
