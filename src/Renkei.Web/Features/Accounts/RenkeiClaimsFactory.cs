using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Renkei.Web.Features.Accounts;

/// <summary>Claim types Renkei adds to a signed-in user (cookie and bearer token alike).</summary>
public static class RenkeiClaims
{
    /// <summary>The user's association code; absent for the secretariat.</summary>
    public const string AssociationCode = "renkei:association";
    public const string DisplayName = "renkei:display-name";
    /// <summary>"true" when TOTP two-factor is enabled; refreshed with the security stamp check.</summary>
    public const string TwoFactor = "renkei:2fa";

    public static string? AssociationCodeOf(this ClaimsPrincipal user) => user.FindFirstValue(AssociationCode);
    public static bool IsSecretariat(this ClaimsPrincipal user) => user.IsInRole(Roles.SecretariatAdmin);
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}

public class RenkeiClaimsFactory(UserManager<RenkeiUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<RenkeiUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RenkeiUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.AssociationCode is { Length: > 0 } code) identity.AddClaim(new Claim(RenkeiClaims.AssociationCode, code));
        if (user.DisplayName is { Length: > 0 } name) identity.AddClaim(new Claim(RenkeiClaims.DisplayName, name));
        identity.AddClaim(new Claim(RenkeiClaims.TwoFactor, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
