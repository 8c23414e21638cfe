namespace Renkei.Tests.Authorization;

/// <summary>Directory: the published directory, entries, search, comparison and diffs.</summary>
public static class DirectoryReadingRules
{
    public static readonly Rule[] All =
    [
    ];
}
