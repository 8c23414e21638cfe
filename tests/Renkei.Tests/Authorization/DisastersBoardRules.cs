namespace Renkei.Tests.Authorization;

/// <summary>
/// Disasters, part A (board): the list, declaring, the coordination board, managing and closing, status reports; pages
/// and API. The matrix drill was declared by the secretariat, so only the secretariat manages it; the own association
/// (230006) chairs the Chubu block and may report Gifu's status on its behalf. The block rule on the board itself (a
/// request left out for another block) is covered by DisastersFeature.BoardPageTests and BoardApiTests.
/// </summary>
public static class DisastersBoardRules
{
    const string Gifu = "210005";

    public static readonly Rule[] All =
    [
        // Pages: every member reads and may open the declare form (an association only for its own prefecture).
        new("PAGE /disasters", Access.SignedIn),
        new("PAGE /disasters/new", Access.SignedIn),
        new("PAGE /disasters/{id:int}", Access.SignedIn, d => $"/disasters/{d.Disasters.Disaster}"),
        new("PAGE /disasters/{id:int}/manage", Access.Secretariat, d => $"/disasters/{d.Disasters.Disaster}/manage"),
        new("PAGE /disasters/{id:int}/status", Access.OwnBlockChair, d => $"/disasters/{d.Disasters.Disaster}/status?code={Gifu}"),

        // API. Bodies are empty objects: allowed callers get a validation answer (400) or, for a change without If-Match,
        // 428, so the shared data stays as it is.
        new("GET /api/v1/disasters/", Access.SignedIn, _ => "/api/v1/disasters"),
        new("POST /api/v1/disasters/", Access.SignedIn, _ => "/api/v1/disasters"),
        new("GET /api/v1/disasters/{id:int}", Access.SignedIn, d => $"/api/v1/disasters/{d.Disasters.Disaster}"),
        new("PUT /api/v1/disasters/{id:int}", Access.Secretariat, d => $"/api/v1/disasters/{d.Disasters.Disaster}"),
        new("POST /api/v1/disasters/{id:int}/close", Access.Secretariat, d => $"/api/v1/disasters/{d.Disasters.Disaster}/close"),
        new("PUT /api/v1/disasters/{id:int}/affected/{code}", Access.OwnBlockChair, d => $"/api/v1/disasters/{d.Disasters.Disaster}/affected/{Gifu}"),
    ];
}
