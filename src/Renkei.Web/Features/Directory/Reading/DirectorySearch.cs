using System.Text;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// What a reader asked the published directory for, resolved to codes: a block id, a legal form, a project
/// category, a consultation language and free-text terms. Null means "any".
/// </summary>
public sealed record DirectoryFilter(string? Block, string? LegalForm, string? Category, string? Language, IReadOnlyList<string> Terms)
{
    public static readonly DirectoryFilter None = new(null, null, null, null, []);

    public bool IsEmpty => Block is null && LegalForm is null && Category is null && Language is null && Terms.Count == 0;
}

/// <summary>
/// Search and filters of the published directory, shared by its page and API v1. Free text is matched the
/// way Japanese readers type it: full-width and half-width letters and digits alike (NFKC), hiragana and
/// katakana alike, upper and lower case alike; every space-separated term must appear (AND) in one of the
/// entry's field texts, in Japanese or English, or in the association's registry name.
/// </summary>
public static class DirectorySearch
{
    /// <summary>The query parameters, in the order the form shows them.</summary>
    public static readonly string[] Parameters = ["block", "legalForm", "category", "language", "q"];

    /// <summary>
    /// Resolves what was typed or sent. A code or its Japanese or English label is accepted; a value that names
    /// nothing is left out of the filter and its parameter name is listed in <paramref name="unknown"/>.
    /// </summary>
    public static DirectoryFilter Parse(string? block, string? legalForm, string? category, string? language, string? q,
        IEnumerable<string> blockIds, out List<string> unknown)
    {
        unknown = [];
        var blockId = InputText.Compact(block)?.ToLowerInvariant();
        if (blockId is not null && !blockIds.Contains(blockId)) { unknown.Add("block"); blockId = null; }
        return new DirectoryFilter(blockId,
            Code(DirectoryCodes.LegalForms, legalForm, "legalForm", unknown),
            Code(DirectoryCodes.ProjectCategories, category, "category", unknown),
            Code(DirectoryCodes.Languages, language, "language", unknown),
            Terms(q));
    }

    static string? Code(IReadOnlyList<CodeLabel> list, string? value, string parameter, List<string> unknown)
    {
        var text = InputText.Clean(value);
        if (text is null) return null;
        var code = DirectoryCodes.Find(list, text);
        if (code is null) unknown.Add(parameter);
        return code;
    }

    /// <summary>The folded, distinct terms of a free-text query (at most 10, so a pasted paragraph stays cheap).</summary>
    public static IReadOnlyList<string> Terms(string? q) =>
        Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10).ToList();

    /// <summary>NFKC, white space collapsed, hiragana as katakana, lower case: how text and terms are compared.</summary>
    public static string Fold(string? text) => InputText.Katakana(text)?.ToLowerInvariant() ?? "";

    public static IReadOnlyList<PublishedEntry> Apply(IEnumerable<PublishedEntry> entries, DirectoryFilter filter) =>
        entries.Where(e => Matches(e, filter)).ToList();

    public static bool Matches(PublishedEntry entry, DirectoryFilter filter)
    {
        var c = entry.Content;
        if (filter.Block is not null && entry.Block.Id != filter.Block) return false;
        if (filter.LegalForm is not null && c.LegalForm != filter.LegalForm) return false;
        if (filter.Category is not null && !c.Projects.Any(p => p.Category == filter.Category)) return false;
        if (filter.Language is not null && !c.ConsultationLanguages.Contains(filter.Language)) return false;
        if (filter.Terms.Count == 0) return true;
        var text = SearchText(entry);
        return filter.Terms.All(t => text.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>
    /// Everything a term may match, folded, one field per line so that a term cannot straddle two fields.
    /// Members-only fields count only for a members' view (the public content has none anyway).
    /// </summary>
    public static string SearchText(PublishedEntry entry)
    {
        var sb = new StringBuilder(4096);
        foreach (var english in new[] { false, true })
            foreach (var f in EntryFields.Flatten(entry.Content, english))
                if (f.Value.Length > 0 && (entry.MembersView || !f.MembersOnly)) sb.Append(Fold(f.Value)).Append('\n');
        var registry = entry.Association.Current;
        foreach (var name in new[] { registry.Name, registry.NameKana, registry.NameEn })
            sb.Append(Fold(name)).Append('\n');
        return sb.ToString();
    }
}
