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
/// An affected association's users, its block chair and the secretariat (others 403): report the association's
/// status and whether a support centre is open. <c>?code=</c> names the association (own by default; the secretariat,
/// which has none, is sent to the board's list of affected associations); a code that is not affected by this disaster
/// is 404.
/// </summary>
[Authorize(Policy = Policies.Member)]
public class StatusModel(RenkeiDbContext db, StatusReports reports, TimeProvider clock, IStringLocalizer<BoardText> t) : PageModel
{
    [BindProperty] public StatusInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    public Disaster Disaster { get; private set; } = null!;
    public AffectedAssociation Affected { get; private set; } = null!;
    public string AssociationName { get; private set; } = "";
    public bool Conflict { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // The secretariat has no association of its own: without ?code= it is sent to the board's list of the affected
        // associations, where each has its link to this form.
        if (Code is null && User.IsSecretariat())
            return await db.Disasters.AnyAsync(d => d.Id == id, ct) ? Redirect($"/disasters/{id}#affected-h") : NotFound();
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Input = new StatusInput
        {
            Status = Affected.Status == OperatingStatus.Unknown ? null : DisasterLabels.Code(Affected.Status),
            SupportCentreOpen = Affected.SupportCentreOpen,
            Note = Affected.Note,
            ConcurrencyStamp = Affected.ConcurrencyStamp.ToString(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var who = await Responder.OfAsync(db, User, clock, ct);
        // An unticked checkbox sends nothing: on the form that means "not open".
        Input.SupportCentreOpen ??= false;
        var result = await reports.ReportAsync(id, Affected.AssociationCode, Input, ConveningPages.Stamp(Input.ConcurrencyStamp), who, ct);
        if (result.Succeeded)
        {
            TempData["Flash"] = t["{0}の状況を報告しました。", AssociationName].Value;
            return Redirect($"/disasters/{id}");
        }
        if (await LoadAsync(id, ct) is { } gone) return gone;
        if (result.Outcome == StepOutcome.Conflict)
        {
            Conflict = true;
            ModelState.Remove("Input.ConcurrencyStamp");
            Input.ConcurrencyStamp = Affected.ConcurrencyStamp.ToString();
        }
        else if (result.Outcome == StepOutcome.Invalid) ModelState.AddStep(result, "Input");
        else Refusal = result.Message;
        return Page();
    }

    /// <summary>Loads the affected association: null when the caller may report for it, else 404 (not affected) or 403.</summary>
    async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, User, clock, ct);
        var code = Code is null ? who.AssociationCode : LocalGovernmentCode.Normalize(Code);
        if (await reports.FindAsync(id, code, tracked: false, ct) is not { } found) return NotFound();
        if (!who.ActsFor(found.Row.AssociationCode, found.Block)) return Forbid();
        Disaster = found.Disaster;
        Affected = found.Row;
        var book = await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct);
        AssociationName = book.Name(found.Row.AssociationCode, Localization.IsEnglish);
        return null;
    }
}
