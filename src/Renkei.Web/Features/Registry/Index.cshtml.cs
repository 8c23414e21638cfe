using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Registry;

/// <summary>Secretariat: every association ever certified, withdrawn ones too, by block and code, with links to change them.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public List<(Block Block, List<Association> Members)> ByBlock { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.Today();
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        var associations = await db.Associations.AsNoTracking().ToListAsync(ct);
        ByBlock = blocks
            .Select(b => (b, associations.Where(a => a.Current.BlockId == b.Id).OrderBy(a => a.Code, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
