namespace Renkei.Tests.Authorization;

/// <summary>
/// Meetings, part A (convening): the secretariat's meeting pages and API, and the members' calendar file and documents.
/// A draft meeting is 404 to members: MeetingsFeature.CalendarTests, DocumentTests and MeetingsApiTests cover that beside the matrix.
/// </summary>
public static class MeetingsConveningRules
{
    public static readonly Rule[] All =
    [
        // The secretariat's pages
        new("PAGE /meetings/manage", Access.Secretariat),
        new("PAGE /meetings/manage/new", Access.Secretariat),
        new("PAGE /meetings/manage/{id:int}", Access.Secretariat, d => $"/meetings/manage/{d.Meetings.Convened}"),
        new("PAGE /meetings/manage/{id:int}/agenda", Access.Secretariat, d => $"/meetings/manage/{d.Meetings.Convened}/agenda"),

        // Members' files: the Chubu block meeting invites only the own association, so the other one gets 404.
        new("GET /meetings/{id:int}.ics", Access.OwnAssociation, d => $"/meetings/{d.Meetings.BlockMeeting}.ics"),
        // Both associations are invited to the convened meeting that holds the document: every signed-in user here is a member.
        new("GET /meetings/{id:int}/documents/{documentId:int}", Access.SignedIn, d => $"/meetings/{d.Meetings.Convened}/documents/{d.Meetings.Document}"),

        // Reading meetings: members see the ones they are invited to (the block meeting is 404 to the other association)
        new("GET /api/v1/meetings/", Access.SignedIn, _ => "/api/v1/meetings"),
        new("GET /api/v1/meetings/{id:int}", Access.OwnAssociation, d => $"/api/v1/meetings/{d.Meetings.BlockMeeting}"),

        // Writes: the secretariat only. An empty body gets a validation answer (400), a change without If-Match 428, and
        // the notice and closing aim at the closed meeting, which refuses them (409): the shared data stays as it is.
        new("POST /api/v1/meetings/", Access.Secretariat, _ => "/api/v1/meetings"),
        new("PUT /api/v1/meetings/{id:int}", Access.Secretariat, d => $"/api/v1/meetings/{d.Meetings.Convened}"),
        new("POST /api/v1/meetings/{id:int}/items", Access.Secretariat, d => $"/api/v1/meetings/{d.Meetings.Convened}/items"),
        new("PUT /api/v1/meetings/{id:int}/items/{itemId:int}", Access.Secretariat, d => $"/api/v1/meetings/{d.Meetings.Convened}/items/{d.Meetings.Motion}"),
        new("DELETE /api/v1/meetings/{id:int}/items/{itemId:int}", Access.Secretariat, d => $"/api/v1/meetings/{d.Meetings.Convened}/items/{d.Meetings.Motion}"),
        new("POST /api/v1/meetings/{id:int}/notice", Access.Secretariat, d => $"/api/v1/meetings/{d.Meetings.Closed}/notice"),
        new("POST /api/v1/meetings/{id:int}/close", Access.Secretariat, d => $"/api/v1/meetings/{d.Meetings.Closed}/close"),
    ];
}
