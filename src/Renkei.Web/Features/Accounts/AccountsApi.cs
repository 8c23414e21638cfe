using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace Renkei.Web.Features.Accounts;

/// <summary>The accounts API: the same rules as the /account and /users pages.</summary>
public static class AccountsApi
{
    public record MeResponse(string Id, string Email, string? DisplayName, string[] Roles, string? AssociationCode, string PreferredCulture, bool TwoFactorEnabled);

    public record UserResponse(string Id, string Email, string? DisplayName, string? Role, string? AssociationCode,
        bool IsActive, bool InvitationPending, bool TwoFactorEnabled, string PreferredCulture, DateTime CreatedAt)
    {
        public static UserResponse From(UserRow r) =>
            new(r.Id, r.Email, r.DisplayName, r.Role, r.AssociationCode, r.IsActive, r.InvitationPending, r.TwoFactorEnabled, r.PreferredCulture, r.CreatedAt);
    }

    public record InvitationBody(string? Email, string? Role, string? AssociationCode, string? DisplayName, string? Culture);

    public static void MapAccountsApi(this WebApplication app)
    {
        // Member: any signed-in user, about themselves.
        app.MapGroup("/api/v1/me").WithTags("Accounts").RequireAuthorization(Policies.Member)
            .MapGet("/", Me).WithName("GetMe");

        // Admin: the secretariat (all users) and association admins (their own association's users).
        var users = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        users.MapGet("/", List).WithName("ListUsers");
        users.MapGet("/{id}", Get).WithName("GetUser");
        users.MapPost("/invitations", Invite).WithName("InviteUser");
        users.MapPost("/{id}/deactivation", (string id, ClaimsPrincipal caller, HttpContext http, UserAdministration admin, IStringLocalizer<AccountsText> text) =>
            SetActive(id, false, caller, http, admin, text)).WithName("DeactivateUser");
        users.MapPost("/{id}/reactivation", (string id, ClaimsPrincipal caller, HttpContext http, UserAdministration admin, IStringLocalizer<AccountsText> text) =>
            SetActive(id, true, caller, http, admin, text)).WithName("ReactivateUser");
    }

    static async Task<Results<Ok<MeResponse>, NotFound>> Me(ClaimsPrincipal caller, Infrastructure.Data.RenkeiDbContext db)
    {
        var id = caller.UserId();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (user is null) return TypedResults.NotFound();
        var roles = caller.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        return TypedResults.Ok(new MeResponse(user.Id, user.Email!, user.DisplayName, roles, user.AssociationCode, user.PreferredCulture, user.TwoFactorEnabled));
    }

    static async Task<Ok<UserResponse[]>> List([FromQuery] string? association, ClaimsPrincipal caller, UserAdministration admin)
    {
        var query = admin.Visible(caller);
        if (AccountInput.Optional(association) is { } code)
            query = code == "secretariat" ? query.Where(u => u.AssociationCode == null) : query.Where(u => u.AssociationCode == code);
        var rows = await admin.Rows(query.OrderBy(u => u.AssociationCode).ThenBy(u => u.Email)).AsNoTracking().ToListAsync();
        return TypedResults.Ok(rows.Select(UserResponse.From).ToArray());
    }

    static async Task<Results<Ok<UserResponse>, NotFound>> Get(string id, ClaimsPrincipal caller, UserAdministration admin, HttpContext http)
    {
        var row = await admin.Rows(admin.Visible(caller).Where(u => u.Id == id)).AsNoTracking().FirstOrDefaultAsync();
        if (row is null) return TypedResults.NotFound();
        http.Response.Headers.ETag = ETag(row.ConcurrencyStamp);
        return TypedResults.Ok(UserResponse.From(row));
    }

    static async Task<IResult> Invite(InvitationBody body, ClaimsPrincipal caller, UserAdministration admin, IStringLocalizer<AccountsText> text)
    {
        var change = await admin.InviteAsync(caller, new InvitationRequest(body.Email, body.Role, body.AssociationCode, body.DisplayName, body.Culture));
        if (change.Outcome != Outcome.Done) return Failure(change, text);
        var row = await admin.Rows(admin.Visible(caller).Where(u => u.Id == change.User!.Id)).AsNoTracking().FirstAsync();
        return TypedResults.Created($"/api/v1/users/{row.Id}", UserResponse.From(row));
    }

    static async Task<IResult> SetActive(string id, bool active, ClaimsPrincipal caller, HttpContext http, UserAdministration admin, IStringLocalizer<AccountsText> text)
    {
        // If-Match, when sent, must name the version the caller last saw (GET /api/v1/users/{id} gives its ETag).
        if (http.Request.Headers.IfMatch.Count > 0)
        {
            var stamp = await admin.Visible(caller).Where(u => u.Id == id).Select(u => u.ConcurrencyStamp).FirstOrDefaultAsync();
            if (stamp is not null && !http.Request.Headers.IfMatch.Contains(ETag(stamp)))
                return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, detail: text["この利用者は読み込んだ後に変更されています。もう一度読み込んでください。"]);
        }
        var change = await admin.SetActiveAsync(caller, id, active);
        if (change.Outcome != Outcome.Done) return Failure(change, text);
        var row = await admin.Rows(admin.Visible(caller).Where(u => u.Id == id)).AsNoTracking().FirstAsync();
        http.Response.Headers.ETag = ETag(row.ConcurrencyStamp);
        return TypedResults.Ok(UserResponse.From(row));
    }

    static string ETag(string? stamp) => $"\"{stamp}\"";

    static IResult Failure(Change change, IStringLocalizer<AccountsText> text) => change.Outcome switch
    {
        Outcome.NotFound => TypedResults.NotFound(),
        Outcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: text["この役割や協会の利用者は招待できません。"]),
        _ => TypedResults.ValidationProblem(change.Errors!.ToDictionary(e => e.Key.Length == 0 ? "" : char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value)),
    };
}
