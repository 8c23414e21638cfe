using Microsoft.AspNetCore.Identity;

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

    /// <summary>Creates the demo accounts that do not exist yet; idempotent.</summary>
    public static async Task<DemoAccount[]> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RenkeiUser>>();
        foreach (var a in Accounts)
        {
            if (await users.FindByEmailAsync(a.Email) is not null) continue;
            var user = new RenkeiUser { UserName = a.Email, Email = a.Email, EmailConfirmed = true, AssociationCode = a.AssociationCode, DisplayName = a.DisplayName };
            var created = await users.CreateAsync(user, a.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, a.Role);
        }
        return Accounts;
    }
}
