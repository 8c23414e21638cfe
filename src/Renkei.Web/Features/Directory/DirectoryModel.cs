using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Directory;

static class EntryContentColumn
{
    // The content is one JSON text column on both providers: a whole entry is read and written at once,
    // and 63 entries a year are few enough to search and count in memory.
    public static PropertyBuilder<EntryContent> AsJson(this PropertyBuilder<EntryContent> p) =>
        p.HasConversion(
            c => DirectoryJson.Serialize(c),
            s => DirectoryJson.Deserialize(s),
            new ValueComparer<EntryContent>(
                (a, b) => DirectoryJson.Serialize(a!) == DirectoryJson.Serialize(b!),
                c => DirectoryJson.Serialize(c).GetHashCode(),
                c => c.Copy()))
        .IsRequired();
}

class DirectoryEditionConfiguration : IEntityTypeConfiguration<DirectoryEdition>
{
    public void Configure(EntityTypeBuilder<DirectoryEdition> b)
    {
        b.HasKey(x => x.FiscalYear);
        b.Property(x => x.FiscalYear).ValueGeneratedNever();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.StatusCode);
        b.HasMany(x => x.Entries).WithOne(x => x.Edition).HasForeignKey(x => x.FiscalYear).OnDelete(DeleteBehavior.Restrict);
    }
}

class DirectoryEntryConfiguration : IEntityTypeConfiguration<DirectoryEntry>
{
    public void Configure(EntityTypeBuilder<DirectoryEntry> b)
    {
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Content).AsJson();
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.ReturnComment).HasMaxLength(4000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.FiscalYear, x.AssociationCode }).IsUnique();
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.LatestVersion);
        b.Ignore(x => x.IsSubmittedOrLater);
    }
}

class DirectoryEntryVersionConfiguration : IEntityTypeConfiguration<DirectoryEntryVersion>
{
    public void Configure(EntityTypeBuilder<DirectoryEntryVersion> b)
    {
        b.Property(x => x.Content).AsJson();
        b.Property(x => x.ChangeNote).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.EntryId, x.Number }).IsUnique();
    }
}

class DirectoryEntryEventConfiguration : IEntityTypeConfiguration<DirectoryEntryEvent>
{
    public void Configure(EntityTypeBuilder<DirectoryEntryEvent> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Comment).HasMaxLength(4000);
        b.HasIndex(x => new { x.EntryId, x.At });
    }
}
