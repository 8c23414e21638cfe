using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory.Manage;

/// <summary>Secretariat: an edition's progress at a glance, reminders, the deadline, closing collection and publishing.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class EditionModel(RenkeiDbContext db, EditionLifecycle lifecycle, CurrentActor actor, IStringLocalizer<ReviewText> text, TimeProvider clock) : PageModel
{
    public sealed class ScheduleInput
    {
        public string? Deadline { get; set; }
        public string? ReminderDaysBefore { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    public sealed class StepInput
    {
        public string? ConcurrencyStamp { get; set; }
        public bool Confirm { get; set; }
    }

    /// <summary>The list's filter values: an entry status, or "overdue".</summary>
    public static readonly string[] Filters = ["draft", "submitted", "returned", "approved", "overdue"];

    [BindProperty] public ScheduleInput Schedule { get; set; } = new();
    [BindProperty] public StepInput Step { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public DirectoryEdition Edition { get; private set; } = null!;
    public EditionProgress Progress { get; private set; } = null!;
    /// <summary>Why a step was refused (a conflict or the edition's state), shown at the top.</summary>
    public string? Refusal { get; private set; }
    /// <summary>Set when publication was refused because entries are not approved: they are listed.</summary>
    public bool PublishBlocked { get; private set; }

    public IEnumerable<EntryRow> Listed => Status switch
    {
        "overdue" => Progress.Overdue,
        { } s when Enum.TryParse<EntryStatus>(s, ignoreCase: true, out var status) && Filters.Contains(s) => Progress.Rows.Where(r => r.Status == status),
        _ => Progress.Rows,
    };

    public async Task<IActionResult> OnGetAsync(int fiscalYear, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, ct)) return NotFound();
        FillForms();
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(int fiscalYear, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, ct)) return NotFound();
        if (Edition.Status == EditionStatus.Published) return await RefuseAsync(text["公開済みの版にはリマインダーを送れません。"], ct);
        var count = await lifecycle.RemindAsync(Edition, actor.Name, ct);
        return Done(count == 0 ? text["未提出の協会はありません。リマインダーは送っていません。"] : text["未提出の{0}協会の管理者にリマインダーを送りました。", count]);
    }

    public async Task<IActionResult> OnPostDeadlineAsync(int fiscalYear, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, ct)) return NotFound();
        var deadline = ManagePages.Date(Schedule.Deadline);
        var days = string.IsNullOrWhiteSpace(Schedule.ReminderDaysBefore) ? Edition.ReminderDaysBefore : ManagePages.Int(Schedule.ReminderDaysBefore);
        if (deadline is null) ModelState.AddModelError("Schedule.Deadline", text["締切日を 2025-06-30 の形式で入力してください。"]);
        if (days is null) ModelState.AddModelError("Schedule.ReminderDaysBefore", text["日数を数字で入力してください。"]);
        if (ModelState.ErrorCount > 0) return Invalid();
        var reopens = Edition.Status == EditionStatus.Reviewing;
        var result = await lifecycle.ChangeDeadlineAsync(Edition, deadline!.Value, days!.Value, ManagePages.Stamp(Schedule.ConcurrencyStamp), ct);
        if (result.Outcome == CycleOutcome.Invalid)
        {
            ModelState.AddTo(result, "Schedule", nameof(ScheduleInput.Deadline), nameof(ScheduleInput.ReminderDaysBefore));
            return Invalid();
        }
        if (!result.Succeeded) return await RefuseAsync(result.Message, ct);
        var date = JapanDate.Format(deadline.Value, Localization.IsEnglish);
        return Done(reopens ? text["締切日を{0}に変更し、受付を再開しました。", date] : text["締切日を{0}に変更しました。", date]);
    }

    public async Task<IActionResult> OnPostCloseAsync(int fiscalYear, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, ct)) return NotFound();
        var result = await lifecycle.CloseCollectionAsync(Edition, ManagePages.Stamp(Step.ConcurrencyStamp), ct);
        return result.Succeeded ? Done(text["受付を締め切りました。差し戻した協会だけが修正できます。"]) : await RefuseAsync(result.Message, ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(int fiscalYear, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, ct)) return NotFound();
        if (!Step.Confirm)
        {
            ModelState.AddModelError("Step.Confirm", text["公開してよいことを確認し、チェックを入れてください。"]);
            return Invalid();
        }
        var result = await lifecycle.PublishAsync(Edition, ManagePages.Stamp(Step.ConcurrencyStamp), actor.Name, ct);
        if (result.Succeeded)
            return Done(text["{0}を公開しました。{1}協会の登録内容を版1として確定しました。", FiscalYear.Label(fiscalYear, Localization.IsEnglish), Progress.Total]);
        PublishBlocked = result.Outcome == CycleOutcome.NotAllowed && Edition.Status != EditionStatus.Published;
        return await RefuseAsync(result.Message, ct);
    }

    IActionResult Done(string flash)
    {
        TempData["Flash"] = flash;
        return RedirectToPage("/Directory/Manage/Edition", new { fiscalYear = Edition.FiscalYear });
    }

    /// <summary>The page again with the messages beside the inputs; what was typed stays.</summary>
    IActionResult Invalid()
    {
        FillForms();
        return Page();
    }

    /// <summary>Shows the edition as it is now, with the reason, and forms carrying the current stamp.</summary>
    async Task<IActionResult> RefuseAsync(string? reason, CancellationToken ct)
    {
        Refusal = reason;
        await LoadAsync(Edition.FiscalYear, ct);
        ModelState.Clear();
        FillForms();
        return Page();
    }

    void FillForms()
    {
        var stamp = Edition.ConcurrencyStamp.ToString();
        if (string.IsNullOrEmpty(Schedule.Deadline))
            Schedule = new ScheduleInput { Deadline = ManagePages.Iso(Edition.Deadline), ReminderDaysBefore = Edition.ReminderDaysBefore.ToString() };
        Schedule.ConcurrencyStamp = stamp;
        Step = new StepInput { ConcurrencyStamp = stamp };
    }

    async Task<bool> LoadAsync(int fiscalYear, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.DirectoryEditions.SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear, ct) is not { } edition) return false;
        Edition = edition;
        Progress = await EditionProgress.LoadAsync(db, edition, JapanDate.Today(clock), ct);
        return true;
    }
}
