namespace Renkei.Tests.Authorization;

/// <summary>Directory: national figures, charts and an association's trend.</summary>
public static class DirectoryFiguresRules
{
    public static readonly Rule[] All =
    [
        // Public: figures of published editions only, so anyone may read them.
        new("PAGE /directory/figures", Access.Anyone),
        new("PAGE /directory/associations/{code}", Access.Anyone, d => $"/directory/associations/{d.OwnCode}"),
        new("GET /api/v1/directory/figures", Access.Anyone),
    ];
}
