using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>Anyone may ask (see <see cref="ResultsAccess"/>): the secretariat always; invited members, each item's counts once
/// final; the public once the meeting is closed and its results made public. Quorum, counts, verdicts and their reasons.</summary>
[AllowAnonymous]
public class ResultsModel(RenkeiDbContext db, MeetingResults results) : PageModel
{
    public ResultsView View { get; private set; } = null!;
    public MeetingResults Results => results;
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public bool English { get; } = Localization.IsEnglish;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var (view, refusal) = await ResultsAccess.ResolveAsync(db, results, id, User, ct);
        if (refusal == ResultsRefusal.SignIn) return Challenge();
        if (view is null) return NotFound();
        View = view;
        Names = await AssociationNames.OfAsync(db, view.Meeting.Items.SelectMany(i => i.Candidates).Select(c => c.AssociationCode).ToList(), English, ct);
        return Page();
    }
}
