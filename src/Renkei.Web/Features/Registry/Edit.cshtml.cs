using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Registry;

/// <summary>Secretariat: edit an association's details (a new version from the date the change takes effect) and its certification date.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class EditModel(RenkeiDbContext db, AssociationEdit edit, FieldText text, TimeProvider clock) : PageModel
{
    public sealed class EditInput : IDetailsFields
    {
        public string? Name { get; set; }
        public string? NameKana { get; set; }
        public string? NameEn { get; set; }
        public string? LegalForm { get; set; }
        public string? LegalFormOther { get; set; }
        public string? Website { get; set; }
        public string? Block { get; set; }
        public string? CertifiedOn { get; set; }
        public string? EffectiveFrom { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    [BindProperty] public EditInput Input { get; set; } = new();
    public Association Association { get; private set; } = null!;
    public List<Block> Blocks { get; private set; } = [];
    /// <summary>Set when someone else saved first: the page shows what is stored now.</summary>
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var change = new AssociationChange(
            new DetailsInput(Input.Name, Input.NameKana, Input.NameEn, RegistryPages.LegalForm(Input.LegalForm, Input.LegalFormOther), Input.Website, Input.Block),
            Input.CertifiedOn, Input.EffectiveFrom);
        var result = await edit.ApplyAsync(Association, change, RegistryPages.ParseStamp(Input.ConcurrencyStamp), ct);
        switch (result.Status)
        {
            case ChangeStatus.Saved:
                TempData["Flash"] = text.T["{0}の変更を保存しました。", Association.Current.DisplayName(Infrastructure.Localization.Localization.IsEnglish)].Value;
                return RedirectToPage("/Registry/Index");
            case ChangeStatus.Unchanged:
                TempData["Flash"] = text.T["変更はありませんでした。新しい版は作られていません。"].Value;
                return RedirectToPage("/Registry/Edit", new { code = Association.Code });
            case ChangeStatus.Conflict:
                // Show what is stored now and take the new stamp, so saving again is a deliberate choice.
                Conflict = true;
                await LoadAsync(code, ct);
                ModelState.Remove("Input.ConcurrencyStamp");
                Input.ConcurrencyStamp = Association.ConcurrencyStamp.ToString();
                return Page();
            default:
                ModelState.AddTo(result.Errors, rename: f => f == "legalForm" && Input.LegalForm == RegistryPages.OtherLegalForm ? "LegalFormOther" : null);
                return Page();
        }
    }

    async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await RegistryPages.FindAsync(db, code, ct) is not { } association) return false;
        Association = association;
        Blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        return true;
    }

    void Fill()
    {
        var v = Association.Current;
        var (selected, other) = RegistryPages.SplitLegalForm(v.LegalForm);
        Input = new EditInput
        {
            Name = v.Name, NameKana = v.NameKana, NameEn = v.NameEn, LegalForm = selected, LegalFormOther = other,
            Website = v.Website, Block = v.BlockId, CertifiedOn = RegistryPages.Iso(Association.CertifiedOn),
            EffectiveFrom = RegistryPages.Iso(clock.Today()), ConcurrencyStamp = Association.ConcurrencyStamp.ToString(),
        };
    }
}
