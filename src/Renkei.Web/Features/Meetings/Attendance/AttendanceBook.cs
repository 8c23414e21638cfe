using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>One invited association with its answer, its name and the block it belonged to in the meeting's fiscal year.</summary>
public sealed record InvitedAssociation(Attendance Attendance, Association Association, Block Block)
{
    public string Code => Attendance.AssociationCode;
    public string Name(bool english) => Association.Current.DisplayName(english);
}

/// <summary>
/// A meeting's invitation list as the secretariat's pages and files read it: every invited association with its
/// answer and people, in the council's order (block, then local government code).
/// </summary>
public class AttendanceBook(RenkeiDbContext db)
{
    public async Task<IReadOnlyList<InvitedAssociation>> InvitedAsync(Meeting meeting, CancellationToken ct = default)
    {
        var attendances = await db.Attendances.AsNoTracking().Include(a => a.Attendees)
            .Where(a => a.MeetingId == meeting.Id).ToListAsync(ct);
        var codes = attendances.Select(a => a.AssociationCode).ToList();
        var associations = await db.Associations.AsNoTracking().Include(a => a.Versions)
            .Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        foreach (var a in attendances) a.Attendees = [.. a.Attendees.OrderBy(p => p.Id)];
        return attendances
            .Select(a => new InvitedAssociation(a, associations[a.AssociationCode],
                blocks[PublishedDirectory.BlockIn(associations[a.AssociationCode], meeting.FiscalYear)]))
            .OrderBy(r => r.Block.SortOrder).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Current names of the given associations, by code.</summary>
    public async Task<Dictionary<string, AssociationVersion>> NamesAsync(IEnumerable<string> codes, CancellationToken ct = default)
    {
        var list = codes.Distinct().ToList();
        var associations = await db.Associations.AsNoTracking().Include(a => a.Versions).Where(a => list.Contains(a.Code)).ToListAsync(ct);
        return associations.ToDictionary(a => a.Code, a => a.Current);
    }
}
