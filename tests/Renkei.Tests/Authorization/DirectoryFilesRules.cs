namespace Renkei.Tests.Authorization;

/// <summary>Directory: exports, imports and their pages.</summary>
public static class DirectoryFilesRules
{
    public static readonly Rule[] All =
    [
    ];
}
