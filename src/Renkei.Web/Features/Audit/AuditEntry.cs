namespace Renkei.Web.Features.Audit;

/// <summary>One recorded change: who, when, what, and the values before and after (JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    /// <summary>E-mail of the actor at the time, or "cli"/"system" for changes made outside a request.</summary>
    public required string Actor { get; set; }
    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    /// <summary>The association the change concerns, so an association's own history can be filtered.</summary>
    public string? AssociationCode { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

class AuditEntryConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Action).HasMaxLength(16);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityKey).HasMaxLength(200);
        b.Property(x => x.AssociationCode).HasMaxLength(6);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.EntityType, x.EntityKey });
        b.HasIndex(x => x.AssociationCode);
    }
}
