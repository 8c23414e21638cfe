using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>Secretariat: a meeting's minutes — generate the draft from the meeting, edit the Japanese and English texts,
/// approve (publish), reopen approved minutes for a correction, regenerate with a confirmation.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class ManageModel(RenkeiDbContext db, MeetingResults results, MinutesSteps steps, IStringLocalizer<MinutesText> text) : PageModel
{
    public sealed class EditInput
    {
        public string? BodyJa { get; set; }
        public string? BodyEn { get; set; }
        public string? ConcurrencyStamp { get; set; }
        /// <summary>save, or approve (save and approve in one step).</summary>
        public string? Command { get; set; }
    }

    public sealed class StepInput
    {
        public string? ConcurrencyStamp { get; set; }
        public bool Confirm { get; set; }
    }

    [BindProperty] public EditInput Edit { get; set; } = new();
    [BindProperty] public StepInput Step { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;
    public MeetingMinutes? Minutes { get; private set; }
    /// <summary>Why a draft cannot be generated yet; null when it can.</summary>
    public string? NotReady { get; private set; }
    /// <summary>Why a step was refused (someone acted first, the minutes' state), shown at the top.</summary>
    public string? Refusal { get; private set; }
    /// <summary>The person's text was not saved because someone else saved first: it stays in the form, the stored text is shown beside it.</summary>
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        FillForms(keepText: false);
        return Page();
    }

    public async Task<IActionResult> OnPostGenerateAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var regenerate = Minutes is not null;
        var result = await steps.GenerateAsync(id, Minutes is null ? null : Stamp(Step.ConcurrencyStamp), Step.Confirm, ct);
        if (result.Succeeded) return Done(id, regenerate ? text["会議の記録から議事録の下書きを作り直しました。"] : text["会議の記録から議事録の下書きを作成しました。内容を確認して編集してください。"]);
        if (result.Outcome == StepOutcome.Invalid)
        {
            ModelState.AddModelError("Step.Confirm", result.Message!);
            FillForms(keepText: false);
            return Page();
        }
        return await RefuseAsync(id, result, keepText: false, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var approve = Edit.Command == "approve";
        var result = await steps.SaveAsync(id, Edit.BodyJa, Edit.BodyEn, Stamp(Edit.ConcurrencyStamp), approve, ct);
        if (result.Succeeded) return Done(id, approve ? text["議事録を承認しました。会員に公開されています。"] : text["議事録の下書きを保存しました。"]);
        if (result.Outcome == StepOutcome.Invalid)
        {
            foreach (var (field, messages) in result.Errors ?? [])
                foreach (var message in messages) ModelState.AddModelError(field == "bodyEn" ? "Edit.BodyEn" : "Edit.BodyJa", message);
            FillForms(keepText: true);
            return Page();
        }
        return await RefuseAsync(id, result, keepText: true, ct);
    }

    public async Task<IActionResult> OnPostReopenAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await steps.ReopenAsync(id, Stamp(Step.ConcurrencyStamp), ct);
        return result.Succeeded ? Done(id, text["承認を取り消しました。議事録は公開されていません。編集して、もう一度承認してください。"]) : await RefuseAsync(id, result, keepText: false, ct);
    }

    IActionResult Done(int id, string flash)
    {
        TempData["Flash"] = flash;
        return RedirectToPage("/Meetings/Minutes/Manage", new { id });
    }

    /// <summary>The minutes as they are now, with the reason; what the person typed stays in the form, with the new stamp,
    /// so that saving again is a deliberate choice over the other person's text.</summary>
    async Task<IActionResult> RefuseAsync(int id, StepResult result, bool keepText, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Refusal = result.Message;
        Conflict = keepText && result.Outcome == StepOutcome.Conflict;
        ModelState.Clear();
        FillForms(keepText);
        return Page();
    }

    void FillForms(bool keepText)
    {
        var stamp = Minutes?.ConcurrencyStamp.ToString();
        if (!keepText) Edit = new EditInput { BodyJa = Minutes?.BodyJa, BodyEn = Minutes?.BodyEn };
        Edit.ConcurrencyStamp = stamp;
        Edit.Command = null;
        Step = new StepInput { ConcurrencyStamp = stamp };
    }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await results.LoadAsync(id, ct) is not { } meeting) return false;
        Meeting = meeting;
        Minutes = await db.MeetingMinutes.AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == id, ct);
        NotReady = steps.NotReady(await results.ComputeAsync(meeting, ct));
        return true;
    }

    static Guid Stamp(string? value) => Guid.TryParse(value, out var g) ? g : Guid.Empty;
}
