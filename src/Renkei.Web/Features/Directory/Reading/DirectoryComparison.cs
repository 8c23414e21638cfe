namespace Renkei.Web.Features.Directory;

/// <summary>One line of a side-by-side comparison: a field and its text in each compared entry ("" where absent).</summary>
public sealed record ComparisonRow(string Key, string LabelJa, string LabelEn, bool MembersOnly, IReadOnlyList<string> Values)
{
    public string Label(bool english) => english ? LabelEn : LabelJa;

    /// <summary>Not every compared entry says the same.</summary>
    public bool Differs => Values.Distinct(StringComparer.Ordinal).Count() > 1;
}

/// <summary>
/// Entries side by side: the rows are the union of their fields in the catalogue's order (one entry may list
/// three projects, another one), so each field is one line of the table.
/// </summary>
public static class DirectoryComparison
{
    public const int MaxEntries = 5;

    public static IReadOnlyList<ComparisonRow> Rows(IReadOnlyList<IReadOnlyList<FieldValue>> entries)
    {
        var order = new List<string>();
        var first = new Dictionary<string, FieldValue>();
        foreach (var fields in entries)
        {
            // Each entry lists its keys in catalogue order; a key not seen yet goes right after the previous key
            // of the same entry, which keeps the merged list in catalogue order too.
            var at = -1;
            foreach (var f in fields)
            {
                var index = order.IndexOf(f.Key);
                if (index < 0)
                {
                    order.Insert(at + 1, f.Key);
                    first[f.Key] = f;
                    index = at + 1;
                }
                at = index;
            }
        }
        var byEntry = entries.Select(fields => fields.ToDictionary(f => f.Key, f => f.Value)).ToList();
        return order.Select(key =>
        {
            var f = first[key];
            return new ComparisonRow(key, f.LabelJa, f.LabelEn, f.MembersOnly, byEntry.Select(e => e.GetValueOrDefault(key) ?? "").ToList());
        }).ToList();
    }
}
