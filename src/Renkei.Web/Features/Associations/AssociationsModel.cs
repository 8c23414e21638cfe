using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Renkei.Web.Features.Associations;

class BlockConfiguration : IEntityTypeConfiguration<Block>
{
    public void Configure(EntityTypeBuilder<Block> b)
    {
        b.Property(x => x.Id).HasMaxLength(32);
        b.Property(x => x.NameJa).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
    }
}

class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.PrefectureCode).HasMaxLength(2).IsFixedLength();
        b.Property(x => x.Prefecture).HasMaxLength(10);
        b.Property(x => x.PrefectureEn).HasMaxLength(20);
        b.Property(x => x.City).HasMaxLength(20);
        b.Property(x => x.CityEn).HasMaxLength(40);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.AssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.Versions).AutoInclude();
    }
}

class AssociationVersionConfiguration : IEntityTypeConfiguration<AssociationVersion>
{
    public void Configure(EntityTypeBuilder<AssociationVersion> b)
    {
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.NameKana).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.LegalForm).HasMaxLength(40);
        b.Property(x => x.Website).HasMaxLength(300);
        b.Property(x => x.BlockId).HasMaxLength(32);
        b.HasOne(x => x.Block).WithMany().HasForeignKey(x => x.BlockId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AssociationCode, x.ValidTo });
    }
}

class BlockRoleConfiguration : IEntityTypeConfiguration<BlockRole>
{
    public void Configure(EntityTypeBuilder<BlockRole> b)
    {
        b.Property(x => x.BlockId).HasMaxLength(32);
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Block).WithMany().HasForeignKey(x => x.BlockId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Association).WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BlockId, x.FiscalYear, x.Role }).IsUnique();
    }
}
