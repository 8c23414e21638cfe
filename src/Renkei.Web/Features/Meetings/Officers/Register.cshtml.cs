using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Officers;

/// <summary>Anyone: the officer register with its history — every term of every position, newest first, with the
/// agenda item that elected it (or "entered by the secretariat" for terms recorded by hand).</summary>
[AllowAnonymous]
public class RegisterModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }
    public IReadOnlyList<OfficerPosition> Positions { get; private set; } = [];
    public ILookup<int, OfficerRow> Terms { get; private set; } = Enumerable.Empty<OfficerRow>().ToLookup(r => 0);
    public bool HasSample { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = JapanDate.Today(clock);
        Positions = await OfficerBook.PositionsAsync(db, ct);
        var rows = await OfficerBook.AllAsync(db, ct);
        Terms = rows.ToLookup(r => r.Position.Id);
        HasSample = rows.Any(r => r.Term.IsSample);
    }
}
