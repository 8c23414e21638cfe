namespace Renkei.Tests.Authorization;

/// <summary>Directory: an association's entry: the edit page, GET/PUT and submit in API v1.</summary>
public static class DirectoryEditingRules
{
    public static readonly Rule[] All =
    [
        new("PAGE /directory/mine", Access.SignedIn),
        new("PAGE /directory/{fiscalYear:int}/{code}/edit", Access.OwnAssociation, d => $"/directory/{d.CollectingYear}/{d.OwnCode}/edit"),
        // An entry being collected: its own association and the secretariat (a published one is public: see the editing tests).
        new("GET /api/v1/directory/{fiscalYear:int}/entries/{code}", Access.OwnAssociation, d => $"/api/v1/directory/{d.CollectingYear}/entries/{d.OwnCode}"),
        // Bodies are "{}" without If-Match: those let in get 428, which changes nothing.
        new("PUT /api/v1/directory/{fiscalYear:int}/entries/{code}", Access.OwnAssociation, d => $"/api/v1/directory/{d.CollectingYear}/entries/{d.OwnCode}"),
        // The published year's entry, so that those let in get 409 and the collecting year's data stays as it is for the other rules.
        new("POST /api/v1/directory/{fiscalYear:int}/entries/{code}/submit", Access.OwnAssociationAdmin, d => $"/api/v1/directory/{d.PublishedYear}/entries/{d.OwnCode}/submit"),
    ];
}
