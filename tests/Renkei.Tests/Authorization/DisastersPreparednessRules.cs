namespace Renkei.Tests.Authorization;

/// <summary>Disasters, part D: preparedness in normal times (平常時の備え), its pages and API. The sample is the own
/// association 230006 (Chubu); 041009 (Hokkaido-Tohoku) is another block, so its users get 404.</summary>
public static class DisastersPreparednessRules
{
    public static readonly Rule[] All =
    [
        // Every member has its own (the secretariat is redirected to the list) and its block's list.
        new("PAGE /preparedness", Access.SignedIn),
        new("PAGE /preparedness/block", Access.SignedIn),
        new("GET /api/v1/preparedness/", Access.SignedIn, _ => "/api/v1/preparedness"),
        // One association: its block and the secretariat.
        new("PAGE /preparedness/{code}", Access.OwnBlock, d => $"/preparedness/{d.OwnCode}"),
        new("GET /api/v1/preparedness/{code}", Access.OwnBlock, d => $"/api/v1/preparedness/{d.OwnCode}"),
        // Changing and confirming: its own admins and the secretariat. The matrix sends no If-Match (428 for those let
        // in), and there is no 24-hour contact to confirm in the matrix data (409): nothing shared is changed.
        new("PAGE /preparedness/{code}/edit", Access.OwnAssociationAdmin, d => $"/preparedness/{d.OwnCode}/edit"),
        new("PUT /api/v1/preparedness/{code}", Access.OwnAssociationAdmin, d => $"/api/v1/preparedness/{d.OwnCode}"),
        new("POST /api/v1/preparedness/{code}/confirm", Access.OwnAssociationAdmin, d => $"/api/v1/preparedness/{d.OwnCode}/confirm"),
    ];
}
