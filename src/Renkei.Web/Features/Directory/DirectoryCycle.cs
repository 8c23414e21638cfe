using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

public enum CycleOutcome
{
    Done,
    /// <summary>The stamp the caller edited is not the current one: someone saved in between.</summary>
    Conflict,
    /// <summary>The entry or edition is not in a state that allows this step (e.g. already approved).</summary>
    NotAllowed,
    Invalid,
}

/// <summary>What a step of the cycle did; messages are in the caller's language.</summary>
public record CycleResult(CycleOutcome Outcome, string? Message = null, Dictionary<string, string[]>? Errors = null)
{
    public static readonly CycleResult Done = new(CycleOutcome.Done);
    public bool Succeeded => Outcome == CycleOutcome.Done;

    /// <summary>Saves; when someone else saved the same row in between, nothing of ours is stored and <paramref name="conflict"/> answers.</summary>
    public static async Task<CycleResult> SaveAsync(DbContext db, Func<CycleResult> conflict, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return conflict();
        }
    }
}

/// <summary>
/// The steps of an entry's year: save a draft, submit, return with a comment, approve, correct after
/// publication. Pages and the API both call these, after they have checked who the caller is (own
/// association or secretariat); these check the state and the concurrency stamp. Each step is saved
/// here, so a conflicting save by someone else surfaces as <see cref="CycleOutcome.Conflict"/>.
/// </summary>
public class DirectoryCycle(RenkeiDbContext db, EntryValidation validation, DirectoryMail mail, DirectoryRecipients recipients,
    IStringLocalizer<DirectoryText> text, TimeProvider clock)
{
    /// <summary>Loads an entry with its edition, versions and review history; null when there is none.</summary>
    public Task<DirectoryEntry?> FindAsync(int fiscalYear, string code, CancellationToken ct = default) =>
        db.DirectoryEntries.Include(e => e.Edition).Include(e => e.Versions).Include(e => e.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear && e.AssociationCode == code, ct);

    /// <summary>Whether this caller may change the entry now. The secretariat may until publication.</summary>
    public static bool MayEdit(DirectoryEntry entry, bool bySecretariat) =>
        entry.Edition!.Status != EditionStatus.Published && (bySecretariat || entry.AssociationMayEdit(entry.Edition.Status));

    public async Task<CycleResult> SaveDraftAsync(DirectoryEntry entry, EntryContent content, Guid stamp, string actor, bool bySecretariat, CancellationToken ct = default)
    {
        if (!MayEdit(entry, bySecretariat)) return NotEditable(entry);
        if (entry.ConcurrencyStamp != stamp) return Conflict();
        var clean = EntryValidation.Normalize(content);
        var errors = validation.Validate(clean, forSubmission: false);
        if (errors.Count > 0) return Invalid(errors);
        entry.Save(clean, actor, Now);
        // A returned entry stays returned while it is being fixed; a submitted one edited again by the
        // secretariat keeps its state; an association editing its submitted entry takes it back to draft.
        if (entry.Status == EntryStatus.Submitted && !bySecretariat) entry.Status = EntryStatus.Draft;
        return await SaveAsync(ct);
    }

    public async Task<CycleResult> SubmitAsync(DirectoryEntry entry, Guid stamp, string actor, bool bySecretariat, CancellationToken ct = default)
    {
        if (!MayEdit(entry, bySecretariat) || entry.Status is EntryStatus.Submitted or EntryStatus.Approved) return NotEditable(entry);
        if (entry.ConcurrencyStamp != stamp) return Conflict();
        var errors = validation.Validate(entry.Content, forSubmission: true);
        if (errors.Count > 0) return Invalid(errors, text["提出に必要な項目が入力されていません。"]);
        entry.Status = EntryStatus.Submitted;
        entry.SubmittedAt = Now;
        entry.ConcurrencyStamp = Guid.NewGuid();
        entry.Record(EntryEventKind.Submitted, actor, Now);
        return await SaveAsync(ct);
    }

    /// <summary>Secretariat: send a submitted (or approved, before publication) entry back with a comment the admins receive by e-mail.</summary>
    public async Task<CycleResult> ReturnAsync(DirectoryEntry entry, string? comment, Guid stamp, string actor, CancellationToken ct = default)
    {
        if (entry.Edition!.Status == EditionStatus.Published || entry.Status is EntryStatus.Draft or EntryStatus.Returned)
            return new(CycleOutcome.NotAllowed, text["差し戻せるのは、提出済みまたは承認済み（公開前）の登録内容だけです。"]);
        if (entry.ConcurrencyStamp != stamp) return Conflict();
        var clean = Infrastructure.InputText.Clean(comment);
        if (clean is null) return Invalid(new() { ["comment"] = [text["差し戻しの理由を入力してください。"]] });
        if (clean.Length > 4000) return Invalid(new() { ["comment"] = [text["長すぎます（{0}文字まで）。", 4000]] });
        entry.Status = EntryStatus.Returned;
        entry.ReturnComment = clean;
        entry.ApprovedAt = null;
        entry.ConcurrencyStamp = Guid.NewGuid();
        entry.Record(EntryEventKind.Returned, actor, Now, clean);
        foreach (var admin in (await recipients.AdminsOfAsync([entry.AssociationCode], ct))[entry.AssociationCode])
            mail.Returned(admin, entry, clean);
        return await SaveAsync(ct);
    }

    /// <summary>Secretariat: approve an entry that is complete. Approving one that was never submitted is allowed, for associations that did not answer.</summary>
    public async Task<CycleResult> ApproveAsync(DirectoryEntry entry, Guid stamp, string actor, CancellationToken ct = default)
    {
        if (entry.Edition!.Status == EditionStatus.Published || entry.Status == EntryStatus.Approved)
            return new(CycleOutcome.NotAllowed, text["この登録内容は既に承認されています。"]);
        if (entry.ConcurrencyStamp != stamp) return Conflict();
        var errors = validation.Validate(entry.Content, forSubmission: true);
        if (errors.Count > 0) return Invalid(errors, text["提出に必要な項目が入力されていません。"]);
        entry.Status = EntryStatus.Approved;
        entry.ApprovedAt = Now;
        entry.ConcurrencyStamp = Guid.NewGuid();
        entry.Record(EntryEventKind.Approved, actor, Now);
        return await SaveAsync(ct);
    }

    /// <summary>Secretariat: correct a published entry. The published versions stay; the correction is a new one with its note.</summary>
    public async Task<CycleResult> CorrectAsync(DirectoryEntry entry, EntryContent content, string? note, Guid stamp, string actor, CancellationToken ct = default)
    {
        if (entry.Edition!.Status != EditionStatus.Published)
            return new(CycleOutcome.NotAllowed, text["訂正は公開後の登録内容にだけできます。公開前は編集してください。"]);
        if (entry.ConcurrencyStamp != stamp) return Conflict();
        var clean = EntryValidation.Normalize(content);
        var errors = validation.Validate(clean, forSubmission: true);
        var cleanNote = Infrastructure.InputText.Clean(note);
        if (cleanNote is null) errors["changeNote"] = [text["訂正の内容を入力してください。"]];
        else if (cleanNote.Length > 2000) errors["changeNote"] = [text["長すぎます（{0}文字まで）。", 2000]];
        if (errors.Count > 0) return Invalid(errors);
        var number = (entry.Versions.Count == 0 ? 0 : entry.Versions.Max(v => v.Number)) + 1;
        entry.Versions.Add(new DirectoryEntryVersion { Number = number, Content = clean.Copy(), ChangeNote = cleanNote, CreatedAt = Now, CreatedBy = actor });
        entry.Save(clean, actor, Now);
        entry.Record(EntryEventKind.Corrected, actor, Now, cleanNote);
        return await SaveAsync(ct);
    }

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    CycleResult Conflict() => new(CycleOutcome.Conflict,
        text["ほかの人が先にこの登録内容を更新しました。入力した内容は残っています。最新の内容を確認してから、もう一度保存してください。"]);

    /// <summary>Why the entry cannot be changed now (for a form shown read-only, and the steps above).</summary>
    public CycleResult NotEditable(DirectoryEntry entry) => new(CycleOutcome.NotAllowed, entry.Edition!.Status switch
    {
        EditionStatus.Published => text["この版は公開済みのため変更できません。訂正は事務局が行います。"],
        _ when entry.Status == EntryStatus.Approved => text["承認済みのため変更できません。変更が必要な場合は事務局に連絡してください。"],
        _ when entry.Status == EntryStatus.Submitted => text["提出済みです。"],
        _ => text["受付期間が終わったため変更できません。変更が必要な場合は事務局に連絡してください。"],
    });

    CycleResult Invalid(Dictionary<string, string[]> errors, string? message = null) =>
        new(CycleOutcome.Invalid, message ?? text["入力内容に誤りがあります。"], errors);

    Task<CycleResult> SaveAsync(CancellationToken ct) => CycleResult.SaveAsync(db, Conflict, ct);
}
