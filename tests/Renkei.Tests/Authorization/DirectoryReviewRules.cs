namespace Renkei.Tests.Authorization;

/// <summary>Directory: the secretariat's editions, progress, reminders, review and publication.</summary>
public static class DirectoryReviewRules
{
    public static readonly Rule[] All =
    [
        // The secretariat's pages
        new("PAGE /directory/manage", Access.Secretariat),
        new("PAGE /directory/manage/{fiscalYear:int}", Access.Secretariat, d => $"/directory/manage/{d.CollectingYear}"),
        new("PAGE /directory/manage/{fiscalYear:int}/{code}", Access.Secretariat, d => $"/directory/manage/{d.CollectingYear}/{d.OwnCode}"),

        // Editions: anyone reads them
        new("GET /api/v1/directory/editions/", Access.Anyone, _ => "/api/v1/directory/editions"),
        new("GET /api/v1/directory/editions/{fiscalYear:int}", Access.Anyone, d => $"/api/v1/directory/editions/{d.CollectingYear}"),

        // The cycle's steps: the secretariat only. An empty body gets a validation answer; the steps are
        // aimed at the published edition, which refuses them (409), so the shared matrix data stays as it is.
        new("POST /api/v1/directory/editions", Access.Secretariat),
        new("POST /api/v1/directory/{fiscalYear:int}/reminders", Access.Secretariat, d => $"/api/v1/directory/{d.PublishedYear}/reminders"),
        new("POST /api/v1/directory/{fiscalYear:int}/close", Access.Secretariat, d => $"/api/v1/directory/{d.PublishedYear}/close"),
        new("POST /api/v1/directory/{fiscalYear:int}/publish", Access.Secretariat, d => $"/api/v1/directory/{d.PublishedYear}/publish"),
        new("POST /api/v1/directory/{fiscalYear:int}/entries/{code}/return", Access.Secretariat,
            d => $"/api/v1/directory/{d.PublishedYear}/entries/{d.OwnCode}/return"),
        new("POST /api/v1/directory/{fiscalYear:int}/entries/{code}/approve", Access.Secretariat,
            d => $"/api/v1/directory/{d.PublishedYear}/entries/{d.OwnCode}/approve"),
    ];
}
