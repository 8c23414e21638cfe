using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Registry;

/// <summary>What the registry's pages share: loading by code, showing rule messages beside the right inputs, form choices.</summary>
public static class RegistryPages
{
    /// <summary>The association with this code (full-width digits allowed), with its versions; null for a malformed or unknown one.</summary>
    public static async Task<Association?> FindAsync(RenkeiDbContext db, string? code, CancellationToken ct)
    {
        if (LocalGovernmentCode.Normalize(code) is not { } normalized) return null;
        return await db.Associations.FirstOrDefaultAsync(a => a.Code == normalized, ct);
    }

    /// <summary>Puts each rule message on its input: field "nameKana" goes to "Input.NameKana" unless <paramref name="rename"/> says otherwise.</summary>
    public static void AddTo(this ModelStateDictionary modelState, RuleErrors errors, string prefix = "Input", Func<string, string?>? rename = null)
    {
        foreach (var (field, message) in errors.All)
        {
            var name = rename?.Invoke(field) ?? (char.ToUpperInvariant(field[0]) + field[1..]);
            modelState.AddModelError($"{prefix}.{name}", message);
        }
    }

    /// <summary>The value the legal-form select posts for "other (type it below)".</summary>
    public const string OtherLegalForm = "other";

    /// <summary>The legal form typed or chosen: a known one from the select, or the text typed for "other".</summary>
    public static string? LegalForm(string? selected, string? other) => selected == OtherLegalForm ? other : selected;

    /// <summary>Splits a stored legal form into the select's value and the "other" text.</summary>
    public static (string Selected, string? Other) SplitLegalForm(string legalForm) =>
        LegalForms.Known.Contains(legalForm) ? (legalForm, null) : (OtherLegalForm, legalForm);

    /// <summary>The stamp a form carried; a missing or altered one matches nothing, so the save is refused as a conflict.</summary>
    public static Guid ParseStamp(string? stamp) => Guid.TryParse(stamp, out var g) ? g : Guid.Empty;

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";
}

/// <summary>The versioned details' inputs, shown by _DetailsFields.cshtml on the edit and certification pages.</summary>
public interface IDetailsFields
{
    string? Name { get; }
    string? NameKana { get; }
    string? NameEn { get; }
    string? LegalForm { get; }
    string? LegalFormOther { get; }
    string? Website { get; }
    string? Block { get; }
}
