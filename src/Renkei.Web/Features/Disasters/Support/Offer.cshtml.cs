using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// Members who see the request (its block until escalated, then everyone; others 404), except the requesting
/// association itself (403): offer help with who, how many, languages, dates, on site or remote. The secretariat picks
/// the association it enters the offer for. A withdrawn request or a closed disaster takes no offers (409).
/// </summary>
[Authorize(Policy = Policies.Member)]
public class OfferModel(RenkeiDbContext db, Offering offering, IStringLocalizer<SupportText> t, TimeProvider clock) : PageModel
{
    [BindProperty] public OfferInput Input { get; set; } = new();

    public OfferDesk Desk { get; private set; } = null!;
    public SupportRequest SupportRequest => Desk.Request;
    public Responder Who { get; private set; } = null!;
    public RequestView View { get; private set; } = null!;
    /// <summary>The associations the secretariat may enter an offer for: every member but the requester.</summary>
    public List<string> Associations { get; private set; } = [];
    public bool English => Localization.IsEnglish;
    public string? Message { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(int id, int requestId, CancellationToken ct)
    {
        if (!await OpenAsync(id, requestId, ct)) return NotFound();
        Input = OfferInput.For(SupportRequest);
        return Desk.Refusal is { } refusal ? Refuse(refusal) : Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int requestId, CancellationToken ct)
    {
        if (!await OpenAsync(id, requestId, ct)) return NotFound();
        if (Desk.Refusal is { } refusal) return Refuse(refusal);
        db.ChangeTracker.Clear();
        var (result, offer) = await offering.OfferAsync(id, requestId, Input, Who, ct);
        if (offer is not null)
        {
            TempData["Flash"] = t["支援を申し出ました。要請した協会とブロックの幹事協会に知らせました。"].Value;
            return Redirect($"/disasters/{id}/requests/{requestId}#offer-{offer.Id}");
        }
        if (result.Outcome == StepOutcome.NotFound) return NotFound();
        return Refuse(result);
    }

    async Task<bool> OpenAsync(int id, int requestId, CancellationToken ct)
    {
        Who = await Responder.OfAsync(db, User, clock, ct);
        if (await offering.OpenAsync(id, requestId, Who, ct) is not { } desk) return false;
        Desk = desk;
        var names = await SupportNames.LoadAsync(db, ct);
        var block = await db.Blocks.AsNoTracking().Where(b => b.Id == desk.Request.BlockId).Select(b => English ? b.NameEn : b.NameJa).SingleAsync(ct);
        View = new RequestView(desk.Request, names, block, English);
        if (Who.IsSecretariat)
            Associations = (await EmergencyContacts.MembersAsync(db, null, ct)).Where(c => c != desk.Request.AssociationCode).Order(StringComparer.Ordinal).ToList();
        return true;
    }

    /// <summary>The page with the reason and the status it stands for (400, 403, 409); what was typed stays in the form.</summary>
    IActionResult Refuse(StepResult result)
    {
        Message = result.Message;
        Errors = result.Errors ?? [];
        Response.StatusCode = result.StatusCode;
        return Page();
    }

    public IEnumerable<string> ErrorsOf(string key) => Errors.TryGetValue(key, out var list) ? list : [];

    public bool ShowForm => Desk.Refusal is null;
}
