using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>Secretariat: the reception desk on the day, phone first — find an association or a person, check people in (or undo), add someone who came unregistered; the count of who came stays on top.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class CheckInModel(RenkeiDbContext db, AttendanceBook book, CheckInDesk desk, IStringLocalizer<AttendanceText> text) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<InvitedAssociation> Invited { get; private set; } = [];
    public IReadOnlyList<InvitedAssociation> Shown { get; private set; } = [];
    public AttendanceFigures Figures { get; private set; } = null!;
    public bool English => Localization.IsEnglish;
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>The walk-in form that failed, kept with its message beside it.</summary>
    public (string Code, string Name, string? Title, string Message)? WalkInError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCheckInAsync(int id, string code, int attendeeId, CancellationToken ct) =>
        DoAsync(id, code, desk.CheckInAsync(id, code, attendeeId, undo: false, ct), text["受付しました。"], ct);

    public Task<IActionResult> OnPostUndoAsync(int id, string code, int attendeeId, CancellationToken ct) =>
        DoAsync(id, code, desk.CheckInAsync(id, code, attendeeId, undo: true, ct), text["受付を取り消しました。"], ct);

    public Task<IActionResult> OnPostAllAsync(int id, string code, CancellationToken ct) =>
        DoAsync(id, code, desk.CheckInAsync(id, code, null, undo: false, ct), text["協会の全員を受付しました。"], ct);

    public async Task<IActionResult> OnPostWalkInAsync(int id, string code, string? name, string? title, string? mode, CancellationToken ct)
    {
        var result = await desk.AddWalkInAsync(id, code, name, title, AttendanceResources.ParsePersonMode(mode), ct);
        if (result.Outcome != StepOutcome.Invalid)
            return await DoAsync(id, code, Task.FromResult(result), text["当日参加の人を追加し、受付しました。"], ct);
        if (!await LoadAsync(id, ct)) return NotFound();
        WalkInError = (code, name ?? "", title, result.Message ?? "");
        return Page();
    }

    async Task<IActionResult> DoAsync(int id, string code, Task<StepResult> step, string done, CancellationToken ct)
    {
        var result = await step;
        if (result.Outcome == StepOutcome.NotFound) return NotFound();
        TempData["Flash"] = result.Succeeded ? done : result.Message;
        // Back to the same search, at the association just handled.
        return Redirect($"/meetings/manage/{id}/checkin{(string.IsNullOrWhiteSpace(Q) ? "" : "?q=" + Uri.EscapeDataString(Q))}#a-{code}");
    }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is not { } meeting) return false;
        Meeting = meeting;
        Invited = await book.InvitedAsync(meeting, ct);
        Figures = AttendanceFigures.Of(Invited.Select(r => r.Attendance).ToList());
        var q = InputText.Clean(Q);
        // Without a search: the associations someone is coming from. A search looks through every invited association.
        Shown = q is null
            ? Invited.Where(r => r.Attendance.Attendees.Count > 0).ToList()
            : Invited.Where(r => Matches(r, q)).ToList();
        return true;
    }

    static bool Matches(InvitedAssociation r, string q) =>
        r.Code.Contains(q, StringComparison.Ordinal)
        || r.Association.Current.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
        || (r.Association.Current.NameEn?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false)
        || r.Association.Prefecture.Contains(q, StringComparison.Ordinal)
        || (r.Association.City?.Contains(q, StringComparison.Ordinal) ?? false)
        || r.Attendance.Attendees.Any(p => (InputText.Clean(p.Name) ?? "").Replace(" ", "").Contains(q.Replace(" ", ""), StringComparison.OrdinalIgnoreCase));

    public bool IsOpen => Meeting.Status == MeetingStatus.Convened;
}
