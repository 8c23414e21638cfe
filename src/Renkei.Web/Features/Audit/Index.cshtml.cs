using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Audit;

/// <summary>Secretariat: browse the audit log (who changed what, when, before → after), filtered and paged.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(RenkeiDbContext db, IStringLocalizer<AuditFilter> l) : PageModel
{
    public const int PageSize = 50;

    public AuditFilter Filter { get; private set; } = new();
    public AuditQuery? Query { get; private set; }
    public List<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public List<string> EntityTypes { get; private set; } = [];

    public int LastPage => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync([FromQuery] AuditFilter filter, CancellationToken ct)
    {
        Filter = filter;
        EntityTypes = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        // The page size is fixed here; only the API lets callers choose it.
        filter.PageSize = null;
        var (query, errors) = filter.Validate(l, PageSize, PageSize);
        foreach (var (field, messages) in errors)
            foreach (var message in messages) ModelState.AddModelError(field, message);
        if (query is null) return;
        Query = query;
        (Entries, Total) = await query.RunAsync(db, ct);
    }

    /// <summary>This page's URL with the same filters and another page number.</summary>
    public string PageUrl(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["entity"] = Filter.Entity,
            ["association"] = Filter.Association,
            ["actor"] = Filter.Actor,
            ["from"] = Filter.From,
            ["to"] = Filter.To,
            ["page"] = page.ToString(),
        };
        return "/audit" + QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }
}
