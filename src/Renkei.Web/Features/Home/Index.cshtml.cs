using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Home;

/// <summary>Anyone: what the council is and does, its six blocks and their members.</summary>
[AllowAnonymous]
[PublicPageCache]
public class IndexModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<BlockMembers> Blocks { get; private set; } = [];
    public int FiscalYearNow { get; private set; }
    /// <summary>This fiscal year's block chair and vice-chair associations, by block id.</summary>
    public ILookup<string, BlockRole> Roles { get; private set; } = Enumerable.Empty<BlockRole>().ToLookup(r => r.BlockId);
    public int AssociationCount => Blocks.Sum(b => b.Members.Count);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = JapanDate.Today(clock);
        FiscalYearNow = FiscalYear.Of(today);
        Blocks = await PublicRegistry.CurrentMembersByBlockAsync(db, today, ct);
        var roles = await db.BlockRoles.AsNoTracking().Include(r => r.Association)
            .Where(r => r.FiscalYear == FiscalYearNow).ToListAsync(ct);
        Roles = roles.OrderBy(r => r.Role).ToLookup(r => r.BlockId);
    }
}
