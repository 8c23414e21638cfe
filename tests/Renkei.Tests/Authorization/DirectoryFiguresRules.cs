namespace Renkei.Tests.Authorization;

/// <summary>Directory: national figures, charts and an association's trend.</summary>
public static class DirectoryFiguresRules
{
    public static readonly Rule[] All =
    [
    ];
}
