namespace Renkei.Tests.Authorization;

/// <summary>Who may use each page and endpoint. A new page or endpoint needs a line here.</summary>
public static class AuthorizationRules
{
    static readonly Rule[] Foundation =
    [
        // Operations and documentation
        new("ANY /healthz", Access.Anyone),
        new("ANY /readyz", Access.Anyone),
        new("GET /openapi/{documentName}.json", Access.Anyone, _ => "/openapi/v1.json"),
        new("GET /api/docs/{documentName?}", Access.Anyone, _ => "/api/docs/"),
        new("GET /api/docs/favicon.svg", Access.Anyone),
        new("GET /api/docs/scalar.js", Access.Anyone),
        new("GET /api/docs/scalar.aspnetcore.js", Access.Anyone),

        // Unknown addresses: 404 for everyone
        new("GET /{*path}", Access.Anyone404, _ => "/no-such-page"),
        new("HEAD /{*path}", Access.Anyone404, _ => "/no-such-page"),

        // Public pages
        new("PAGE /", Access.Anyone),
        new("PAGE /error/{code:int?}", Access.Anyone, _ => "/error/500"),
        new("PAGE /associations", Access.Anyone),
        new("PAGE /associations/map", Access.Anyone),
        new("PAGE /associations/{code}", Access.Anyone, d => $"/associations/{d.OwnCode}"),

        // Public registry API
        new("GET /api/v1/blocks/", Access.Anyone, _ => "/api/v1/blocks"),
        new("GET /api/v1/blocks/{id}", Access.Anyone, _ => "/api/v1/blocks/kinki"),
        new("GET /api/v1/associations/", Access.Anyone, _ => "/api/v1/associations"),
        new("GET /api/v1/associations/{code}", Access.Anyone, d => $"/api/v1/associations/{d.OwnCode}"),
        new("GET /api/v1/associations/{code}/history", Access.Anyone, d => $"/api/v1/associations/{d.OwnCode}/history"),

        // Audit log and mail: the secretariat only
        new("PAGE /audit", Access.Secretariat),
        new("PAGE /audit/mail", Access.Secretariat),
        new("GET /api/v1/audit/", Access.Secretariat, _ => "/api/v1/audit"),

        // Registry management: the secretariat only
        new("PAGE /registry", Access.Secretariat),
        new("PAGE /registry/associations/new", Access.Secretariat),
        new("PAGE /registry/associations/{code}/edit", Access.Secretariat, d => $"/registry/associations/{d.OwnCode}/edit"),
        new("PAGE /registry/associations/{code}/withdraw", Access.Secretariat, d => $"/registry/associations/{d.OwnCode}/withdraw"),
        new("PAGE /registry/blocks", Access.Secretariat),
        new("PAGE /registry/blocks/{id}", Access.Secretariat, _ => "/registry/blocks/kinki"),
        // Bodies are empty: the secretariat gets a validation answer, which proves it was let in.
        new("POST /api/v1/associations/", Access.Secretariat, _ => "/api/v1/associations"),
        new("PUT /api/v1/associations/{code}", Access.Secretariat, d => $"/api/v1/associations/{d.OwnCode}"),
        new("POST /api/v1/associations/{code}/withdrawal", Access.Secretariat, d => $"/api/v1/associations/{d.OwnCode}/withdrawal"),
        new("DELETE /api/v1/associations/{code}/withdrawal", Access.Secretariat, d => $"/api/v1/associations/{d.OwnCode}/withdrawal"),
        new("PUT /api/v1/blocks/{id}", Access.Secretariat, _ => "/api/v1/blocks/kinki"),
        new("PUT /api/v1/blocks/{id}/roles/{fiscalYear}", Access.Secretariat, _ => "/api/v1/blocks/kinki/roles/2026"),

        // Token sign-in for scripts; the rest of Identity's API is deliberately absent (invitation only)
        new("POST /api/v1/auth/login", Access.Anyone),
        new("POST /api/v1/auth/refresh", Access.Anyone),
        new("GET /api/v1/auth/{**rest}", Access.Anyone404, _ => "/api/v1/auth/manage/info"),
        new("POST /api/v1/auth/{**rest}", Access.Anyone404, _ => "/api/v1/auth/register"),
        new("PUT /api/v1/auth/{**rest}", Access.Anyone404, _ => "/api/v1/auth/register"),
        new("PATCH /api/v1/auth/{**rest}", Access.Anyone404, _ => "/api/v1/auth/register"),
        new("DELETE /api/v1/auth/{**rest}", Access.Anyone404, _ => "/api/v1/auth/register"),

        // Signing in, for anyone
        new("PAGE /account/login", Access.Anyone),
        new("PAGE /account/login/two-factor", Access.SignInStep),
        new("PAGE /account/login/recovery", Access.SignInStep),
        new("PAGE /account/logout", Access.Anyone),
        new("PAGE /account/forgot-password", Access.Anyone),
        new("PAGE /account/reset-password", Access.Anyone),
        new("PAGE /account/invitation", Access.Anyone),

        // One's own account
        new("PAGE /account", Access.SignedIn),
        new("PAGE /account/password", Access.SignedIn),
        new("PAGE /account/two-factor", Access.SignedIn),
        new("PAGE /account/two-factor/recovery-codes", Access.SignedIn),
        new("GET /api/v1/me/", Access.SignedIn, _ => "/api/v1/me"),

        // Users: association admins for their own association, the secretariat for all
        new("PAGE /users", Access.AdminsAndSecretariat),
        new("PAGE /users/invite", Access.AdminsAndSecretariat),
        new("PAGE /users/{id}", Access.OwnAssociationAdmin, d => $"/users/{d.OwnStaffId}"),
        new("GET /api/v1/users/", Access.AdminsAndSecretariat, _ => "/api/v1/users"),
        new("GET /api/v1/users/{id}", Access.OwnAssociationAdmin, d => $"/api/v1/users/{d.OwnStaffId}"),
        new("POST /api/v1/users/invitations", Access.AdminsAndSecretariat),
        // A user of its own that no caller signs in as, so deactivating it ends no caller's session.
        new("POST /api/v1/users/{id}/deactivation", Access.OwnAssociationAdmin, d => $"/api/v1/users/{d.BystanderId}/deactivation"),
        new("POST /api/v1/users/{id}/reactivation", Access.OwnAssociationAdmin, d => $"/api/v1/users/{d.BystanderId}/reactivation"),
    ];

    // Declared after the lists it joins: static fields are initialised in order.
    // The directory's rules live in files of their own (Directory*Rules.cs), one per part of the feature.
    public static readonly Rule[] All =
    [
        .. Foundation,
        .. DirectoryEditingRules.All,
        .. DirectoryReviewRules.All,
        .. DirectoryReadingRules.All,
        .. DirectoryFilesRules.All,
        .. DirectoryFiguresRules.All,
        // Meetings: one file per part (Meetings*Rules.cs).
        .. MeetingsAttendanceRules.All,
        .. MeetingsConveningRules.All,
        .. MeetingsMinutesRules.All,
        .. MeetingsVotingRules.All,
        // Disasters: one file per part (Disasters*Rules.cs).
        .. DisastersPreparednessRules.All,
        .. DisastersSupportRules.All,
        .. DisastersReportsRules.All,
        .. DisastersBoardRules.All,
    ];
}
