using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// The secretariat's steps on a whole edition: open it (every current association gets an entry
/// pre-filled from its previous one, and its admins an e-mail), remind those who have not submitted,
/// close collection, publish (every entry frozen as version 1).
/// </summary>
public class EditionLifecycle(RenkeiDbContext db, DirectoryMail mail, DirectoryRecipients recipients,
    IStringLocalizer<DirectoryText> text, TimeProvider clock)
{
    public const int FirstYear = 1990;

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<(CycleResult Result, DirectoryEdition? Edition)> OpenAsync(int fiscalYear, DateOnly deadline, int reminderDaysBefore, string actor, CancellationToken ct = default)
    {
        var today = JapanDate.Today(clock);
        var errors = new Dictionary<string, string[]>();
        var latestYear = Infrastructure.Localization.FiscalYear.Of(today) + 1;
        if (fiscalYear < FirstYear || fiscalYear > latestYear)
            errors["fiscalYear"] = [text["年度は{0}から{1}の間で入力してください。", FirstYear, latestYear]];
        else if (await db.DirectoryEditions.AnyAsync(e => e.FiscalYear == fiscalYear, ct))
            errors["fiscalYear"] = [text["{0}年度の版は既にあります。", fiscalYear]];
        if (deadline < today) errors["deadline"] = [text["締切日は今日以降の日付にしてください。"]];
        if (reminderDaysBefore is < 0 or > 60) errors["reminderDaysBefore"] = [text["0から60の日数を入力してください。"]];
        if (errors.Count > 0) return (new(CycleOutcome.Invalid, text["入力内容に誤りがあります。"], errors), null);

        var edition = new DirectoryEdition
        {
            FiscalYear = fiscalYear, Status = EditionStatus.Collecting, Deadline = deadline,
            ReminderDaysBefore = reminderDaysBefore, OpenedAt = Now,
        };
        var members = (await db.Associations.ToListAsync(ct)).Where(a => a.IsCurrentMember(today)).ToList();
        var previous = await PreviousContentAsync(fiscalYear, ct);
        foreach (var association in members)
        {
            var content = previous.TryGetValue(association.Code, out var last) ? last : FromRegistry(association);
            var entry = new DirectoryEntry { AssociationCode = association.Code, Status = EntryStatus.Draft, Content = content, UpdatedAt = Now, UpdatedBy = actor };
            entry.Record(EntryEventKind.Opened, actor, Now);
            edition.Entries.Add(entry);
        }
        db.DirectoryEditions.Add(edition);
        var admins = await recipients.AdminsOfAsync(members.Select(m => m.Code).ToList(), ct);
        foreach (var association in members)
            foreach (var admin in admins[association.Code])
                mail.Opened(admin, edition, association.Code);
        await db.SaveChangesAsync(ct);
        return (CycleResult.Done, edition);
    }

    /// <summary>Each association's latest content from the most recent earlier edition (its published version when there is one).</summary>
    public async Task<Dictionary<string, EntryContent>> PreviousContentAsync(int fiscalYear, CancellationToken ct = default)
    {
        var previousYear = await db.DirectoryEditions.Where(e => e.FiscalYear < fiscalYear).MaxAsync(e => (int?)e.FiscalYear, ct);
        if (previousYear is null) return [];
        var entries = await db.DirectoryEntries.Include(e => e.Versions).Where(e => e.FiscalYear == previousYear).ToListAsync(ct);
        return entries.ToDictionary(e => e.AssociationCode, e => (e.LatestVersion?.Content ?? e.Content).Copy());
    }

    /// <summary>A first entry for an association with no earlier edition: what the registry knows.</summary>
    public static EntryContent FromRegistry(Association association)
    {
        var v = association.Current;
        return new EntryContent
        {
            LegalForm = DirectoryCodes.Find(DirectoryCodes.LegalForms, v.LegalForm),
            Name = v.Name,
            NameKana = v.NameKana,
            NameEn = v.NameEn,
            Website = v.Website,
            CertifiedOn = association.CertifiedOn?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// E-mails the admins of every association that has not submitted and still can: while collecting, drafts
    /// and returned entries; once collection is closed, only returned ones (a draft can no longer be submitted).
    /// Returns how many associations were reminded.
    /// </summary>
    public async Task<int> RemindAsync(DirectoryEdition edition, string actor, CancellationToken ct = default)
    {
        if (edition.Status == EditionStatus.Published) return 0;
        var collecting = edition.Status == EditionStatus.Collecting;
        var pending = await db.DirectoryEntries
            .Where(e => e.FiscalYear == edition.FiscalYear && ((collecting && e.Status == EntryStatus.Draft) || e.Status == EntryStatus.Returned))
            .ToListAsync(ct);
        var admins = await recipients.AdminsOfAsync(pending.Select(e => e.AssociationCode).ToList(), ct);
        foreach (var entry in pending)
        {
            foreach (var admin in admins[entry.AssociationCode]) mail.Reminder(admin, edition, entry.AssociationCode);
            db.DirectoryEntryEvents.Add(new DirectoryEntryEvent { EntryId = entry.Id, Kind = EntryEventKind.Reminded, Actor = actor, At = Now });
        }
        await db.SaveChangesAsync(ct);
        return pending.Count;
    }

    /// <summary>Collection ends: associations can no longer edit, except entries the secretariat returns.</summary>
    public async Task<CycleResult> CloseCollectionAsync(DirectoryEdition edition, Guid stamp, CancellationToken ct = default)
    {
        if (edition.Status != EditionStatus.Collecting) return new(CycleOutcome.NotAllowed, text["この版は受付中ではありません。"]);
        if (edition.ConcurrencyStamp != stamp) return EditionConflict();
        edition.Status = EditionStatus.Reviewing;
        edition.ConcurrencyStamp = Guid.NewGuid();
        return await SaveAsync(ct);
    }

    /// <summary>
    /// Moves the deadline (and the reminder lead time). A reviewing edition given a deadline still to come
    /// collects again; a new deadline earns a new automatic reminder.
    /// </summary>
    public async Task<CycleResult> ChangeDeadlineAsync(DirectoryEdition edition, DateOnly deadline, int reminderDaysBefore, Guid stamp, CancellationToken ct = default)
    {
        if (edition.Status == EditionStatus.Published) return new(CycleOutcome.NotAllowed, text["この版は既に公開されています。"]);
        if (edition.ConcurrencyStamp != stamp) return EditionConflict();
        var errors = new Dictionary<string, string[]>();
        if (deadline < JapanDate.Today(clock)) errors["deadline"] = [text["締切日は今日以降の日付にしてください。"]];
        if (reminderDaysBefore is < 0 or > 60) errors["reminderDaysBefore"] = [text["0から60の日数を入力してください。"]];
        if (errors.Count > 0) return new(CycleOutcome.Invalid, text["入力内容に誤りがあります。"], errors);
        if (deadline != edition.Deadline) edition.AutomaticReminderSentAt = null;
        edition.Deadline = deadline;
        edition.ReminderDaysBefore = reminderDaysBefore;
        edition.Status = EditionStatus.Collecting;
        edition.ConcurrencyStamp = Guid.NewGuid();
        return await SaveAsync(ct);
    }

    /// <summary>Publishes when every entry is approved: each entry's content becomes its version 1, and the edition is frozen.</summary>
    public async Task<CycleResult> PublishAsync(DirectoryEdition edition, Guid stamp, string actor, CancellationToken ct = default)
    {
        if (edition.Status == EditionStatus.Published) return new(CycleOutcome.NotAllowed, text["この版は既に公開されています。"]);
        if (edition.ConcurrencyStamp != stamp) return EditionConflict();
        var entries = await db.DirectoryEntries.Include(e => e.Versions).Where(e => e.FiscalYear == edition.FiscalYear).ToListAsync(ct);
        var waiting = entries.Count(e => e.Status != EntryStatus.Approved);
        if (waiting > 0)
            return new(CycleOutcome.NotAllowed, text["承認されていない登録内容が{0}件あります。すべて承認してから公開してください。", waiting]);
        foreach (var entry in entries)
        {
            entry.Versions.Add(new DirectoryEntryVersion { Number = 1, Content = entry.Content.Copy(), CreatedAt = Now, CreatedBy = actor });
            entry.Record(EntryEventKind.Published, actor, Now);
            entry.ConcurrencyStamp = Guid.NewGuid();
        }
        edition.Status = EditionStatus.Published;
        edition.PublishedAt = Now;
        edition.ConcurrencyStamp = Guid.NewGuid();
        return await SaveAsync(ct);
    }

    CycleResult EditionConflict() => new(CycleOutcome.Conflict, text["ほかの人が先にこの版を更新しました。最新の状態を確認してから、もう一度操作してください。"]);

    Task<CycleResult> SaveAsync(CancellationToken ct) => CycleResult.SaveAsync(db, EditionConflict, ct);
}
