namespace Renkei.Tests.Authorization;

/// <summary>Meetings, voting and results: the ballot page, the secretariat's recording page, results, and API v1 for ballots.</summary>
public static class MeetingsVotingRules
{
    public static readonly Rule[] All =
    [
        // The block meeting invites only the own association: another association's users get 404.
        new("PAGE /meetings/{id:int}/vote", Access.OwnAssociation, d => $"/meetings/{d.Meetings.BlockMeeting}/vote"),
        new("PAGE /meetings/{id:int}/results", Access.OwnAssociation, d => $"/meetings/{d.Meetings.BlockMeeting}/results"),
        new("GET /api/v1/meetings/{id:int}/results", Access.OwnAssociation, d => $"/api/v1/meetings/{d.Meetings.BlockMeeting}/results"),
        new("PAGE /meetings/manage/{id:int}/votes", Access.Secretariat, d => $"/meetings/manage/{d.Meetings.Convened}/votes"),
        // Both associations are invited to the convened meeting: each signed-in user reads its own association's ballots.
        new("GET /api/v1/meetings/{id:int}/items/{itemId:int}/ballots", Access.SignedIn, d => $"/api/v1/meetings/{d.Meetings.Convened}/items/{d.Meetings.Motion}/ballots"),
        // Body "{}": the representative and the secretariat are let in and get 400 (no choice; no association), nothing is cast.
        new("POST /api/v1/meetings/{id:int}/items/{itemId:int}/ballots", Access.Representative, d => $"/api/v1/meetings/{d.Meetings.Convened}/items/{d.Meetings.Motion}/ballots"),
        // Body "{}": the secretariat gets 400 (no confirmation), so the motion stays open.
        new("POST /api/v1/meetings/{id:int}/items/{itemId:int}/close", Access.Secretariat, d => $"/api/v1/meetings/{d.Meetings.Convened}/items/{d.Meetings.Motion}/close"),
    ];
}
