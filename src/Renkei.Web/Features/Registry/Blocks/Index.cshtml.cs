using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Registry.Blocks;

/// <summary>Secretariat: the six blocks with their member counts and this fiscal year's chair and vice-chair.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Block Block, int Members, Association? Chair, Association? ViceChair);

    public List<Row> Rows { get; private set; } = [];
    public int Year { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = FiscalYear.Current(clock);
        var today = clock.Today();
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        var associations = await db.Associations.AsNoTracking().ToDictionaryAsync(a => a.Code, ct);
        var roles = await db.BlockRoles.AsNoTracking().Where(r => r.FiscalYear == Year).ToListAsync(ct);
        Association? Holder(string block, BlockRoleKind role) =>
            roles.FirstOrDefault(r => r.BlockId == block && r.Role == role) is { } r ? associations[r.AssociationCode] : null;
        Rows = blocks.Select(b => new Row(b,
            associations.Values.Count(a => a.IsCurrentMember(today) && a.Current.BlockId == b.Id),
            Holder(b.Id, BlockRoleKind.Chair), Holder(b.Id, BlockRoleKind.ViceChair))).ToList();
    }
}
