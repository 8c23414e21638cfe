using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>Members of an invited association: its attendance answer (the admin answers until the deadline, staff read it); the secretariat answers on an association's behalf with ?code=.</summary>
[Authorize(Policy = Policies.Member)]
public class AnswerModel(AttendanceAnswering answering, IStringLocalizer<AttendanceText> text, TimeProvider clock) : PageModel
{
    [BindProperty] public AnswerForm Input { get; set; } = new();
    /// <summary>save, or add (show one more person row; nothing is saved).</summary>
    [BindProperty] public string? Command { get; set; }

    public AnswerDesk Desk { get; private set; } = null!;
    public Meeting Meeting => Desk.Meeting;
    public string? Message { get; private set; }
    /// <summary>After a conflict: the answer as it is saved now, beside the kept input.</summary>
    public bool Conflict { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool English => Localization.IsEnglish;
    public bool DeadlinePassed => clock.GetUtcNow().UtcDateTime >= Meeting.RegistrationDeadline;
    public string FormAction => $"/meetings/{Meeting.Id}/attendance" + (Desk.BySecretariat ? $"?code={Desk.Code}" : "");

    public async Task<IActionResult> OnGetAsync(int id, string? code, CancellationToken ct)
    {
        // The secretariat has no answer of its own: its way in is the list of every association's answer.
        if (User.IsSecretariat() && string.IsNullOrEmpty(code)) return Redirect($"/meetings/manage/{id}/attendance");
        if (await answering.OpenAsync(id, code, User, ct) is not { } desk) return NotFound();
        Desk = desk;
        Input = AnswerForm.From(desk.Attendance);
        if (desk.MayChange) Input.EnsureBlankRow();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? code, CancellationToken ct)
    {
        if (await answering.OpenAsync(id, code, User, ct) is not { } desk) return NotFound();
        Desk = desk;
        if (desk.Refusal is { Outcome: StepOutcome.Forbidden }) return Forbid();
        if (desk.Refusal is { } refusal)
        {
            // Past the deadline nothing changes: the saved answer is shown with the reason.
            Message = refusal.Message;
            Input = AnswerForm.From(desk.Attendance);
            return Page();
        }
        if (Command == "add")
        {
            if (Input.People.Count < AttendanceAnswering.MaxPeople) Input.People.Add(new PersonRow());
            return Page();
        }
        var stamp = Guid.TryParse(Input.ConcurrencyStamp, out var parsed) ? parsed : Guid.Empty;
        var result = await answering.SaveAsync(desk, Input.ToRequest(), stamp, ct);
        switch (result.Outcome)
        {
            case StepOutcome.Done:
                TempData["Flash"] = text["出欠の回答を保存しました。"].Value;
                return Redirect(FormAction);
            case StepOutcome.Conflict:
                // Keep what was typed; show what is saved now; carry the new stamp so that saving again is a deliberate overwrite.
                Desk = (await answering.OpenAsync(id, code, User, ct))!;
                Input.ConcurrencyStamp = Desk.Attendance.ConcurrencyStamp.ToString();
                Conflict = true;
                break;
            case StepOutcome.Invalid:
                Errors = result.Errors ?? [];
                break;
        }
        Message = result.Message;
        Input.EnsureBlankRow();
        return Page();
    }

    public IEnumerable<string> ErrorsOf(string key) => Errors.TryGetValue(key, out var list) ? list : [];

    /// <summary>The error summary: each message with the id of the input it is about.</summary>
    public IEnumerable<(string Id, string Message)> Summary() =>
        Errors.SelectMany(e => e.Value.Select(m => (Id(e.Key), m)));

    /// <summary>"attendees[2].name" → f-attendees-2-name.</summary>
    public static string Id(string key) => "f-" + key.Replace("[", "-").Replace("]", "").Replace('.', '-');

    /// <summary>The ways of attending this meeting's format offers, then absent and proxy.</summary>
    public IEnumerable<AttendanceMode> Modes()
    {
        if (Meeting.HasOnSite) yield return AttendanceMode.OnSite;
        if (Meeting.HasOnline) yield return AttendanceMode.Online;
        yield return AttendanceMode.Absent;
        yield return AttendanceMode.Proxy;
    }
}
