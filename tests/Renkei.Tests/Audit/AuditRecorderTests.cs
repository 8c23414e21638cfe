using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.Audit;

/// <summary>What the recorder writes: every change, and never a secret.</summary>
public class AuditRecorderTests(RenkeiFactory app) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Creating_a_user_with_two_factor_and_changing_the_password_leaves_no_secret_in_the_log()
    {
        var user = await app.Secretariat();   // password, security stamp, authenticator key
        await app.WithServices(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RenkeiUser>>();
            var entity = (await users.FindByIdAsync(user.Id))!;
            Assert.True((await users.ChangePasswordAsync(entity, user.Password, "Another-password-456")).Succeeded);
            return 0;
        });
        var stored = await app.WithDb(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        var secrets = await app.WithDb(db => db.UserTokens.Where(t => t.UserId == user.Id).Select(t => t.Value!).ToListAsync());
        Assert.Contains(user.AuthenticatorKey, secrets);

        var entries = await app.WithDb(db => db.AuditEntries.AsNoTracking().ToListAsync());

        var mine = entries.Where(e => e.EntityKey == user.Id || (e.EntityKey.StartsWith(user.Id + ","))).ToList();
        Assert.Contains(mine, e => e.EntityType == nameof(RenkeiUser) && e.Action == "Added" && e.After!.Contains(user.Email));
        Assert.Contains(mine, e => e.EntityType == "IdentityUserRole" && e.Action == "Added");
        foreach (var text in entries.SelectMany(e => new[] { e.Before, e.After }).OfType<string>())
        {
            Assert.DoesNotContain("PasswordHash", text);
            Assert.DoesNotContain("SecurityStamp", text);
            Assert.DoesNotContain(stored.PasswordHash!, text);
            Assert.DoesNotContain(stored.SecurityStamp!, text);
            foreach (var secret in secrets) Assert.DoesNotContain(secret, text);
        }
        Assert.DoesNotContain(entries, e => e.EntityType == "IdentityUserToken");
    }

    [Fact]
    public async Task A_deletion_keeps_the_values_before_and_nothing_after()
    {
        var user = await app.AssociationStaff();
        var actor = AuditData.NewActor();
        await app.WithServices(async sp =>
        {
            sp.GetRequiredService<CurrentActor>().ActAs(actor);
            var users = sp.GetRequiredService<UserManager<RenkeiUser>>();
            Assert.True((await users.RemoveFromRoleAsync((await users.FindByIdAsync(user.Id))!, Roles.AssociationStaff)).Succeeded);
            return 0;
        });

        var entry = await app.WithDb(db => db.AuditEntries.SingleAsync(e => e.Actor == actor));

        Assert.Equal("Deleted", entry.Action);
        Assert.Equal("IdentityUserRole", entry.EntityType);
        Assert.Contains(user.Id, entry.Before);
        Assert.Null(entry.After);
    }
}
