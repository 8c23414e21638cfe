namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>
/// What an admin sends (the edit form, or the API's body read into the same shape). Text, not numbers, so that a wrong
/// value comes back as typed with its message beside it.
/// </summary>
public sealed class PreparednessInput
{
    public string? Phone24h { get; set; }
    public string? Email { get; set; }
    public string? BackupName { get; set; }
    public string? BackupPhone { get; set; }
    public string? BackupEmail { get; set; }
    public string? DispatchableStaff { get; set; }
    public bool RemoteSupport { get; set; }
    public string? RemoteSupportNote { get; set; }
    public List<LanguageInput> Languages { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }

    /// <summary>
    /// The form as stored: a row for every support language in the list's order (no script needed to add one), then
    /// any stored language the list does not know, so nothing stored is hidden.
    /// </summary>
    public static PreparednessInput From(Preparedness? row)
    {
        var stored = row?.Languages.ToDictionary(l => l.Language) ?? [];
        var input = new PreparednessInput
        {
            Phone24h = row?.Phone24h, Email = row?.Email, BackupName = row?.BackupName, BackupPhone = row?.BackupPhone, BackupEmail = row?.BackupEmail,
            DispatchableStaff = (row?.DispatchableStaff ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            RemoteSupport = row?.RemoteSupport ?? false, RemoteSupportNote = row?.RemoteSupportNote,
            ConcurrencyStamp = (row?.ConcurrencyStamp ?? Guid.Empty).ToString(),
        };
        foreach (var code in SupportLanguages.All.Select(l => l.Code).Concat(stored.Keys.Where(k => !SupportLanguages.IsKnown(k)).Order(StringComparer.Ordinal)))
        {
            var l = stored.GetValueOrDefault(code);
            input.Languages.Add(new LanguageInput { Language = code, Interpreters = Count(l?.Interpreters), Translators = Count(l?.Translators) });
        }
        return input;
    }

    static string Count(int? n) => n is > 0 ? n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
}

/// <summary>Volunteers registered for one language: counts only.</summary>
public sealed class LanguageInput
{
    public string? Language { get; set; }
    public string? Interpreters { get; set; }
    public string? Translators { get; set; }
}

/// <summary>Checked, cleaned values, ready to store.</summary>
public sealed record PreparednessValues(string Phone24h, string? Email, string? BackupName, string? BackupPhone, string? BackupEmail,
    int DispatchableStaff, bool RemoteSupport, string? RemoteSupportNote, IReadOnlyList<LanguageCount> Languages);

/// <summary>Interpreters and translators for one language (a code of <see cref="SupportLanguages"/>).</summary>
public sealed record LanguageCount(string Language, int Interpreters, int Translators);
