using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>Secretariat: a meeting's attendance as it stands — the figures (団体・名, registered and checked in, by mode) and every invited association's answer by block, with a way to answer on its behalf.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class CountsModel(RenkeiDbContext db, AttendanceBook book) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<InvitedAssociation> Invited { get; private set; } = [];
    public AttendanceFigures Figures { get; private set; } = null!;
    public bool English => Localization.IsEnglish;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is not { } meeting) return NotFound();
        Meeting = meeting;
        Invited = await book.InvitedAsync(meeting, ct);
        Figures = AttendanceFigures.Of(Invited.Select(r => r.Attendance).ToList());
        return Page();
    }

    public string Name(string code) => Invited.FirstOrDefault(r => r.Code == code)?.Name(English) ?? code;

    /// <summary>The associations that gave their proxy to <paramref name="code"/> (the chair's proxies to the chair's association).</summary>
    public int ProxiesHeldBy(string code) =>
        Invited.Count(r => r.Attendance.GaveProxy && (r.Attendance.ProxyHolderCode ?? Meeting.ChairAssociationCode) == code);
}
