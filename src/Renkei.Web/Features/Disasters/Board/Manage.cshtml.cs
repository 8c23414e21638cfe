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
/// The secretariat and the declaring association's users (others 403): change a disaster's name and details, add
/// affected prefectures, set the escalation time (the secretariat), with a stamp; close it with a note, confirmed.
/// </summary>
[Authorize(Policy = Policies.Member)]
public class ManageModel(RenkeiDbContext db, DisasterSteps steps, TimeProvider clock, IStringLocalizer<BoardText> t) : PageModel
{
    public sealed class CloseInput
    {
        public string? Note { get; set; }
        public bool Confirm { get; set; }
    }

    [BindProperty] public DisasterInput Input { get; set; } = new();
    [BindProperty] public CloseInput Closing { get; set; } = new();
    public Disaster Disaster { get; private set; } = null!;
    public Responder Who { get; private set; } = null!;
    public PrefectureChoices Choices { get; private set; } = null!;
    public int OpenRequests { get; private set; }
    /// <summary>Someone else saved first: the form keeps what was typed, the facts above show what is stored.</summary>
    public bool Conflict { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Input = DisasterInput.From(Disaster);
        Input.Prefectures = [];
        return await PageAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var result = await steps.UpdateAsync(id, Input, ConveningPages.Stamp(Input.ConcurrencyStamp), Who, ct);
        if (result.Succeeded) return Done(id, t["災害情報を保存しました。"]);
        if (await LoadAsync(id, ct) is { } gone) return gone;
        if (result.Outcome == StepOutcome.Conflict)
        {
            // What was typed stays; the new stamp makes saving it again a deliberate choice over what is stored now.
            Conflict = true;
            ModelState.Remove("Input.ConcurrencyStamp");
            Input.ConcurrencyStamp = Disaster.ConcurrencyStamp.ToString();
        }
        else if (result.Outcome == StepOutcome.Invalid) ModelState.AddStep(result, "Input");
        else Refusal = result.Message;
        return await PageAsync(ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var result = await steps.CloseAsync(id, Closing.Note, Closing.Confirm, Who, ct);
        if (result.Succeeded) return Done(id, t["災害対応を終了しました。まとめはこのまま残ります。"]);
        if (await LoadAsync(id, ct) is { } gone) return gone;
        Input = DisasterInput.From(Disaster);
        Input.Prefectures = [];
        if (result.Outcome == StepOutcome.Invalid) ModelState.AddStep(result, "Closing");
        else Refusal = result.Message;
        return await PageAsync(ct);
    }

    IActionResult Done(int id, string flash)
    {
        TempData["Flash"] = flash;
        return Redirect($"/disasters/{id}");
    }

    /// <summary>Loads the disaster for the caller: null when they may manage it, else the answer (404, 403).</summary>
    async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var disaster = await db.Disasters.AsNoTracking().Include(d => d.Affected).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (disaster is null) return NotFound();
        Who = await Responder.OfAsync(db, User, clock, ct);
        if (!DisasterSteps.Manages(disaster, Who)) return Forbid();
        Disaster = disaster;
        return null;
    }

    async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        var book = await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct);
        Choices = await PrefectureChoices.LoadAsync(db, book, Localization.IsEnglish, Input.Prefectures, Disaster.PrefectureCodes, t["地域国際化協会のない府県"], ct);
        OpenRequests = await db.SupportRequests.CountAsync(r => r.DisasterId == Disaster.Id && r.ClosedAt == null && r.CoveredAt == null, ct);
        return Page();
    }
}
