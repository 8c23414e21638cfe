namespace Renkei.Tests.Authorization;

/// <summary>Disasters, part C: reports (situation report PDF, workbook, timeline feed, summary, statistics and their API).</summary>
public static class DisastersReportsRules
{
    public static readonly Rule[] All =
    [
        // A disaster is for every member; what is in a file follows the block rule (DisastersFeature.ReportsBlockRuleTests).
        new("GET /disasters/{id:int}/situation.pdf", Access.SignedIn, d => $"/disasters/{d.Disasters.Disaster}/situation.pdf"),
        new("GET /disasters/{id:int}.xlsx", Access.SignedIn, d => $"/disasters/{d.Disasters.Disaster}.xlsx"),
        // Feed readers cannot sign in: anonymous gets 401, a personal ?key= is the way in (DisastersFeature.TimelineFeedTests).
        new("GET /disasters/{id:int}/timeline.atom", Access.SignedInFeed, d => $"/disasters/{d.Disasters.Disaster}/timeline.atom"),
        new("PAGE /disasters/{id:int}/summary", Access.SignedIn, d => $"/disasters/{d.Disasters.Closed}/summary"),
        new("PAGE /disasters/figures", Access.SignedIn),
        new("GET /api/v1/disasters/{id:int}/timeline", Access.SignedIn, d => $"/api/v1/disasters/{d.Disasters.Disaster}/timeline"),
        new("GET /api/v1/disasters/{id:int}/summary", Access.SignedIn, d => $"/api/v1/disasters/{d.Disasters.Disaster}/summary"),
    ];
}
