namespace Renkei.Tests.Authorization;

/// <summary>Meetings, part B (attendance): the member pages, the secretariat's counts, desk and roster, and API v1 for answers and check-in.</summary>
public static class MeetingsAttendanceRules
{
    public static readonly Rule[] All =
    [
        new("PAGE /meetings", Access.SignedIn),
        // The Chubu block meeting invites only the own association: another association's users get 404.
        new("PAGE /meetings/{id:int}", Access.OwnAssociation, d => $"/meetings/{d.Meetings.BlockMeeting}"),
        // Staff read the answer (read-only); a POST by staff is 403, tested in AnswerAccessTests.
        new("PAGE /meetings/{id:int}/attendance", Access.OwnAssociation, d => $"/meetings/{d.Meetings.BlockMeeting}/attendance?code={d.OwnCode}"),
        new("PAGE /meetings/manage/{id:int}/attendance", Access.Secretariat, d => $"/meetings/manage/{d.Meetings.Convened}/attendance"),
        new("PAGE /meetings/manage/{id:int}/checkin", Access.Secretariat, d => $"/meetings/manage/{d.Meetings.Convened}/checkin"),
        new("GET /meetings/manage/{id:int}/roster.xlsx", Access.Secretariat, d => $"/meetings/manage/{d.Meetings.Convened}/roster.xlsx"),
        new("GET /meetings/manage/{id:int}/roster.pdf", Access.Secretariat, d => $"/meetings/manage/{d.Meetings.Convened}/roster.pdf"),
        new("GET /api/v1/meetings/{id:int}/attendance/", Access.OwnAssociation, d => $"/api/v1/meetings/{d.Meetings.BlockMeeting}/attendance"),
        // An empty body: those let in get 400 (no mode), which changes nothing.
        new("PUT /api/v1/meetings/{id:int}/attendance/{code}", Access.OwnAssociationAdmin, d => $"/api/v1/meetings/{d.Meetings.BlockMeeting}/attendance/{d.OwnCode}"),
        new("POST /api/v1/meetings/{id:int}/attendance/{code}/checkin", Access.Secretariat, d => $"/api/v1/meetings/{d.Meetings.Convened}/attendance/{d.OwnCode}/checkin"),
    ];
}
