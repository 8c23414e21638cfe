using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Cli;

namespace Renkei.Tests.Cli;

/// <summary>The command line itself: parsing, help, exit codes, migrate and seed-demo on a fresh database.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task Migrate_creates_the_schema_and_loads_the_reference_data_and_can_run_again()
    {
        using var cli = new Cli();

        var first = await cli.RunAsync("migrate");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("63 associations", first.Out);
        Assert.Contains("Initial", first.Out);
        Assert.Equal(63, await cli.QueryAsync(db => db.Associations.CountAsync()));
        Assert.Equal(6, await cli.QueryAsync(db => db.Blocks.CountAsync()));
        Assert.Equal(Roles.All.Order(), await cli.QueryAsync(db => db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync()));

        var again = await cli.RunAsync("migrate");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("already up to date", again.Out);
        Assert.Equal(63, await cli.QueryAsync(db => db.Associations.CountAsync()));
    }

    [Fact]
    public async Task Seed_demo_adds_the_demo_accounts_once_and_lists_them()
    {
        using var cli = new Cli();
        Assert.Equal(0, (await cli.RunAsync("migrate")).ExitCode);

        var first = await cli.RunAsync("seed-demo");
        var second = await cli.RunAsync("seed-demo");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(0, second.ExitCode);
        foreach (var account in DemoData.Accounts)
        {
            Assert.Contains(account.Email, first.Out);
            Assert.Contains(account.Password, first.Out);
        }
        var emails = DemoData.Accounts.Select(a => a.Email.ToUpperInvariant()).ToList();
        Assert.Equal(DemoData.Accounts.Length, await cli.QueryAsync(db => db.Users.CountAsync(u => emails.Contains(u.NormalizedEmail!))));
        Assert.True(await cli.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(RenkeiUser) && e.Actor == "cli")));
    }

    [Fact]
    public async Task Commands_other_than_migrate_refuse_a_database_that_is_not_migrated()
    {
        using var cli = new Cli();

        var result = await cli.RunAsync("seed-demo");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("migrate", result.Error);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    [InlineData(new[] { "migrate", "--bogus" }, "--bogus")]
    [InlineData(new[] { "backup" }, "--out")]
    [InlineData(new[] { "create-user", "--role", "secretariat-admin", "--password-stdin" }, "--email")]
    [InlineData(new[] { "create-user", "--email", "a@example.jp", "--role", "boss", "--password-stdin" }, "boss")]
    public async Task Bad_arguments_exit_2_with_a_message_and_touch_nothing(string[] args, string mentioned)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "renkei-cli-untouched-" + Guid.NewGuid().ToString("N"));
        var stderr = new StringWriter();

        var code = await AdminCommandLine.RunAsync([.. args, $"--Renkei:DataDirectory={dataDirectory}", "--Database:Provider=Sqlite"],
            new CliConsole(new StringReader(""), new StringWriter(), stderr));

        Assert.Equal(2, code);
        Assert.Contains(mentioned, stderr.ToString());
        Assert.Contains("--help", stderr.ToString());
        // Arguments are checked before anything is opened: not even the data folder was made.
        Assert.False(Directory.Exists(dataDirectory));
    }

    [Fact]
    public async Task A_configuration_error_is_reported_in_one_line_and_exits_1()
    {
        using var cli = new Cli();

        var result = await cli.RunAsync("migrate", "--Database:Provider=Oracle");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Database:Provider", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData(new string[0], "migrate")]
    [InlineData(new[] { "create-user", "--help" }, "--password-stdin")]
    [InlineData(new[] { "backup", "-h" }, "--force")]
    public async Task Help_lists_the_commands_and_options_and_exits_0(string[] args, string mentioned)
    {
        var stdout = new StringWriter();
        var code = await AdminCommandLine.RunAsync([.. args, "--help"], new CliConsole(new StringReader(""), stdout, new StringWriter()));

        Assert.Equal(0, code);
        Assert.Contains(mentioned, stdout.ToString());
    }

    [Theory]
    [InlineData(new[] { "migrate" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "frobnicate" }, true)]
    [InlineData(new[] { "--demo", "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--Renkei:DataDirectory=/tmp/x" }, false)]
    [InlineData(new[] { "Renkei:Demo=true" }, false)]
    [InlineData(new string[0], false)]
    public void A_word_first_is_a_command_and_options_first_start_the_web_server(string[] args, bool isCommand) =>
        Assert.Equal(isCommand, AdminCommandLine.IsCommand(args));

    [Fact]
    public void Configuration_options_go_to_the_host_and_the_rest_to_the_command()
    {
        var (command, configuration) = AdminCommandLine.SplitConfiguration(
            ["backup", "--out", "x.db", "--Renkei:DataDirectory", "/tmp/d", "--ConnectionStrings:Renkei=Data Source=a.db", "--environment=Production", "--force"]);

        Assert.Equal(["backup", "--out", "x.db", "--force"], command);
        Assert.Equal(["--Renkei:DataDirectory", "/tmp/d", "--ConnectionStrings:Renkei=Data Source=a.db", "--environment=Production"], configuration);
    }
}
