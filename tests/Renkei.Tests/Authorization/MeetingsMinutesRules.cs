namespace Renkei.Tests.Authorization;

/// <summary>Meetings, part D: minutes (the secretariat's page; reading them as a page, a PDF and in the API) and the
/// council's officer pages and API.</summary>
public static class MeetingsMinutesRules
{
    public static readonly Rule[] All =
    [
        // Closed: approved minutes, results not public, both associations invited: every signed-in caller reads them,
        // anonymous is sent to sign in. MeetingsFeature.MinutesReadingTests covers drafts (404 to members), public results
        // (anyone) and associations not invited (404).
        new("PAGE /meetings/{id:int}/minutes", Access.SignedIn, d => $"/meetings/{d.Meetings.Closed}/minutes"),
        new("GET /meetings/{id:int}/minutes.pdf", Access.SignedIn, d => $"/meetings/{d.Meetings.Closed}/minutes.pdf"),
        new("GET /api/v1/meetings/{id:int}/minutes", Access.SignedIn, d => $"/api/v1/meetings/{d.Meetings.Closed}/minutes"),
        new("PAGE /meetings/manage/{id:int}/minutes", Access.Secretariat, d => $"/meetings/manage/{d.Meetings.Closed}/minutes"),

        // The council and its officer register are public; corrections are the secretariat's.
        new("PAGE /council", Access.Anyone),
        new("PAGE /council/officers", Access.Anyone),
        new("PAGE /council/officers/manage", Access.Secretariat),
        new("GET /api/v1/officers", Access.Anyone),
    ];
}
