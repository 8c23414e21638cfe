using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Associations;

/// <summary>Anyone: one association's current details, its history of names and forms, and its block roles.</summary>
[AllowAnonymous]
[PublicPageCache]
public partial class DetailsModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public Association Association { get; private set; } = null!;
    public AssociationVersion Current { get; private set; } = null!;
    /// <summary>Newest first.</summary>
    public IReadOnlyList<AssociationVersion> History { get; private set; } = [];
    public IReadOnlyList<BlockRole> Roles { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public bool IsWithdrawn => Association.WithdrawnOn is { } w && w <= Today;
    public bool IsNotYetCertified => Association.CertifiedOn is { } c && c > Today;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        // Codes typed in full width (２３０００６) or with spaces still find the association, at its one canonical address.
        var normalised = (code ?? "").Normalize(NormalizationForm.FormKC).Trim();
        if (!SixDigits().IsMatch(normalised)) return NotFound();
        if (normalised != code) return RedirectPermanent($"/associations/{normalised}{Request.QueryString}");

        var association = await db.Associations.AsNoTracking()
            .Include(a => a.Versions).ThenInclude(v => v.Block)
            .SingleOrDefaultAsync(a => a.Code == normalised, ct);
        if (association is null || !association.Versions.Any(v => v.ValidTo is null)) return NotFound();

        Today = JapanDate.Today(clock);
        Association = association;
        Current = association.Current;
        History = association.Versions.OrderByDescending(v => v.ValidFrom).ThenByDescending(v => v.Id).ToList();
        var roles = await db.BlockRoles.AsNoTracking().Include(r => r.Block)
            .Where(r => r.AssociationCode == normalised).ToListAsync(ct);
        Roles = roles.OrderByDescending(r => r.FiscalYear).ThenBy(r => r.BlockId).ThenBy(r => r.Role).ToList();
        return Page();
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
