using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Registry;

/// <summary>Secretariat: certify a new association (add it to the registry with its first version).</summary>
[Authorize(Policy = Policies.Secretariat)]
public class NewModel(RenkeiDbContext db, AssociationCertification certification, FieldText text) : PageModel
{
    public sealed class NewInput : IDetailsFields
    {
        public string? Code { get; set; }
        public string? Kind { get; set; }
        public string? Prefecture { get; set; }
        public string? PrefectureEn { get; set; }
        public string? City { get; set; }
        public string? CityEn { get; set; }
        public string? Name { get; set; }
        public string? NameKana { get; set; }
        public string? NameEn { get; set; }
        public string? LegalForm { get; set; } = LegalForms.Known[0];
        public string? LegalFormOther { get; set; }
        public string? Website { get; set; }
        public string? Block { get; set; }
        public string? CertifiedOn { get; set; }
    }

    [BindProperty] public NewInput Input { get; set; } = new();
    public List<Block> Blocks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new CertificationInput(Input.Code, Input.Kind, Input.Prefecture, Input.PrefectureEn, Input.City, Input.CityEn,
            new DetailsInput(Input.Name, Input.NameKana, Input.NameEn, RegistryPages.LegalForm(Input.LegalForm, Input.LegalFormOther), Input.Website, Input.Block),
            Input.CertifiedOn);
        var (result, code) = await certification.CertifyAsync(input, ct);
        if (result.Status == ChangeStatus.Saved)
        {
            TempData["Flash"] = text.T["{0}（{1}）を認定しました。", InputText.Clean(Input.Name) ?? "", code!].Value;
            return RedirectToPage("/Registry/Index");
        }
        ModelState.AddTo(result.Errors, rename: f => f == "legalForm" && Input.LegalForm == RegistryPages.OtherLegalForm ? "LegalFormOther" : null);
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct) => Blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
}
