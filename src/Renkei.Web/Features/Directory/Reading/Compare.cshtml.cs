using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory;

/// <summary>Members: up to five associations' entries of one published edition side by side, differences marked.</summary>
[Authorize(Policy = Policies.Member)]
public class DirectoryCompareModel(PublishedDirectory directory) : PageModel
{
    public enum Problem { None, NoEdition, YearNotPublished, UnknownCodes, TooMany, TooFew }

    public IReadOnlyList<DirectoryEdition> Editions { get; private set; } = [];
    public DirectoryEdition? Edition { get; private set; }
    /// <summary>The edition's entries to choose from, in block and code order.</summary>
    public IReadOnlyList<PublishedEntry> Choices { get; private set; } = [];
    public IReadOnlyList<PublishedEntry> Chosen { get; private set; } = [];
    public IReadOnlyList<ComparisonRow> Rows { get; private set; } = [];
    public Problem Refusal { get; private set; }
    /// <summary>The codes asked for that this edition does not have (shortened for display).</summary>
    public IReadOnlyList<string> UnknownCodes { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "year")] public string? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "codes")] public List<string> Codes { get; set; } = [];
    /// <summary>Show only the fields in which the chosen entries differ.</summary>
    [BindProperty(SupportsGet = true, Name = "differences")] public bool DifferencesOnly { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Editions = await directory.EditionsAsync(ct);
        if (Editions.Count == 0) { Refusal = Problem.NoEdition; return; }
        var year = int.TryParse(InputText.Compact(Year), out var y) ? y : (int?)null;
        Edition = year is null && string.IsNullOrWhiteSpace(Year) ? Editions[0] : Editions.FirstOrDefault(e => e.FiscalYear == year);
        if (Edition is null)
        {
            Refusal = Problem.YearNotPublished;
            Edition = Editions[0];
            Codes = [];
        }
        Choices = await directory.EntriesAsync(Edition.FiscalYear, members: true, ct);
        if (Refusal != Problem.None) return;

        var codes = Codes.Select(InputText.Compact).OfType<string>().Distinct().ToList();
        var byCode = Choices.ToDictionary(e => e.Code);
        UnknownCodes = codes.Where(c => !byCode.ContainsKey(c)).Select(c => c.Length > 12 ? c[..12] + "…" : c).Take(10).ToList();
        Chosen = codes.Where(byCode.ContainsKey).Select(c => byCode[c]).ToList();
        Codes = Chosen.Select(e => e.Code).ToList();
        if (UnknownCodes.Count > 0) Refusal = Problem.UnknownCodes;
        else if (Chosen.Count > DirectoryComparison.MaxEntries) Refusal = Problem.TooMany;
        else if (Chosen.Count == 1) Refusal = Problem.TooFew;
        if (Refusal != Problem.None || Chosen.Count == 0) return;

        var english = Localization.IsEnglish;
        var rows = DirectoryComparison.Rows(Chosen.Select(e => EntryFields.Flatten(e.Content, english)).ToList());
        Rows = DifferencesOnly ? rows.Where(r => r.Differs).ToList() : rows;
    }
}
