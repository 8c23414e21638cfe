using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Renkei.Web.Features.Accounts;

/// <summary>Demo accounts for `--demo` and `seed-demo`: the secretariat and a few associations.</summary>
public static class DemoData
{
    public record DemoAccount(string Email, string Password, string Role, string? AssociationCode, string DisplayName);

    // Fixed, published passwords: these accounts exist only in demo mode and are listed on the sign-in page.
    public static readonly DemoAccount[] Accounts =
    [
        new("secretariat@demo.renkei.jp", "Demo-secretariat-1", Roles.SecretariatAdmin, null, "事務局 デモ"),
        new("admin.aichi@demo.renkei.jp", "Demo-aichi-admin-1", Roles.AssociationAdmin, "230006", "愛知県国際交流協会 管理者"),
        new("staff.aichi@demo.renkei.jp", "Demo-aichi-staff-1", Roles.AssociationStaff, "230006", "愛知県国際交流協会 職員"),
        new("admin.sendai@demo.renkei.jp", "Demo-sendai-admin-1", Roles.AssociationAdmin, "041009", "仙台観光国際協会 管理者"),
        new("admin.kumamoto@demo.renkei.jp", "Demo-kumamoto-admin-1", Roles.AssociationAdmin, "430005", "熊本県国際協会 管理者"),
    ];

    /// <summary>
    /// The demo secretariat's TOTP key (Base32, as Identity stores it). Published on purpose: secretariat
    /// accounts need two-factor, and a person trying the demo must be able to produce the code.
    /// </summary>
    public const string SecretariatAuthenticatorKey = "RENKEIDEMOSECRETARIATTOTPKEY2345";

    public static DemoAccount Secretariat => Accounts[0];

    /// <summary>The code an authenticator app would show now for the demo secretariat.</summary>
    public static string SecretariatTotpCode(DateTime utcNow) =>
        new Totp(Base32Encoding.ToBytes(SecretariatAuthenticatorKey)).ComputeTotp(utcNow);

    /// <summary>Creates the demo accounts that do not exist yet and gives the secretariat its TOTP key; idempotent.</summary>
    public static async Task<DemoAccount[]> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RenkeiUser>>();
        foreach (var a in Accounts)
        {
            var user = await users.FindByEmailAsync(a.Email);
            if (user is null)
            {
                user = new RenkeiUser { UserName = a.Email, Email = a.Email, EmailConfirmed = true, AssociationCode = a.AssociationCode, DisplayName = a.DisplayName };
                Check(await users.CreateAsync(user, a.Password));
                Check(await users.AddToRoleAsync(user, a.Role));
            }
            if (a.Role == Roles.SecretariatAdmin) await EnsureAuthenticatorAsync(users, scope.ServiceProvider.GetRequiredService<IUserStore<RenkeiUser>>(), user);
        }
        return Accounts;
    }

    static async Task EnsureAuthenticatorAsync(UserManager<RenkeiUser> users, IUserStore<RenkeiUser> store, RenkeiUser user)
    {
        if (user.TwoFactorEnabled && await users.GetAuthenticatorKeyAsync(user) == SecretariatAuthenticatorKey) return;
        // UserManager only makes random keys; the store sets this fixed one.
        await ((IUserAuthenticatorKeyStore<RenkeiUser>)store).SetAuthenticatorKeyAsync(user, SecretariatAuthenticatorKey, CancellationToken.None);
        user.TwoFactorEnabled = true;
        Check(await users.UpdateAsync(user));
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
