using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Meetings.Convening;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// Members: declare a disaster or a drill. The secretariat for any prefectures (and sets the escalation time); an
/// association's users only for a disaster that includes their own prefecture (else a message, nothing stored).
/// </summary>
[Authorize(Policy = Policies.Member)]
public class NewModel(RenkeiDbContext db, DisasterSteps steps, TimeProvider clock, IStringLocalizer<BoardText> t) : PageModel
{
    [BindProperty] public DisasterInput Input { get; set; } = new();
    public Responder Who { get; private set; } = null!;
    public PrefectureChoices Choices { get; private set; } = null!;
    /// <summary>Open disasters, shown so that the same one is not declared twice.</summary>
    public IReadOnlyList<Disaster> Ongoing { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Who = await Responder.OfAsync(db, User, clock, ct);
        var book = await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct);
        // An association declares for its own prefecture: ticked from the start.
        if (book.Find(Who.AssociationCode) is { } own) Input.Prefectures = [own.PrefectureCode];
        Input.StartedAt = JapanTime.InputValue(clock.GetUtcNow().UtcDateTime);
        Input.EscalationHours = Disaster.DefaultEscalationHours.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await LoadAsync(book, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Who = await Responder.OfAsync(db, User, clock, ct);
        var (result, disaster) = await steps.DeclareAsync(Input, Who, ct);
        if (disaster is not null)
        {
            var english = Localization.IsEnglish;
            TempData["Flash"] = t["「{0}」の災害対応を開始しました。被災地の協会 {1} 件に、状況の報告をお願いするメールを送りました。",
                DisasterLabels.DrillPrefix(disaster.IsDrill, english) + disaster.Name(english), disaster.Affected.Count].Value;
            return Redirect($"/disasters/{disaster.Id}");
        }
        if (result.Outcome == StepOutcome.Forbidden) return Forbid();
        ModelState.AddStep(result, "Input");
        await LoadAsync(await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct), ct);
        return Page();
    }

    async Task LoadAsync(AssociationBook book, CancellationToken ct)
    {
        Choices = await PrefectureChoices.LoadAsync(db, book, Localization.IsEnglish, Input.Prefectures, null, t["地域国際化協会のない府県"], ct);
        Ongoing = await db.Disasters.AsNoTracking().Where(d => d.Status == DisasterStatus.Open).OrderByDescending(d => d.StartedAt).ToListAsync(ct);
    }
}
