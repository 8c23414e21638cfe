using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Officers;

/// <summary>A general assembly whose results the secretariat made public, with whether its minutes are approved.</summary>
public sealed record PublicAssembly(int Id, string TitleJa, string? TitleEn, DateTime StartsAt, MeetingFormat Format, bool HasMinutes, bool IsSample)
{
    public string Title(bool english) => english && !string.IsNullOrEmpty(TitleEn) ? TitleEn : TitleJa;
}

/// <summary>Anyone: the council — what it is and does, its officers today, and the general assemblies with public results
/// and minutes. Nothing members-only: assemblies whose results are not public are not listed at all.</summary>
[AllowAnonymous]
public class CouncilModel(RenkeiDbContext db, OfficerRegister register, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }
    public IReadOnlyList<OfficerRow> Officers { get; private set; } = [];
    public IReadOnlyList<PublicAssembly> Assemblies { get; private set; } = [];
    public int AssociationCount { get; private set; }
    public int BlockCount { get; private set; }
    public bool HasSample => Officers.Any(o => o.Term.IsSample) || Assemblies.Any(a => a.IsSample);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = JapanDate.Today(clock);
        var blocks = await PublicRegistry.CurrentMembersByBlockAsync(db, Today, ct);
        AssociationCount = blocks.Sum(b => b.Members.Count);
        BlockCount = blocks.Count;
        Officers = await OfficerBook.RowsAsync(db, await register.CurrentAsync(Today, ct), ct);
        Assemblies = await db.Meetings.AsNoTracking()
            .Where(m => m.Kind == MeetingKind.GeneralAssembly && m.Status == MeetingStatus.Closed && m.ResultsPublic)
            .OrderByDescending(m => m.StartsAt)
            .Select(m => new PublicAssembly(m.Id, m.TitleJa, m.TitleEn, m.StartsAt, m.Format,
                m.Minutes != null && m.Minutes.Status == MinutesStatus.Approved, m.IsSample))
            .ToListAsync(ct);
    }
}
