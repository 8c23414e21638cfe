using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory.Manage;

/// <summary>Secretariat: review one association's entry (every field, what changed since last year, its history) and return or approve it.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class EntryModel(RenkeiDbContext db, DirectoryCycle cycle, EditionLifecycle lifecycle, CurrentActor actor, IStringLocalizer<ReviewText> text) : PageModel
{
    public sealed class ReturnInput
    {
        public string? Comment { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    public sealed class ApproveInput
    {
        public string? ConcurrencyStamp { get; set; }
    }

    [BindProperty] public ReturnInput Return { get; set; } = new();
    [BindProperty] public ApproveInput Approve { get; set; } = new();

    public DirectoryEntry Entry { get; private set; } = null!;
    public EntryRow Row { get; private set; } = null!;
    public IReadOnlyList<FieldValue> Fields { get; private set; } = [];
    /// <summary>The edition the changes are counted from; null when there is no earlier edition.</summary>
    public int? PreviousYear { get; private set; }
    /// <summary>Null when the association had no entry in the previous edition.</summary>
    public IReadOnlyList<FieldChange>? Changes { get; private set; }
    public string? PreviousCode { get; private set; }
    public string? NextCode { get; private set; }
    public string? Refusal { get; private set; }
    /// <summary>What approval found missing or wrong, by field label.</summary>
    public List<(string Label, string Message)> Incomplete { get; private set; } = [];

    public bool MayReturn => Entry.Edition!.Status != EditionStatus.Published && Entry.Status is EntryStatus.Submitted or EntryStatus.Approved;
    public bool MayApprove => Entry.Edition!.Status != EditionStatus.Published && Entry.Status != EntryStatus.Approved;

    public async Task<IActionResult> OnGetAsync(int fiscalYear, string code, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, code, ct)) return NotFound();
        FillStamps();
        return Page();
    }

    public async Task<IActionResult> OnPostReturnAsync(int fiscalYear, string code, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, code, ct)) return NotFound();
        var result = await cycle.ReturnAsync(Entry, Return.Comment, ManagePages.Stamp(Return.ConcurrencyStamp), actor.Name, ct);
        if (result.Succeeded) return Done(text["{0}の登録内容を差し戻し、管理者にコメントをメールで送りました。", Row.Name(Localization.IsEnglish)]);
        if (result.Outcome == CycleOutcome.Invalid)
        {
            ModelState.AddTo(result, "Return", nameof(ReturnInput.Comment));
            FillStamps();
            return Page();
        }
        return await RefuseAsync(fiscalYear, code, result.Message, ct);
    }

    public async Task<IActionResult> OnPostApproveAsync(int fiscalYear, string code, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, code, ct)) return NotFound();
        var result = await cycle.ApproveAsync(Entry, ManagePages.Stamp(Approve.ConcurrencyStamp), actor.Name, ct);
        if (result.Succeeded) return Done(text["{0}の登録内容を承認しました。", Row.Name(Localization.IsEnglish)]);
        if (result.Outcome == CycleOutcome.Invalid)
        {
            var labels = Fields.ToDictionary(f => f.Key, f => f.Label(Localization.IsEnglish));
            Incomplete = (result.Errors ?? []).SelectMany(e => e.Value.Select(m => (labels.GetValueOrDefault(e.Key, e.Key), m))).ToList();
            Refusal = result.Message;
            FillStamps();
            return Page();
        }
        return await RefuseAsync(fiscalYear, code, result.Message, ct);
    }

    IActionResult Done(string flash)
    {
        TempData["Flash"] = flash;
        return RedirectToPage("/Directory/Manage/Entry", new { fiscalYear = Entry.FiscalYear, code = Entry.AssociationCode });
    }

    /// <summary>The entry as it is now, with the reason; a comment being typed is kept.</summary>
    async Task<IActionResult> RefuseAsync(int fiscalYear, string code, string? reason, CancellationToken ct)
    {
        await LoadAsync(fiscalYear, code, ct);
        Refusal = reason;
        ModelState.Clear();
        FillStamps();
        return Page();
    }

    void FillStamps() => Return.ConcurrencyStamp = Approve.ConcurrencyStamp = Entry.ConcurrencyStamp.ToString();

    async Task<bool> LoadAsync(int fiscalYear, string code, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (LocalGovernmentCode.Normalize(code) is not { } normalized || await cycle.FindAsync(fiscalYear, normalized, ct) is not { } entry) return false;
        Entry = entry;
        var english = Localization.IsEnglish;
        Fields = EntryFields.Flatten(entry.Content, english);

        var all = await db.DirectoryEntries.AsNoTracking().Where(e => e.FiscalYear == fiscalYear).ToListAsync(ct);
        var rows = await EditionProgress.RowsAsync(db, all, ct);
        var index = rows.ToList().FindIndex(r => r.Code == normalized);
        Row = rows[index] with { Entry = entry };
        PreviousCode = index > 0 ? rows[index - 1].Code : null;
        NextCode = index < rows.Count - 1 ? rows[index + 1].Code : null;

        PreviousYear = await db.DirectoryEditions.Where(e => e.FiscalYear < fiscalYear).MaxAsync(e => (int?)e.FiscalYear, ct);
        Changes = PreviousYear is null ? null
            : (await lifecycle.PreviousContentAsync(fiscalYear, ct)).TryGetValue(normalized, out var before) ? EntryFields.Diff(before, entry.Content, english)
            : null;
        return true;
    }
}
