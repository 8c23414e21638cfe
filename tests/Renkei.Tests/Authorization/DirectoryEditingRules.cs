namespace Renkei.Tests.Authorization;

/// <summary>Directory: an association's entry: the edit page, GET/PUT and submit in API v1.</summary>
public static class DirectoryEditingRules
{
    public static readonly Rule[] All =
    [
    ];
}
