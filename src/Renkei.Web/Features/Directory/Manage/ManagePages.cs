using Microsoft.AspNetCore.Mvc.ModelBinding;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Directory.Manage;

/// <summary>What the secretariat's directory pages share: reading typed numbers and dates, and putting rule messages beside inputs.</summary>
public static class ManagePages
{
    /// <summary>A whole number typed in a form (full-width digits allowed); null when it is not one.</summary>
    public static int? Int(string? value) => int.TryParse(InputText.Compact(value), out var n) ? n : null;

    public static DateOnly? Date(string? value) => InputText.TryParseDate(value, out var d) ? d : null;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The stamp a form carried; a missing or altered one matches nothing, so the step is refused as a conflict.</summary>
    public static Guid Stamp(string? value) => Guid.TryParse(value, out var g) ? g : Guid.Empty;

    /// <summary>A UTC moment as the day and time in Japan: 2025年6月30日 14:05 or 30 Jun 2025 14:05.</summary>
    public static string JapanTime(DateTime utc, bool english)
    {
        var japan = DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(9);
        return $"{Associations.JapanDate.Format(DateOnly.FromDateTime(japan), english)} {japan:HH:mm}";
    }

    /// <summary>Puts each rule message on its input: "deadline" goes to "{prefix}.Deadline"; a field without an input goes to the summary.</summary>
    public static void AddTo(this ModelStateDictionary modelState, CycleResult result, string prefix, params string[] inputs)
    {
        foreach (var (field, messages) in result.Errors ?? [])
        {
            var name = char.ToUpperInvariant(field[0]) + field[1..];
            var key = inputs.Contains(name) ? $"{prefix}.{name}" : "";
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
        if (result.Errors is not { Count: > 0 } && result.Message is { } only) modelState.AddModelError("", only);
    }
}
