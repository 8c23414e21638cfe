using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Readiness;

public enum ReadinessOutcome { Saved, Conflict, NothingToConfirm }

/// <summary>
/// Saving and confirming an association's preparedness, the same for the pages and the API. Both are guarded by the
/// row's concurrency stamp (Guid.Empty while there is no row): a stale one changes nothing. Saving counts as
/// confirming, since whoever saved has just looked at every field. Audit is automatic on save.
/// </summary>
public class PreparednessEditing(RenkeiDbContext db, TimeProvider clock)
{
    public async Task<ReadinessOutcome> SaveAsync(string code, PreparednessValues values, Guid expectedStamp, string actor, CancellationToken ct = default)
    {
        var row = await db.Preparedness.Include(p => p.Languages).SingleOrDefaultAsync(p => p.AssociationCode == code, ct);
        if ((row?.ConcurrencyStamp ?? Guid.Empty) != expectedStamp) return ReadinessOutcome.Conflict;
        if (row is null) db.Preparedness.Add(row = new Preparedness { AssociationCode = code });
        row.Phone24h = values.Phone24h;
        row.Email = values.Email;
        row.BackupName = values.BackupName;
        row.BackupPhone = values.BackupPhone;
        row.BackupEmail = values.BackupEmail;
        row.DispatchableStaff = values.DispatchableStaff;
        row.RemoteSupport = values.RemoteSupport;
        row.RemoteSupportNote = values.RemoteSupportNote;
        ReplaceLanguages(row, values.Languages);
        // IsSample is kept, as a directory edition keeps its flag when a member edits an entry in it: the form starts
        // from the sample values, so what was not retyped is still made up, and only a demo installation has such rows.
        var now = clock.GetUtcNow().UtcDateTime;
        row.UpdatedAt = row.ConfirmedAt = now;
        row.UpdatedBy = row.ConfirmedBy = actor;
        row.ConcurrencyStamp = Guid.NewGuid();
        return await SaveAsync(ct);
    }

    /// <summary>"Still right as it is": confirms without changing anything else. Refused while there is nothing to vouch for.</summary>
    public async Task<ReadinessOutcome> ConfirmAsync(string code, Guid? expectedStamp, string actor, CancellationToken ct = default)
    {
        var row = await db.Preparedness.SingleOrDefaultAsync(p => p.AssociationCode == code, ct);
        if (expectedStamp is { } stamp && (row?.ConcurrencyStamp ?? Guid.Empty) != stamp) return ReadinessOutcome.Conflict;
        if (string.IsNullOrEmpty(row?.Phone24h)) return ReadinessOutcome.NothingToConfirm;
        row.ConfirmedAt = clock.GetUtcNow().UtcDateTime;
        row.ConfirmedBy = actor;
        row.ConcurrencyStamp = Guid.NewGuid();
        return await SaveAsync(ct);
    }

    /// <summary>Changes rows in place and removes only what went, so the unique (association, language) index never sees two.</summary>
    static void ReplaceLanguages(Preparedness row, IReadOnlyList<LanguageCount> wanted)
    {
        var byCode = wanted.ToDictionary(l => l.Language);
        row.Languages.RemoveAll(l => !byCode.ContainsKey(l.Language));
        foreach (var w in wanted)
        {
            var existing = row.Languages.FirstOrDefault(l => l.Language == w.Language);
            if (existing is null) row.Languages.Add(existing = new PreparednessLanguage { Language = w.Language, AssociationCode = row.AssociationCode });
            existing.Interpreters = w.Interpreters;
            existing.Translators = w.Translators;
        }
    }

    async Task<ReadinessOutcome> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ReadinessOutcome.Saved;
        }
        catch (DbUpdateException)
        {
            // Someone saved between our read and our write (a stale stamp), or made the first row at the same moment
            // (its key taken): either way nothing of ours was saved, and the caller shows what is stored now.
            db.ChangeTracker.Clear();
            return ReadinessOutcome.Conflict;
        }
    }
}
