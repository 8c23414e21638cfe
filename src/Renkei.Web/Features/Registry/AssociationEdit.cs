using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Registry;

/// <summary>An edit of an association as typed or sent; dates as text so that a bad one gets a message, not a binding error.</summary>
public sealed record AssociationChange(DetailsInput Details, string? CertifiedOn, string? EffectiveFrom);

/// <summary>
/// Secretariat: edit an association. The one place the edit rules live, used by the edit page and by
/// PUT /api/v1/associations/{code}. Versioned details change through <see cref="Association.Revise"/>
/// (a rename is a new version and the old one stays in the history); the certification date is a fact
/// about the association and is set on it directly.
/// </summary>
public sealed class AssociationEdit(RenkeiDbContext db, TimeProvider clock, FieldText text)
{
    /// <param name="expectedStamp">The ConcurrencyStamp the editor saw; null when the caller accepts any (If-Match: *).</param>
    public async Task<ChangeResult> ApplyAsync(Association association, AssociationChange change, Guid? expectedStamp, CancellationToken ct = default)
    {
        if (expectedStamp is Guid seen && seen != association.ConcurrencyStamp) return ChangeResult.Conflict();

        var errors = new RuleErrors();
        var blockIds = await db.Blocks.Select(b => b.Id).ToListAsync(ct);
        var details = AssociationDetailsRules.Read(change.Details, blockIds, text, errors);
        var certifiedOn = text.OptionalDate(errors, "certifiedOn", change.CertifiedOn);
        var today = clock.Today();
        var effectiveFrom = string.IsNullOrWhiteSpace(change.EffectiveFrom) ? today : text.OptionalDate(errors, "effectiveFrom", change.EffectiveFrom);
        var current = association.Current;

        if (effectiveFrom is DateOnly from && from < current.ValidFrom)
            errors.Add("effectiveFrom", text.T["適用日は現在の内容の開始日（{0}）より前にできません。", current.ValidFrom.ToString("yyyy-MM-dd")]);
        // The version with the open period is the one shown as current, so a change cannot be dated ahead.
        else if (effectiveFrom > today)
            errors.Add("effectiveFrom", text.T["適用日に未来の日付は指定できません。"]);
        if (certifiedOn is DateOnly c && association.WithdrawnOn is DateOnly w && c >= w)
            errors.Add("certifiedOn", text.T["認定日は脱退日（{0}）より前の日付にしてください。", w.ToString("yyyy-MM-dd")]);
        if (errors.Any) return ChangeResult.Invalid(errors);

        var detailsChanged = details! != current.Details;
        var certificationChanged = certifiedOn != association.CertifiedOn;
        if (!detailsChanged && !certificationChanged) return ChangeResult.Unchanged();

        if (detailsChanged) association.Revise(details!, effectiveFrom!.Value);
        if (certificationChanged)
        {
            association.CertifiedOn = certifiedOn;
            association.ConcurrencyStamp = Guid.NewGuid();
        }
        return await SaveAsync(db, ct);
    }

    /// <summary>Saves; someone else's save in between (the stamp no longer matches) is a conflict, and nothing is written.</summary>
    internal static async Task<ChangeResult> SaveAsync(RenkeiDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ChangeResult.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ChangeResult.Conflict();
        }
    }
}
