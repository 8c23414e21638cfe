using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>Members: the preparedness of their own block's associations and what the block could send in a disaster;
/// the secretariat sees every block, with a block filter.</summary>
[Authorize(Policy = Policies.Member)]
public class BlockModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public List<Block> Blocks { get; private set; } = [];
    /// <summary>The block shown; null when the secretariat looks at every block.</summary>
    public Block? Shown { get; private set; }
    public bool IsSecretariat { get; private set; }
    public List<PreparednessEntry> Entries { get; private set; } = [];
    public BlockCapacity Capacity { get; private set; } = null!;
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? block, CancellationToken ct)
    {
        var who = await Responder.OfAsync(db, User, clock, ct);
        IsSecretariat = who.IsSecretariat;
        Blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        // Association users see their own block whatever they ask for; an unknown block shows every block.
        var id = who.IsSecretariat ? block : who.BlockId;
        Shown = Blocks.FirstOrDefault(b => b.Id == id);
        if (!who.IsSecretariat && Shown is null) return NotFound();
        Entries = await ReadinessScope.ListAsync(db, who, Shown?.Id, ct);
        Capacity = BlockCapacity.Of(Shown?.Id, Entries);
        Now = clock.GetUtcNow().UtcDateTime;
        return Page();
    }

    public string BlockName(string id, bool english) => Blocks.FirstOrDefault(b => b.Id == id)?.Name(english) ?? id;
}
