using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>Members of the invited associations once approved; anyone when the meeting's results are public; the
/// secretariat always (a draft marked so): a meeting's minutes as a page (<see cref="MinutesReading"/> decides).</summary>
[AllowAnonymous]
public class ReadModel(RenkeiDbContext db) : PageModel
{
    public ReadableMinutes Read { get; private set; } = null!;
    public bool IsSecretariat => User.IsSecretariat();
    /// <summary>Whether the caller's association is invited (the meeting's own page is theirs to open).</summary>
    public bool IsMember { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var lookup = await MinutesReading.FindAsync(db, id, User, ct);
        if (lookup.Found is not { } read) return lookup.SignIn ? Challenge() : NotFound();
        Read = read;
        IsMember = User.Identity?.IsAuthenticated == true && await MeetingAccess.FindVisibleAsync(db, id, User, ct) is not null;
        if (!MinutesReading.IsPublic(read)) Response.Headers.CacheControl = "private, no-store";
        return Page();
    }
}
