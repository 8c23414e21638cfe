using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>Association admins (their own association) and the secretariat: edit the emergency contacts and support
/// capacity; saving confirms them. Staff get 403, another association's admin 404.</summary>
[Authorize(Policy = Policies.Admin)]
public class EditModel(RenkeiDbContext db, PreparednessRules rules, PreparednessEditing editing, TimeProvider clock, IStringLocalizer<ReadinessText> t) : PageModel
{
    [BindProperty] public PreparednessInput Input { get; set; } = new();
    public PreparednessView View { get; private set; } = null!;
    /// <summary>Set when someone else saved first: the page shows what is stored now, above the input kept as typed.</summary>
    public bool Conflict { get; private set; }
    public string Back => ReadinessPages.PageOf(View.Entry.Code, User.AssociationCodeOf());

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Input = PreparednessInput.From(View.Entry.Row);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var (values, errors) = rules.Check(Input);
        if (values is null || !ModelState.IsValid)
        {
            ModelState.AddTo(errors);
            return Page();
        }
        if (await editing.SaveAsync(View.Entry.Code, values, RegistryPages.ParseStamp(Input.ConcurrencyStamp), who.Name, ct) == ReadinessOutcome.Saved)
        {
            TempData["Flash"] = t["保存しました。確認日も今日になりました。"].Value;
            return Redirect(Back);
        }
        // Show what is stored now and take its stamp, so that saving again over it is a deliberate choice.
        Conflict = true;
        await LoadAsync(code, ct);
        ModelState.Remove("Input.ConcurrencyStamp");
        Input.ConcurrencyStamp = View.Entry.Stamp.ToString();
        return Page();
    }

    Responder who = null!;

    async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        who = await Responder.OfAsync(db, User, clock, ct);
        if (await ReadinessScope.FindAsync(db, who, code, ct) is not { } entry || !ReadinessScope.MayEdit(User, entry.Code)) return false;
        View = new PreparednessView(entry, true, entry.Code == who.AssociationCode, clock.GetUtcNow().UtcDateTime);
        return true;
    }
}
