using Microsoft.AspNetCore.Identity;

namespace Renkei.Web.Features.Accounts;

/// <summary>
/// A person who signs in. Belongs to the secretariat (AssociationCode null) or to exactly one
/// association. Accounts are deactivated, never deleted, so the audit log keeps its authors.
/// </summary>
public class RenkeiUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public string? AssociationCode { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>"ja" or "en": the language of the e-mails this person receives.</summary>
    public string PreferredCulture { get; set; } = "ja";
}

/// <summary>The three roles; the names are also the CLI's --role values.</summary>
public static class Roles
{
    public const string SecretariatAdmin = "secretariat-admin";
    public const string AssociationAdmin = "association-admin";
    public const string AssociationStaff = "association-staff";
    public static readonly string[] All = [SecretariatAdmin, AssociationAdmin, AssociationStaff];

    public static bool BelongsToAssociation(string role) => role is AssociationAdmin or AssociationStaff;
}

/// <summary>Authorization policy names used on pages and route groups.</summary>
public static class Policies
{
    public const string Secretariat = "secretariat";
    public const string AssociationAdmin = "association-admin";
    /// <summary>Those who manage users: the secretariat (anyone) and association admins (their own association).</summary>
    public const string Admin = "admin";
    public const string Member = "member";
}

class RenkeiUserConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<RenkeiUser>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<RenkeiUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.Property(x => x.AssociationCode).HasMaxLength(6);
        b.Property(x => x.PreferredCulture).HasMaxLength(5);
        b.HasOne<Associations.Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(Microsoft.EntityFrameworkCore.DeleteBehavior.Restrict);
        b.HasIndex(x => x.AssociationCode);
    }
}
