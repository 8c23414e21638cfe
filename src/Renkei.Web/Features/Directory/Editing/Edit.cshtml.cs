using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory.Editing;

/// <summary>edit: the association (or the secretariat) fills in the entry; correct: the secretariat corrects a published one; read-only: neither may change it now.</summary>
public enum EntryPageMode { Edit, Correct, ReadOnly }

/// <summary>Own association (staff and admins) and the secretariat: fill in a directory entry, save a draft, submit it (admins, the secretariat on behalf); the secretariat corrects a published entry.</summary>
[Authorize(Policy = Policies.Member)]
// A long entry (many rows in every group) posts more than the default 1,024 form values.
[RequestFormLimits(ValueCountLimit = 8192)]
public class EditModel(RenkeiDbContext db, DirectoryCycle cycle, EditionLifecycle lifecycle, EntryValidation validation,
    IStringLocalizer<EditingText> text, CurrentActor actor, TimeProvider clock) : PageModel
{
    /// <summary>Set for the page shown after a successful save: the browser's copy of the form can go.</summary>
    public const string SavedFlag = "DirectoryEntrySaved";

    [BindProperty] public EntryInput Input { get; set; } = new();
    /// <summary>Which button was pressed: save, submit, refresh (show the posted form again), add:{group}.</summary>
    [BindProperty] public string? Command { get; set; }

    public DirectoryEntry Entry { get; private set; } = null!;
    public DirectoryEdition Edition => Entry.Edition!;
    public Association Association { get; private set; } = null!;
    public EntryPageMode Mode { get; private set; }
    public string? ReadOnlyReason { get; private set; }
    public EntryContent? Previous { get; private set; }
    public IReadOnlyList<FieldChange> ChangesSinceLastYear { get; private set; } = [];
    /// <summary>After a conflict: the fields where the form and what is saved now differ.</summary>
    public IReadOnlyList<FieldChange>? ConflictChanges { get; private set; }
    public string? Message { get; private set; }
    public EntryFormView Form { get; private set; } = null!;
    public bool JustSaved { get; private set; }

    public bool English => Localization.IsEnglish;
    public bool IsSecretariat => User.IsSecretariat();
    public bool IsAssociationAdmin => User.IsInRole(Roles.AssociationAdmin);
    public DateOnly Today => JapanDate.Today(clock);
    public string FormAction => $"/directory/{Entry.FiscalYear}/{Entry.AssociationCode}/edit";
    /// <summary>Where the browser keeps its copy of the form: per year, association and person.</summary>
    public string DraftKey => $"renkei:directory-entry:{Entry.FiscalYear}:{Entry.AssociationCode}:{User.UserId()}";

    /// <summary>The association's admin submits; the secretariat may on its behalf while the entry waits for submission.</summary>
    public bool MaySubmit => Mode == EntryPageMode.Edit && (IsSecretariat
        ? Entry.Status is EntryStatus.Draft or EntryStatus.Returned
        : IsAssociationAdmin && Entry.Status != EntryStatus.Approved);

    Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(int fiscalYear, string code, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, code, ct)) return NotFound();
        JustSaved = TempData[SavedFlag] is true;
        Input = EntryInput.From(Entry.Content, Entry.ConcurrencyStamp);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int fiscalYear, string code, CancellationToken ct)
    {
        if (!await LoadAsync(fiscalYear, code, ct)) return NotFound();
        var command = Command ?? "save";
        if (command == "submit" && !IsSecretariat && !IsAssociationAdmin) return Forbid();
        if (Mode == EntryPageMode.ReadOnly)
        {
            Message = ReadOnlyReason;
            return await ShowAsync(ct);
        }
        if (command.StartsWith("add:", StringComparison.Ordinal))
        {
            var group = command[4..];
            if (!Input.AddRow(group) && Input.Rows(group) is not null) errors[group] = [text["{0}行までです。", EntryValidation.MaxRows]];
            return await ShowAsync(ct);
        }
        if (command == "refresh") return await ShowAsync(ct);

        var submit = command == "submit";
        var reading = EntryFormReader.Read(Input, text);
        if (reading.Errors.Count > 0)
        {
            // Show every message at once: the rules' too, for what could be read.
            reading.AddRuleErrors(validation.Validate(EntryValidation.Normalize(reading.Content), forSubmission: submit || Mode == EntryPageMode.Correct));
            return await InvalidAsync(reading, text["入力内容に誤りがあります。"], ct);
        }
        var stamp = Guid.TryParse(Input.ConcurrencyStamp, out var parsed) ? parsed : Guid.Empty;
        var result = Mode == EntryPageMode.Correct ? await cycle.CorrectAsync(Entry, reading.Content, Input.ChangeNote, stamp, actor.Name, ct)
            : submit ? await SaveAndSubmitAsync(reading.Content, stamp, ct)
            : await cycle.SaveDraftAsync(Entry, reading.Content, stamp, actor.Name, IsSecretariat, ct);
        switch (result.Outcome)
        {
            case CycleOutcome.Done:
                TempData["Flash"] = (Mode == EntryPageMode.Correct ? text["訂正を保存しました（第{0}版）。", Entry.Versions.Max(v => v.Number)]
                    : submit ? text["提出しました。事務局の確認をお待ちください。"] : text["下書きを保存しました。"]).Value;
                TempData[SavedFlag] = true;
                return Redirect(FormAction);
            case CycleOutcome.Conflict:
                await LoadAsync(fiscalYear, code, ct);
                // Keep what was typed; show what the other person saved; carry the new stamp so that saving again is a deliberate overwrite.
                ConflictChanges = EntryFields.Diff(EntryValidation.Normalize(reading.Content), Entry.Content, English);
                Input.ConcurrencyStamp = Entry.ConcurrencyStamp.ToString();
                Message = result.Message;
                return await ShowAsync(ct);
            case CycleOutcome.NotAllowed:
                await LoadAsync(fiscalYear, code, ct);
                Message = result.Message;
                return await ShowAsync(ct);
            default:
                reading.AddRuleErrors(result.Errors);
                return await InvalidAsync(reading, result.Message, ct);
        }
    }

    /// <summary>Saves the form and submits it as one step: when submission is refused, the save is undone too.</summary>
    async Task<CycleResult> SaveAndSubmitAsync(EntryContent content, Guid stamp, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var saved = await cycle.SaveDraftAsync(Entry, content, stamp, actor.Name, IsSecretariat, ct);
        if (!saved.Succeeded) return saved;
        var submitted = await cycle.SubmitAsync(Entry, Entry.ConcurrencyStamp, actor.Name, IsSecretariat, ct);
        if (submitted.Succeeded) await transaction.CommitAsync(ct);
        return submitted;
    }

    async Task<IActionResult> InvalidAsync(EntryFormReading reading, string? message, CancellationToken ct)
    {
        await LoadAsync(Entry.FiscalYear, Entry.AssociationCode, ct);
        errors = reading.Errors;
        Message = message;
        return await ShowAsync(ct);
    }

    /// <summary>The entry, for its own association or the secretariat; another association's does not exist for the caller.</summary>
    async Task<bool> LoadAsync(int fiscalYear, string code, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var normalized = LocalGovernmentCode.Normalize(code);
        if (normalized is null || !(IsSecretariat || User.AssociationCodeOf() == normalized)) return false;
        if (await cycle.FindAsync(fiscalYear, normalized, ct) is not { } entry) return false;
        Entry = entry;
        Association = await db.Associations.AsNoTracking().SingleAsync(a => a.Code == normalized, ct);
        Mode = Edition.Status == EditionStatus.Published && IsSecretariat ? EntryPageMode.Correct
            : DirectoryCycle.MayEdit(entry, IsSecretariat) ? EntryPageMode.Edit
            : EntryPageMode.ReadOnly;
        ReadOnlyReason = Mode == EntryPageMode.ReadOnly ? cycle.NotEditable(entry).Message : null;
        return true;
    }

    async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (Mode != EntryPageMode.ReadOnly) Input.EnsureBlankRows();
        Previous = (await lifecycle.PreviousContentAsync(Entry.FiscalYear, ct)).GetValueOrDefault(Entry.AssociationCode);
        ChangesSinceLastYear = Previous is null ? [] : EntryFields.Diff(Previous, Entry.Content, English);
        var lastYear = ChangesSinceLastYear.ToDictionary(c => c.Key, c => c.Before, StringComparer.Ordinal);
        var required = validation.Validate(new EntryContent(), forSubmission: true).Keys.ToHashSet(StringComparer.Ordinal);
        if (Mode == EntryPageMode.Correct) required.Add("changeNote");
        Form = new EntryFormView(English, errors, lastYear, required);
        return Page();
    }
}
