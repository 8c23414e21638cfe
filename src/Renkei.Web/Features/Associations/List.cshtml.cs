using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Associations;

/// <summary>Anyone: 地域国際化協会一覧, the current associations grouped by block, optionally one block only.</summary>
[AllowAnonymous]
[PublicPageCache(QueryKeys = ["block"])]
public class ListModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<BlockMembers> AllBlocks { get; private set; } = [];
    public IReadOnlyList<BlockMembers> Shown { get; private set; } = [];
    public Block? Selected { get; private set; }
    /// <summary>The block value asked for when it names no block, shortened for display.</summary>
    public string? UnknownBlock { get; private set; }
    public DateOnly Today { get; private set; }
    public int Count => Shown.Sum(b => b.Members.Count);

    public async Task OnGetAsync([FromQuery] string? block, CancellationToken ct)
    {
        Today = JapanDate.Today(clock);
        AllBlocks = await PublicRegistry.CurrentMembersByBlockAsync(db, Today, ct);
        Shown = AllBlocks;
        var wanted = Normalise(block);
        if (wanted.Length == 0) return;

        var match = AllBlocks.FirstOrDefault(b => b.Block.Id == wanted);
        if (match is null)
        {
            // An unknown value shows everything with a message; such pages are not kept in the cache.
            UnknownBlock = wanted.Length > 40 ? wanted[..40] + "…" : wanted;
            PublicPageCache.DoNotStore(HttpContext);
            return;
        }
        Selected = match.Block;
        Shown = [match];
    }

    // Block ids are lower-case ASCII slugs; full-width letters and stray spaces still find them.
    static string Normalise(string? value) =>
        (value ?? "").Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
}
