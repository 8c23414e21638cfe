namespace Renkei.Web.Features.Directory.Editing;

public enum FieldKind { Text, TextArea, Email, Url, Tel, PostalCode, YearMonth, Yen, Count, Area, Year, Select }

/// <summary>One input of the entry form as _Field.cshtml shows it.</summary>
/// <param name="LastYear">Last year's value when it differs from the saved one ("" when it was empty); null when unchanged.</param>
public sealed record FormField(string Key, string Label, bool MembersOnly, string? Value, FieldKind Kind, IReadOnlyList<string> Errors,
    string? LastYear, bool RequiredToSubmit, IReadOnlyList<CodeLabel>? Options = null, string? Lang = null)
{
    public string Name => EntryFormKeys.InputName(Key);
    public string Id => EntryFormKeys.Id(Key);
}

/// <summary>A set of language checkboxes (consultation languages, a periodical's or publication's languages).</summary>
public sealed record LanguageChoice(string Key, string Label, bool MembersOnly, IReadOnlyList<string> Selected, IReadOnlyList<string> Errors,
    string? LastYear, bool Compact)
{
    public string Name => EntryFormKeys.InputName(Key);
    public string Id => EntryFormKeys.Id(Key);
}

/// <summary>An error as the summary at the top of the form lists it, linking to its field.</summary>
public sealed record FormError(string Id, string Label, string Message);

/// <summary>
/// Builds the form's fields with their labels, badges, messages and last year's values, so the view
/// only lays them out. Keys are the form's (<see cref="EntryFormKeys"/>).
/// </summary>
public sealed class EntryFormView(bool english, IReadOnlyDictionary<string, List<string>> errors,
    IReadOnlyDictionary<string, string> lastYear, IReadOnlySet<string> requiredToSubmit)
{
    public FormField Field(string key, string? value, FieldKind kind = FieldKind.Text, IReadOnlyList<CodeLabel>? options = null, string? lang = null) =>
        new(key, EntryFormKeys.ColumnLabel(key, english), EntryFormKeys.MembersOnly(key), value, kind, ErrorsOf(key),
            lastYear.GetValueOrDefault(key), requiredToSubmit.Contains(key), options, lang);

    public LanguageChoice Languages(string key, IReadOnlyList<string> selected, bool compact = false) =>
        new(key, EntryFormKeys.ColumnLabel(key, english), EntryFormKeys.MembersOnly(key), selected, ErrorsOf(key), lastYear.GetValueOrDefault(key), compact);

    public IReadOnlyList<string> ErrorsOf(string key) => errors.TryGetValue(key, out var list) ? list : [];

    public string GroupLabel(string group) => EntryFormKeys.GroupLabel(group, english);
    public string RowLabel(string group, int row) => EntryFormKeys.RowLabel(group, row, english);
    public bool GroupMembersOnly(string group) => EntryFormKeys.GroupMembersOnly(group);

    /// <summary>Every message in the form's order, each linking to its field (a group's message to the group).</summary>
    public IReadOnlyList<FormError> Summary() =>
        errors.OrderBy(e => EntryFormKeys.Order(e.Key))
            .SelectMany(e => e.Value.Select(m => new FormError(EntryFormKeys.Id(e.Key), EntryFormKeys.Label(e.Key, english), m)))
            .ToList();
}
