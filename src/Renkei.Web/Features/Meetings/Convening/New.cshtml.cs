using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>Secretariat: create a meeting as a draft, with whom it invites (one unanswered attendance row each).</summary>
[Authorize(Policy = Policies.Secretariat)]
public class NewModel(RenkeiDbContext db, MeetingEditing editing, Invitations invitations, IStringLocalizer<ConveningText> t) : PageModel
{
    [BindProperty] public MeetingInput Input { get; set; } = new();
    public MeetingFormChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Choices = await MeetingFormChoices.LoadAsync(db, invitations, Localization.IsEnglish, null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, meeting) = await editing.CreateAsync(Input, ct);
        if (meeting is not null)
        {
            TempData["Flash"] = t["「{0}」を下書きとして作成しました（招集先 {1} 協会）。議題と資料を登録してから、招集通知を送ってください。",
                meeting.Title(Localization.IsEnglish), meeting.Attendances.Count].Value;
            return Redirect($"/meetings/manage/{meeting.Id}");
        }
        ModelState.AddStep(result, "Input");
        Choices = await MeetingFormChoices.LoadAsync(db, invitations, Localization.IsEnglish, null, ct);
        return Page();
    }
}
