using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// Members: an affected association's users post its support request; its block chair and the secretariat post one on
/// its behalf with ?code= (they are offered the choice when they come without one). Anyone else is refused with the
/// reason: another association's code is 403, an association that is not affected 400, a closed disaster 409.
/// </summary>
[Authorize(Policy = Policies.Member)]
public class NewRequestModel(RenkeiDbContext db, RequestPosting posting, IStringLocalizer<SupportText> t, TimeProvider clock) : PageModel
{
    [BindProperty] public RequestInput Input { get; set; } = new();

    public PostingDesk Desk { get; private set; } = null!;
    public Responder Who { get; private set; } = null!;
    public SupportNames Names { get; private set; } = null!;
    public bool English => Localization.IsEnglish;
    /// <summary>Why nothing can be posted here (shown instead of the form), or the summary over field errors.</summary>
    public string? Message { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string FormAction => $"/disasters/{Desk.Disaster.Id}/requests/new" + (Desk.Code is { } c && Desk.OnBehalf(Who) ? $"?code={c}" : "");

    public async Task<IActionResult> OnGetAsync(int id, string? code, CancellationToken ct)
    {
        if (!await OpenAsync(id, code, ct)) return NotFound();
        Input = RequestInput.Blank(JapanDate.Today(clock));
        // Coming without ?code= and acting for several affected associations: the page offers the choice.
        return Choosing ? Page() : Refuse(Desk.Refusal);
    }

    public async Task<IActionResult> OnPostAsync(int id, string? code, CancellationToken ct)
    {
        if (!await OpenAsync(id, code, ct)) return NotFound();
        if (Desk.Refusal is not null) return Refuse(Desk.Refusal);
        var (result, request) = await posting.PostAsync(id, code, Input, Who, ct);
        if (request is not null)
        {
            TempData["Flash"] = t["{0}を登録し、ブロック内の協会に知らせました。", request.Label(English)].Value;
            return Redirect($"/disasters/{id}/requests/{request.Id}");
        }
        if (result.Outcome == StepOutcome.NotFound) return NotFound();
        return Refuse(result);
    }

    async Task<bool> OpenAsync(int id, string? code, CancellationToken ct)
    {
        Who = await Responder.OfAsync(db, User, clock, ct);
        if (await posting.OpenAsync(id, code, Who, ct) is not { } desk) return false;
        Desk = desk;
        Names = await SupportNames.LoadAsync(db, ct);
        return true;
    }

    /// <summary>The page with the reason and the status it stands for (400, 403, 409); field errors stay beside their fields.</summary>
    IActionResult Refuse(StepResult? result)
    {
        if (result is null) return Page();
        Message = result.Message;
        Errors = result.Errors ?? [];
        Response.StatusCode = result.StatusCode;
        return Page();
    }

    public IEnumerable<string> ErrorsOf(string key) => Errors.TryGetValue(key, out var list) ? list : [];

    /// <summary>The caller has to pick the affected association first (block chair, secretariat).</summary>
    public bool Choosing => Desk.Code is null && Desk.Choices.Count > 0 && Desk.Refusal?.Outcome == StepOutcome.Invalid;

    /// <summary>A form can be shown: the association is known and nothing but field errors stands in the way.</summary>
    public bool ShowForm => Desk.Code is not null && Desk.Refusal is null;
}
