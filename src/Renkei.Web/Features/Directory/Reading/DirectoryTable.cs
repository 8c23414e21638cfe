namespace Renkei.Web.Features.Directory;

/// <summary>
/// A repeating group of an entry as a table (_ListTable.cshtml): a heading, column headers and one row per
/// item, texts already in the reader's language. The first column heads each row.
/// </summary>
public sealed record DirectoryTable(string Id, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows,
    bool MembersOnly = false, IReadOnlyList<string?>? Footer = null);

/// <summary>
/// Field-by-field changes as a table (_ChangesTable.cshtml): each row says in words whether the field was added,
/// removed or changed, so the difference does not rest on colour alone.
/// </summary>
public sealed record DirectoryChanges(string Caption, string BeforeHeader, string AfterHeader, IReadOnlyList<FieldChange> Changes);
