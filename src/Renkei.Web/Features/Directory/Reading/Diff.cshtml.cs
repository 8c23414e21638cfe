using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory;

/// <summary>Members: what changed in an association's entry between two published years, field by field.</summary>
[Authorize(Policy = Policies.Member)]
public class DirectoryDiffModel(PublishedDirectory directory) : PageModel
{
    public PublishedEntry Entry { get; private set; } = null!;
    /// <summary>The year compared with; null when the association has no earlier published entry and none was asked for.</summary>
    public PublishedEntry? Before { get; private set; }
    /// <summary>The association's other published years, newest first (the choices of the year select).</summary>
    public IReadOnlyList<int> OtherYears { get; private set; } = [];
    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];
    public bool IsSample { get; private set; }

    public async Task<IActionResult> OnGetAsync(int fiscalYear, string code, [FromQuery] string? from, CancellationToken ct)
    {
        var history = await directory.HistoryAsync(code, members: true, ct);
        if (history.FirstOrDefault(e => e.FiscalYear == fiscalYear) is not { } entry) return NotFound();
        Entry = entry;
        OtherYears = history.Select(e => e.FiscalYear).Where(y => y != fiscalYear).OrderDescending().ToList();

        if (string.IsNullOrWhiteSpace(from))
            Before = history.LastOrDefault(e => e.FiscalYear < fiscalYear);
        else if (int.TryParse(InputText.Compact(from), out var year) && year != fiscalYear)
            Before = history.FirstOrDefault(e => e.FiscalYear == year);
        if (Before is null && !string.IsNullOrWhiteSpace(from)) return NotFound();

        var samples = (await directory.EditionsAsync(ct)).Where(e => e.IsSample).Select(e => e.FiscalYear).ToHashSet();
        IsSample = samples.Contains(fiscalYear) || (Before is not null && samples.Contains(Before.FiscalYear));
        if (Before is not null) Changes = EntryFields.Diff(Before.Content, Entry.Content, Localization.IsEnglish);
        return Page();
    }
}
