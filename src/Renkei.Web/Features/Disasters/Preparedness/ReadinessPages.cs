using Microsoft.AspNetCore.Mvc.ModelBinding;
using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>What a preparedness page shows: the association, whether the caller may change it, and "now" for 要確認.</summary>
public sealed record PreparednessView(PreparednessEntry Entry, bool MayEdit, bool IsOwn, DateTime Now);

/// <summary>What the preparedness pages share.</summary>
public static class ReadinessPages
{
    /// <summary>Where an association's preparedness is read: /preparedness for the caller's own, else its own page.</summary>
    public static string PageOf(string code, string? ownCode) => code == ownCode ? "/preparedness" : $"/preparedness/{code}";

    /// <summary>Puts each rule message beside its input ("Languages[3].Interpreters" → "Input.Languages[3].Interpreters").</summary>
    public static void AddTo(this ModelStateDictionary modelState, RuleErrors errors)
    {
        foreach (var (field, message) in errors.All) modelState.AddModelError("Input." + field, message);
    }

    /// <summary>"tel:" wants the digits and a leading + only.</summary>
    public static string Tel(string phone) => "tel:" + new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}
