using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Disasters;

class DisasterConfiguration : IEntityTypeConfiguration<Disaster>
{
    public void Configure(EntityTypeBuilder<Disaster> b)
    {
        b.Property(x => x.NameJa).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Details).HasMaxLength(4000);
        b.Property(x => x.DeclaredBy).HasMaxLength(256);
        b.Property(x => x.DeclaredByAssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.ClosedBy).HasMaxLength(256);
        b.Property(x => x.ClosingNote).HasMaxLength(4000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => x.StartedAt);
        b.HasMany(x => x.Affected).WithOne().HasForeignKey(x => x.DisasterId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Requests).WithOne(x => x.Disaster).HasForeignKey(x => x.DisasterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.DeclaredByAssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsOpen);
    }
}

class AffectedAssociationConfiguration : IEntityTypeConfiguration<AffectedAssociation>
{
    public void Configure(EntityTypeBuilder<AffectedAssociation> b)
    {
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.ReportedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.DisasterId, x.AssociationCode }).IsUnique();
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
    }
}

class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.BlockId).HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Place).HasMaxLength(400);
        b.Property(x => x.Details).HasMaxLength(4000);
        b.Property(x => x.PostedBy).HasMaxLength(256);
        b.Property(x => x.PostedByAssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.EscalatedBy).HasMaxLength(256);
        b.Property(x => x.ClosedBy).HasMaxLength(256);
        b.Property(x => x.ClosingNote).HasMaxLength(2000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.DisasterId, x.Number }).IsUnique();
        // The escalation sweep looks for requests still in their block whose time is up.
        b.HasIndex(x => new { x.EscalatedAt, x.EscalateAfter });
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Block>().WithMany().HasForeignKey(x => x.BlockId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Offers).WithOne(x => x.Request).HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsEscalated);
        b.Ignore(x => x.IsClosed);
    }
}

class SupportOfferConfiguration : IEntityTypeConfiguration<SupportOffer>
{
    public void Configure(EntityTypeBuilder<SupportOffer> b)
    {
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Who).HasMaxLength(400);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Details).HasMaxLength(4000);
        b.Property(x => x.OfferedBy).HasMaxLength(256);
        b.Property(x => x.OfferedByAssociationCode).HasMaxLength(6).IsFixedLength();
        b.HasIndex(x => x.DisasterId);
        b.HasOne<Disaster>().WithMany().HasForeignKey(x => x.DisasterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Latest);
        b.Ignore(x => x.State);
        b.Ignore(x => x.Counts);
        b.Ignore(x => x.Days);
        b.Ignore(x => x.PersonDays);
    }
}

class OfferStepConfiguration : IEntityTypeConfiguration<OfferStep>
{
    public void Configure(EntityTypeBuilder<OfferStep> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.Property(x => x.By).HasMaxLength(256);
        b.Property(x => x.ByAssociationCode).HasMaxLength(6).IsFixedLength();
        // Two decisions on one offer at once compute the same sequence: only one lands.
        b.HasIndex(x => new { x.OfferId, x.Sequence }).IsUnique();
    }
}

class DisasterEventConfiguration : IEntityTypeConfiguration<DisasterEvent>
{
    public void Configure(EntityTypeBuilder<DisasterEvent> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ActorName).HasMaxLength(256);
        b.Property(x => x.ActorAssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Note).HasMaxLength(4000);
        b.HasIndex(x => new { x.DisasterId, x.At });
        b.HasOne<Disaster>().WithMany().HasForeignKey(x => x.DisasterId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Request).WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

class PreparednessConfiguration : IEntityTypeConfiguration<Preparedness>
{
    public void Configure(EntityTypeBuilder<Preparedness> b)
    {
        b.HasKey(x => x.AssociationCode);
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Phone24h).HasMaxLength(40);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.BackupName).HasMaxLength(200);
        b.Property(x => x.BackupPhone).HasMaxLength(40);
        b.Property(x => x.BackupEmail).HasMaxLength(256);
        b.Property(x => x.RemoteSupportNote).HasMaxLength(2000);
        b.Property(x => x.ConfirmedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Languages).WithOne().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Cascade);
    }
}

class PreparednessLanguageConfiguration : IEntityTypeConfiguration<PreparednessLanguage>
{
    public void Configure(EntityTypeBuilder<PreparednessLanguage> b)
    {
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Language).HasMaxLength(10);
        b.HasIndex(x => new { x.AssociationCode, x.Language }).IsUnique();
    }
}
