using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Meetings;

class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Quorum).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.TitleJa).HasMaxLength(200);
        b.Property(x => x.TitleEn).HasMaxLength(200);
        b.Property(x => x.VenueJa).HasMaxLength(400);
        b.Property(x => x.VenueEn).HasMaxLength(400);
        b.Property(x => x.OnlineUrl).HasMaxLength(1000);
        b.Property(x => x.BlockId).HasMaxLength(20);
        b.Property(x => x.ChairName).HasMaxLength(200);
        b.Property(x => x.ChairAssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Guests).HasMaxLength(4000);
        b.Property(x => x.NoticeJa).HasMaxLength(20000);
        b.Property(x => x.NoticeEn).HasMaxLength(20000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => x.StartsAt);
        b.HasOne<Block>().WithMany().HasForeignKey(x => x.BlockId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne(x => x.Meeting).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attendances).WithOne(x => x.Meeting).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Minutes).WithOne().HasForeignKey<MeetingMinutes>(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsVisibleToMembers);
        b.Ignore(x => x.HasOnSite);
        b.Ignore(x => x.HasOnline);
    }
}

class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Majority).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Wording).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ElectionMode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.TitleJa).HasMaxLength(300);
        b.Property(x => x.TitleEn).HasMaxLength(300);
        b.Property(x => x.DescriptionJa).HasMaxLength(8000);
        b.Property(x => x.DescriptionEn).HasMaxLength(8000);
        b.Property(x => x.ClosedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.MeetingId, x.Number }).IsUnique();
        b.HasMany(x => x.Candidates).WithOne().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsVoted);
    }
}

class ElectionCandidateConfiguration : IEntityTypeConfiguration<ElectionCandidate>
{
    public void Configure(EntityTypeBuilder<ElectionCandidate> b)
    {
        b.Property(x => x.PersonName).HasMaxLength(200);
        b.Property(x => x.PersonTitle).HasMaxLength(200);
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.HasIndex(x => new { x.AgendaItemId, x.Number }).IsUnique();
        b.HasOne(x => x.Position).WithMany().HasForeignKey(x => x.OfficerPositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
    }
}

class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProxyHolderCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.RepresentativeUserId).HasMaxLength(450);
        b.Property(x => x.RepresentativeName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.AnsweredBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.MeetingId, x.AssociationCode }).IsUnique();
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.AttendanceId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.GaveProxy);
        b.Ignore(x => x.ProxyToChair);
        b.Ignore(x => x.CheckedIn);
    }
}

class AttendeeConfiguration : IEntityTypeConfiguration<Attendee>
{
    public void Configure(EntityTypeBuilder<Attendee> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CheckedInBy).HasMaxLength(256);
    }
}

class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> b)
    {
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.Property(x => x.Choice).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProxyHolderCode).HasMaxLength(6);
        b.Property(x => x.CastByUserId).HasMaxLength(450);
        b.Property(x => x.CastByName).HasMaxLength(256);
        // Two casts for one association at once both read the same latest sequence; this index lets only one land.
        b.HasIndex(x => new { x.AgendaItemId, x.CandidateNumber, x.AssociationCode, x.Sequence }).IsUnique();
        b.HasIndex(x => x.MeetingId);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
    }
}

class MeetingDocumentConfiguration : IEntityTypeConfiguration<MeetingDocument>
{
    public void Configure(EntityTypeBuilder<MeetingDocument> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
    }
}

class OfficerPositionConfiguration : IEntityTypeConfiguration<OfficerPosition>
{
    public void Configure(EntityTypeBuilder<OfficerPosition> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.NameJa).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.HasIndex(x => x.Code).IsUnique();
        // The council's usual positions exist from the first migration; the secretariat may rename or add.
        b.HasData(OfficerRegister.Standard.Select((p, i) => new OfficerPosition
        {
            Id = i + 1, Code = p.Code, NameJa = p.NameJa, NameEn = p.NameEn, Seats = p.Seats, TermYears = p.TermYears, SortOrder = p.SortOrder,
        }));
    }
}

class OfficerTermConfiguration : IEntityTypeConfiguration<OfficerTerm>
{
    public void Configure(EntityTypeBuilder<OfficerTerm> b)
    {
        b.Property(x => x.PersonName).HasMaxLength(200);
        b.Property(x => x.PersonTitle).HasMaxLength(200);
        b.Property(x => x.AssociationCode).HasMaxLength(6).IsFixedLength();
        b.HasOne(x => x.Position).WithMany().HasForeignKey(x => x.OfficerPositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.ElectedAtItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

class MeetingMinutesConfiguration : IEntityTypeConfiguration<MeetingMinutes>
{
    public void Configure(EntityTypeBuilder<MeetingMinutes> b)
    {
        b.HasKey(x => x.MeetingId);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.BodyJa).HasMaxLength(100000);
        b.Property(x => x.BodyEn).HasMaxLength(100000);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.ApprovedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
    }
}
