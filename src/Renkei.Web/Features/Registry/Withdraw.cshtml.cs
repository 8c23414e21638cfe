using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Registry;

/// <summary>Secretariat: record an association's withdrawal (never a deletion), or undo it to re-certify the association.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class WithdrawModel(RenkeiDbContext db, AssociationWithdrawal withdrawal, FieldText text, TimeProvider clock) : PageModel
{
    public sealed class WithdrawInput
    {
        public string? WithdrawnOn { get; set; }
        public bool Confirm { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    [BindProperty] public WithdrawInput Input { get; set; } = new();
    public Association Association { get; private set; } = null!;
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Input = new WithdrawInput { WithdrawnOn = RegistryPages.Iso(clock.Today()), ConcurrencyStamp = Association.ConcurrencyStamp.ToString() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", text.T["確認のチェックを入れてください。"]);
            return Page();
        }
        var result = await withdrawal.WithdrawAsync(Association, Input.WithdrawnOn, RegistryPages.ParseStamp(Input.ConcurrencyStamp), ct);
        return await AnswerAsync(result, code, text.T["{0}の脱退を記録しました。", Name], ct);
    }

    public async Task<IActionResult> OnPostReinstateAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var result = await withdrawal.ReinstateAsync(Association, RegistryPages.ParseStamp(Input.ConcurrencyStamp), ct);
        return await AnswerAsync(result, code, text.T["{0}の脱退を取り消しました（再認定）。", Name], ct);
    }

    string Name => Association.Current.DisplayName(Localization.IsEnglish);

    async Task<IActionResult> AnswerAsync(ChangeResult result, string code, string done, CancellationToken ct)
    {
        switch (result.Status)
        {
            case ChangeStatus.Saved:
                TempData["Flash"] = done;
                return RedirectToPage("/Registry/Index");
            case ChangeStatus.Conflict:
                Conflict = true;
                await LoadAsync(code, ct);
                ModelState.Remove("Input.ConcurrencyStamp");
                Input.ConcurrencyStamp = Association.ConcurrencyStamp.ToString();
                return Page();
            default:
                ModelState.AddTo(result.Errors);
                return Page();
        }
    }

    async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await RegistryPages.FindAsync(db, code, ct) is not { } association) return false;
        Association = association;
        return true;
    }
}
