using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>Anyone: one published edition of the directory, searched and filtered, grouped by block.</summary>
[AllowAnonymous]
[PublicPageCache(QueryKeys = ["block", "legalForm", "category", "language", "q"])]
public class DirectoryEditionModel(PublishedDirectory directory, RenkeiDbContext db) : PageModel
{
    public DirectoryEdition Edition { get; private set; } = null!;
    /// <summary>Other published years, newest first, for the year switcher.</summary>
    public IReadOnlyList<int> OtherYears { get; private set; } = [];
    public IReadOnlyList<Block> Blocks { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<IGrouping<Block, PublishedEntry>> Groups { get; private set; } = [];
    public int Shown => Groups.Sum(g => g.Count());
    public DirectoryFilter Filter { get; private set; } = DirectoryFilter.None;
    /// <summary>Filter parameters whose value named nothing (shown beside the field, then ignored).</summary>
    public IReadOnlyList<string> Unknown { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Block { get; set; }
    [BindProperty(SupportsGet = true)] public string? LegalForm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public async Task<IActionResult> OnGetAsync(int fiscalYear, CancellationToken ct)
    {
        if (await directory.EditionAsync(fiscalYear, ct) is not { } edition) return NotFound();
        Edition = edition;
        OtherYears = (await directory.EditionsAsync(ct)).Select(e => e.FiscalYear).Where(y => y != fiscalYear).ToList();
        Blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);

        Filter = DirectorySearch.Parse(Block, LegalForm, Category, Language, Q, Blocks.Select(b => b.Id), out var unknown);
        Unknown = unknown;
        // Junk filter values and free text (unbounded) would only fill the cache; the select filters are few and kept.
        if (unknown.Count > 0 || Filter.Terms.Count > 0) PublicPageCache.DoNotStore(HttpContext);

        var entries = await directory.EntriesAsync(fiscalYear, DirectoryReading.IsMember(User), ct);
        Total = entries.Count;
        Groups = DirectorySearch.Apply(entries, Filter).GroupBy(e => e.Block).ToList();
        return Page();
    }
}
