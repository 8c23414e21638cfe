namespace Renkei.Tests.Authorization;

/// <summary>Directory: the published directory, entries, search, comparison and diffs.</summary>
public static class DirectoryReadingRules
{
    public static readonly Rule[] All =
    [
        // The published directory: anyone
        new("PAGE /directory", Access.Anyone),
        new("PAGE /directory/{fiscalYear:int}", Access.Anyone, d => $"/directory/{d.PublishedYear}"),
        new("PAGE /directory/{fiscalYear:int}/{code}", Access.Anyone, d => $"/directory/{d.PublishedYear}/{d.OtherCode}"),
        new("GET /api/v1/directory/{fiscalYear:int}/entries", Access.Anyone, d => $"/api/v1/directory/{d.PublishedYear}/entries"),

        // Comparison and year-to-year differences: members (any signed-in user)
        new("PAGE /directory/compare", Access.SignedIn, d => $"/directory/compare?year={d.PublishedYear}&codes={d.OwnCode}&codes={d.OtherCode}"),
        new("PAGE /directory/{fiscalYear:int}/{code}/diff", Access.SignedIn, d => $"/directory/{d.PublishedYear}/{d.OtherCode}/diff"),
    ];
}
