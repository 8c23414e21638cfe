using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory.Editing;

/// <summary>Any member: the way to one's own entry, in the newest edition not yet published (the secretariat goes to its management page).</summary>
[Authorize(Policy = Policies.Member)]
public class MineModel(RenkeiDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.IsSecretariat()) return Redirect("/directory/manage");
        var code = User.AssociationCodeOf();
        var year = await db.DirectoryEntries
            .Where(e => e.AssociationCode == code && e.Edition!.Status != EditionStatus.Published)
            .OrderByDescending(e => e.FiscalYear)
            .Select(e => (int?)e.FiscalYear)
            .FirstOrDefaultAsync(ct);
        return year is { } y ? Redirect($"/directory/{y}/{code}/edit") : Page();
    }
}
