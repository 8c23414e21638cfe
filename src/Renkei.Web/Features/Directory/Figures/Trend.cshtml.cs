using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;

namespace Renkei.Web.Features.Directory;

/// <summary>One association's published entry in one year, with what changed since its previous published entry.</summary>
public sealed record TrendYear(PublishedEntry Entry, int? PreviousYear, IReadOnlyList<FieldChange>? Changes)
{
    public int FiscalYear => Entry.FiscalYear;
    public EntryContent Content => Entry.Content;
    /// <summary>All members of every membership type, or null when the entry gives no count.</summary>
    public int? Members => Content.MemberTypes.Any(m => m.Count is not null) ? Content.MemberTypes.Sum(m => m.Count ?? 0) : null;
}

/// <summary>Anyone: one association's trend across the published editions (budget, staff, members, projects, what changed each year).</summary>
[AllowAnonymous]
public partial class AssociationTrendModel(PublishedDirectory published) : PageModel
{
    public IReadOnlyList<TrendYear> Years { get; private set; } = [];
    public bool AnySample { get; private set; }
    /// <summary>Members may open the field-by-field diff between two years.</summary>
    public bool MembersView { get; private set; }
    public PublishedEntry Latest => Years[^1].Entry;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        // A code typed in full width (２３０００６) or with spaces still finds the trend, at its one address.
        var normalised = (code ?? "").Normalize(NormalizationForm.FormKC).Trim();
        if (!SixDigits().IsMatch(normalised)) return NotFound();
        if (normalised != code) return RedirectPermanent($"/directory/associations/{normalised}{Request.QueryString}");

        MembersView = Roles.All.Any(User.IsInRole);
        var history = await published.HistoryAsync(normalised, MembersView, ct);
        if (history.Count == 0) return NotFound();
        var english = Infrastructure.Localization.Localization.IsEnglish;
        Years = history.Select((e, i) => i == 0
            ? new TrendYear(e, null, null)
            : new TrendYear(e, history[i - 1].FiscalYear, EntryFields.Diff(history[i - 1].Content, e.Content, english))).ToList();
        var samples = (await published.EditionsAsync(ct)).Where(e => e.IsSample).Select(e => e.FiscalYear).ToHashSet();
        AnySample = Years.Any(y => samples.Contains(y.FiscalYear));
        return Page();
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
