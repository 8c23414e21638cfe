using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory;

/// <summary>Anyone: one association's published entry with its correction history (members also see members-only fields and each correction's changes).</summary>
[AllowAnonymous]
[PublicPageCache]
public class DirectoryEntryPageModel(PublishedDirectory directory) : PageModel
{
    public DirectoryEdition Edition { get; private set; } = null!;
    public PublishedEntry Entry { get; private set; } = null!;
    /// <summary>Oldest first: version 1 (publication), then corrections.</summary>
    public IReadOnlyList<PublishedVersion> Versions { get; private set; } = [];
    /// <summary>The association's other published years, newest first.</summary>
    public IReadOnlyList<int> OtherYears { get; private set; } = [];
    public bool Member { get; private set; }
    public bool English { get; private set; }

    public async Task<IActionResult> OnGetAsync(int fiscalYear, string code, CancellationToken ct)
    {
        if (await directory.EditionAsync(fiscalYear, ct) is not { } edition) return NotFound();
        Member = DirectoryReading.IsMember(User);
        if (await directory.EntryAsync(fiscalYear, code, Member, ct) is not { } entry) return NotFound();
        Edition = edition;
        Entry = entry;
        English = Localization.IsEnglish;
        Versions = await directory.VersionsAsync(fiscalYear, code, Member, ct);
        OtherYears = (await directory.HistoryAsync(code, Member, ct)).Select(e => e.FiscalYear).Where(y => y != fiscalYear)
            .OrderDescending().ToList();
        return Page();
    }

    /// <summary>The fields that make up the entry's heading block (basic information), in catalogue order.</summary>
    public IReadOnlyList<FieldValue> BasicFields() =>
        EntryFields.Flatten(Entry.Content, English)
            .Where(f => !f.Key.Contains('[') && !f.Key.StartsWith("staff.", StringComparison.Ordinal)
                && f.Key is not ("name" or "consultationLanguages") && f.Value.Length > 0)
            .ToList();

    /// <summary>What a correction changed: the differences from the version before it (members only).</summary>
    public IReadOnlyList<FieldChange> Changes(PublishedVersion version)
    {
        var before = Versions.LastOrDefault(v => v.Number < version.Number);
        return before is null ? [] : EntryFields.Diff(before.Content, version.Content, English);
    }
}
