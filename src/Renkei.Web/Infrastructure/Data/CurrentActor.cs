using System.Security.Claims;

namespace Renkei.Web.Infrastructure.Data;

/// <summary>Who is making the changes being saved: the signed-in user, or a named process (CLI, worker).</summary>
public class CurrentActor(IHttpContextAccessor? http = null)
{
    public static readonly CurrentActor System = new() { name = "system" };

    string? name;
    string? userId;

    /// <summary>Used by the command line and background workers, which have no signed-in user.</summary>
    public void ActAs(string actorName, string? actorUserId = null)
    {
        name = actorName;
        userId = actorUserId;
    }

    ClaimsPrincipal? User => http?.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;

    public string Name => name ?? User?.FindFirstValue(ClaimTypes.Email) ?? User?.Identity?.Name ?? (http?.HttpContext is null ? "system" : "anonymous");
    public string? UserId => userId ?? User?.FindFirstValue(ClaimTypes.NameIdentifier);
}
