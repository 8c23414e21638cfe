using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Registry;

/// <summary>
/// Secretariat: record that an association's certification ended, or undo that record. The association
/// is never deleted: it stays in the registry, its history and the audit log, and can be re-certified.
/// Used by the withdrawal page and by POST/DELETE /api/v1/associations/{code}/withdrawal.
/// </summary>
public sealed class AssociationWithdrawal(RenkeiDbContext db, FieldText text)
{
    public async Task<ChangeResult> WithdrawAsync(Association association, string? withdrawnOn, Guid? expectedStamp, CancellationToken ct = default)
    {
        if (expectedStamp is Guid seen && seen != association.ConcurrencyStamp) return ChangeResult.Conflict();
        var errors = new RuleErrors();
        if (association.WithdrawnOn is not null)
            errors.Add("withdrawnOn", text.T["この協会はすでに脱退しています（{0}）。", association.WithdrawnOn.Value.ToString("yyyy-MM-dd")]);
        var date = string.IsNullOrWhiteSpace(withdrawnOn) ? null : text.OptionalDate(errors, "withdrawnOn", withdrawnOn);
        if (string.IsNullOrWhiteSpace(withdrawnOn)) errors.Add("withdrawnOn", text.Required("withdrawnOn"));
        if (date is DateOnly d && association.CertifiedOn is DateOnly c && d <= c)
            errors.Add("withdrawnOn", text.T["脱退日は認定日（{0}）より後の日付にしてください。", c.ToString("yyyy-MM-dd")]);
        if (errors.Any) return ChangeResult.Invalid(errors);

        association.WithdrawnOn = date;
        association.ConcurrencyStamp = Guid.NewGuid();
        return await AssociationEdit.SaveAsync(db, ct);
    }

    /// <summary>Re-certifies a withdrawn association: the withdrawal date is cleared (the audit log keeps it).</summary>
    public async Task<ChangeResult> ReinstateAsync(Association association, Guid? expectedStamp, CancellationToken ct = default)
    {
        if (expectedStamp is Guid seen && seen != association.ConcurrencyStamp) return ChangeResult.Conflict();
        if (association.WithdrawnOn is null)
        {
            var errors = new RuleErrors();
            errors.Add("withdrawnOn", text.T["この協会は脱退していません。"]);
            return ChangeResult.Invalid(errors);
        }
        association.WithdrawnOn = null;
        association.ConcurrencyStamp = Guid.NewGuid();
        return await AssociationEdit.SaveAsync(db, ct);
    }
}
