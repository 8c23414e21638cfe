using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>Secretariat: one meeting: its details (edited with a stamp), the notice, reminders, cancelling, closing,
/// publishing results, whom it invites, the answers so far, and links to the other meeting pages.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class MeetingModel(RenkeiDbContext db, MeetingEditing editing, ConveningSteps steps, Invitations invitations, MeetingReminders reminders,
    IStringLocalizer<ConveningText> t) : PageModel
{
    public sealed class StepInput
    {
        public string? ConcurrencyStamp { get; set; }
        public bool Confirm { get; set; }
        public string? Reason { get; set; }
        public bool Public { get; set; }
    }

    public sealed class InviteInput
    {
        public string? Association { get; set; }
    }

    [BindProperty] public MeetingInput Input { get; set; } = new();
    [BindProperty] public StepInput Step { get; set; } = new();
    [BindProperty] public InviteInput Invite { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;
    public AttendanceFigures Figures { get; private set; } = null!;
    public MeetingFormChoices Choices { get; private set; } = null!;
    public Dictionary<string, string> Names { get; private set; } = [];
    public DateOnly ReminderDay => reminders.ReminderDay(Meeting.RegistrationDeadline);
    public bool Open => Meeting.Status is MeetingStatus.Draft or MeetingStatus.Convened;
    /// <summary>Why a step was refused (the meeting's state, a conflict), shown at the top.</summary>
    public string? Refusal { get; private set; }
    /// <summary>Someone else saved the meeting first: the form keeps what was typed, over the stored details shown above.</summary>
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = MeetingInput.From(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        var result = await editing.UpdateAsync(id, Input, ConveningPages.Stamp(Input.ConcurrencyStamp), ct);
        if (result.Succeeded) return Done(id, t["会議の内容を保存しました。"]);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (result.Outcome == StepOutcome.Conflict)
        {
            // What was typed stays; the new stamp makes saving it again a deliberate choice over what is stored now.
            Conflict = true;
            ModelState.Remove("Input.ConcurrencyStamp");
            Input.ConcurrencyStamp = Meeting.ConcurrencyStamp.ToString();
            return Page();
        }
        if (result.Outcome == StepOutcome.Closed) return Refuse(result);
        ModelState.AddStep(result, "Input");
        return Page();
    }

    public async Task<IActionResult> OnPostNoticeAsync(int id, CancellationToken ct)
    {
        if (!Step.Confirm) return await ConfirmFirstAsync(id, ct);
        var mailing = await steps.SendNoticeAsync(id, ConveningPages.Stamp(Step.ConcurrencyStamp), ct);
        return mailing.Result.Succeeded ? Done(id, Mailed(t["招集通知を送りました。"], mailing)) : await RefuseAsync(id, mailing.Result, ct);
    }

    public async Task<IActionResult> OnPostRemindAsync(int id, CancellationToken ct)
    {
        var mailing = await steps.RemindAsync(id, ct);
        if (!mailing.Result.Succeeded) return await RefuseAsync(id, mailing.Result, ct);
        return Done(id, mailing.Addressed == 0 ? t["未回答の協会はありません。リマインダーは送っていません。"] : Mailed(t["未回答の協会にリマインダーを送りました。"], mailing));
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        if (!Step.Confirm) return await ConfirmFirstAsync(id, ct);
        var mailing = await steps.CancelAsync(id, ConveningPages.Stamp(Step.ConcurrencyStamp), Step.Reason, ct);
        if (mailing.Result.Succeeded)
            return Done(id, mailing.Addressed == 0 ? t["会議を中止しました。"] : Mailed(t["会議を中止し、招集した協会に知らせました。"], mailing));
        return await RefuseAsync(id, mailing.Result, ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct)
    {
        if (!Step.Confirm) return await ConfirmFirstAsync(id, ct);
        var result = await steps.CloseAsync(id, ConveningPages.Stamp(Step.ConcurrencyStamp), ct);
        return result.Succeeded ? Done(id, t["閉会しました。すべての投票が確定しました。"]) : await RefuseAsync(id, result, ct);
    }

    public async Task<IActionResult> OnPostResultsAsync(int id, CancellationToken ct)
    {
        var result = await steps.SetResultsPublicAsync(id, ConveningPages.Stamp(Step.ConcurrencyStamp), Step.Public, ct);
        if (!result.Succeeded) return await RefuseAsync(id, result, ct);
        return Done(id, Step.Public ? t["結果を一般に公開する設定にしました（投票が確定した議案だけが表示されます）。"] : t["結果を会員だけに表示する設定にしました。"]);
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        var result = await invitations.AddAsync(id, Invite.Association, ct);
        return result.Succeeded ? Done(id, t["招集する協会を追加しました。"]) : await RefuseAsync(id, result, ct);
    }

    public async Task<IActionResult> OnPostUninviteAsync(int id, CancellationToken ct)
    {
        var result = await invitations.RemoveAsync(id, Invite.Association, ct);
        return result.Succeeded ? Done(id, t["招集先から外しました。"]) : await RefuseAsync(id, result, ct);
    }

    string Mailed(string done, Mailing mailing) => mailing.Reached < mailing.Addressed
        ? done + " " + t["{0}協会の管理者にメールを送りました。管理者が登録されていない協会が{1}あります。", mailing.Reached, mailing.Addressed - mailing.Reached]
        : done + " " + t["{0}協会の管理者にメールを送りました。", mailing.Reached];

    IActionResult Done(int id, string flash)
    {
        TempData["Flash"] = flash;
        return Redirect($"/meetings/manage/{id}");
    }

    async Task<IActionResult> ConfirmFirstAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = MeetingInput.From(Meeting);
        Refusal = t["確認のチェックを入れてから、もう一度押してください。"];
        return Page();
    }

    async Task<IActionResult> RefuseAsync(int id, StepResult result, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = MeetingInput.From(Meeting);
        return Refuse(result);
    }

    IActionResult Refuse(StepResult result)
    {
        if (result.Outcome == StepOutcome.NotFound) return NotFound();
        ModelState.Clear();
        Refusal = result.Message ?? result.Errors?.Values.SelectMany(v => v).FirstOrDefault();
        return Page();
    }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Attendances).ThenInclude(a => a.Attendees)
            .Include(m => m.Items)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return false;
        Meeting = meeting;
        Figures = AttendanceFigures.Of(meeting.Attendances);
        var english = Localization.IsEnglish;
        Choices = await MeetingFormChoices.LoadAsync(db, invitations, english, meeting, ct);
        Names = await invitations.NamesAsync(meeting.Attendances.Select(a => a.AssociationCode), english, ct);
        Step = new StepInput { ConcurrencyStamp = meeting.ConcurrencyStamp.ToString(), Public = meeting.ResultsPublic };
        return true;
    }
}
