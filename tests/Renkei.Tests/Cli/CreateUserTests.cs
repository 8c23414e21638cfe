using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Cli;

/// <summary>`create-user` against the database of a running app, then signing in to that app.</summary>
public class CreateUserTests(RenkeiFactory app) : IClassFixture<RenkeiFactory>
{
    const string Password = "Xyz-password-123";

    static string NewEmail() => $"cli.{Guid.NewGuid():N}@test.renkei.jp";

    async Task<Cli> CliOnAppAsync()
    {
        _ = app.Services; // the app has started and migrated its database
        return new Cli(app);
    }

    [Fact]
    public async Task A_user_created_on_the_command_line_can_sign_in_and_the_change_is_audited_as_the_cli()
    {
        using var cli = await CliOnAppAsync();
        var email = NewEmail();

        var result = await cli.RunWithInputAsync(Password + "\n", "create-user", "--email", email, "--role", Roles.AssociationAdmin, "--association", "230006", "--password-stdin", "--name", "山田 花子");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(email, result.Out);
        var login = await app.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.False(string.IsNullOrEmpty((await login.Content.ReadFromJsonAsync<Token>())!.AccessToken));

        var user = await app.WithDb(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal("230006", user.AssociationCode);
        Assert.Equal("山田 花子", user.DisplayName);
        Assert.True(user.EmailConfirmed);
        Assert.Equal([Roles.AssociationAdmin], await app.WithDb(db =>
            db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync()));
        var audit = await app.WithDb(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(RenkeiUser) && e.EntityKey == user.Id && e.Action == "Added"));
        Assert.Equal("cli", audit.Actor);
        Assert.Contains(email, audit.After);
        Assert.DoesNotContain("PasswordHash", audit.After);
        Assert.DoesNotContain(user.PasswordHash!, audit.After);
    }

    record Token(string AccessToken);

    [Fact]
    public async Task Full_width_digits_and_spaces_are_normalised_and_a_secretariat_user_needs_no_association()
    {
        using var cli = await CliOnAppAsync();
        var staff = NewEmail();
        var secretariat = NewEmail();

        var staffResult = await cli.RunWithInputAsync(Password, "create-user", "--email", $"　{staff} ", "--role", Roles.AssociationStaff, "--association", "２３０００６", "--password-stdin");
        var secretariatResult = await cli.RunWithInputAsync(Password + "\r\n", "create-user", "--email", secretariat, "--role", Roles.SecretariatAdmin, "--password-stdin");

        Assert.True(staffResult.ExitCode == 0, staffResult.Error);
        Assert.True(secretariatResult.ExitCode == 0, secretariatResult.Error);
        Assert.Equal("230006", await app.WithDb(db => db.Users.Where(u => u.Email == staff).Select(u => u.AssociationCode).SingleAsync()));
        Assert.Null(await app.WithDb(db => db.Users.Where(u => u.Email == secretariat).Select(u => u.AssociationCode).SingleAsync()));
    }

    [Theory]
    [InlineData("association-admin", "290009", Password, 1, "290009")]        // Nara has no association
    [InlineData("association-admin", "23000", Password, 2, "6-digit")]
    [InlineData("association-admin", null, Password, 2, "--association")]
    [InlineData("secretariat-admin", "230006", Password, 2, "secretariat")]
    [InlineData("association-staff", "230006", "short", 1, "at least 10")]   // Identity's password policy
    [InlineData("association-staff", "230006", "", 2, "standard input")]
    public async Task Bad_requests_are_refused_with_a_message_and_create_nothing(string role, string? association, string password, int exitCode, string mentioned)
    {
        using var cli = await CliOnAppAsync();
        var email = NewEmail();
        string[] args = association is null
            ? ["create-user", "--email", email, "--role", role, "--password-stdin"]
            : ["create-user", "--email", email, "--role", role, "--association", association, "--password-stdin"];

        var result = await cli.RunWithInputAsync(password, args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(mentioned, result.Error);
        Assert.False(await app.WithDb(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("Hanako <hanako@example.jp>")]
    public async Task A_malformed_email_exits_2(string email)
    {
        using var cli = await CliOnAppAsync();

        var result = await cli.RunWithInputAsync(Password, "create-user", "--email", email, "--role", Roles.SecretariatAdmin, "--password-stdin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("e-mail", result.Error);
    }

    [Fact]
    public async Task Without_password_stdin_nothing_is_read_and_the_command_exits_2()
    {
        using var cli = await CliOnAppAsync();
        var email = NewEmail();

        var result = await cli.RunWithInputAsync(Password, "create-user", "--email", email, "--role", Roles.SecretariatAdmin);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--password-stdin", result.Error);
        Assert.False(await app.WithDb(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task An_email_that_is_taken_is_refused()
    {
        using var cli = await CliOnAppAsync();
        var existing = await app.AssociationStaff();

        var result = await cli.RunWithInputAsync(Password, "create-user", "--email", existing.Email, "--role", Roles.AssociationAdmin, "--association", "230006", "--password-stdin");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Error);
        Assert.Equal(1, await app.WithDb(db => db.Users.CountAsync(u => u.Email == existing.Email)));
    }
}
