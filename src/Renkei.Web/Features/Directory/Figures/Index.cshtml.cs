using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>Anyone: the directory's national figures for one published year (?year=, the latest by default), with year-over-year charts of every published edition.</summary>
[AllowAnonymous]
public class FiguresIndexModel(NationalFigures figures, RenkeiDbContext db) : PageModel
{
    /// <summary>Every published edition's figures, oldest first.</summary>
    public IReadOnlyList<YearFigures> Years { get; private set; } = [];
    public YearFigures? Selected { get; private set; }
    public IReadOnlyDictionary<string, Block> Blocks { get; private set; } = new Dictionary<string, Block>();

    public async Task<IActionResult> OnGetAsync([FromQuery] string? year, CancellationToken ct)
    {
        Years = await figures.AllAsync(ct);
        var wanted = (year ?? "").Normalize(NormalizationForm.FormKC).Trim();
        if (wanted.Length == 0) Selected = Years.LastOrDefault();
        else if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var fy))
            Selected = Years.FirstOrDefault(y => y.FiscalYear == fy);
        // A year with no published edition has no figures: the same 404 as its directory page.
        if (wanted.Length > 0 && Selected is null) return NotFound();
        Blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        return Page();
    }

    public string BlockName(string id, bool english) => Blocks.TryGetValue(id, out var b) ? b.Name(english) : id;
}
