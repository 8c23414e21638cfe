using System.Text;
using Microsoft.Data.Sqlite;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Cli;

/// <summary>`backup` while the app is running: SQLite's online copy, PostgreSQL's pg_dump.</summary>
public class BackupTests(RenkeiFactory app) : IClassFixture<RenkeiFactory>
{
    string NewTarget(string extension) => Path.Combine(app.DataDirectory, "backups", $"renkei-{Guid.NewGuid():N}.{extension}");

    [Fact]
    public async Task A_backup_taken_while_the_app_runs_and_writes_is_a_complete_database()
    {
        using var cli = new Cli(app);
        await app.NewClient().GetAsync("/readyz");
        var target = NewTarget(TestDatabase.IsPostgres ? "dump" : "db");

        // The app keeps writing while the copy is taken.
        var writing = Task.Run(async () => { for (var i = 0; i < 5; i++) await app.AssociationStaff(); });
        var result = await cli.RunAsync("backup", "--out", target);
        await writing;

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(target, result.Out);
        if (TestDatabase.IsPostgres)
            Assert.Equal("PGDMP", Encoding.ASCII.GetString(File.ReadAllBytes(target), 0, 5)); // pg_dump's custom format
        else
            Assert.Equal(63L, CountAssociations(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.partial"));
    }

    [Fact]
    public async Task An_existing_file_is_kept_unless_force_is_given()
    {
        using var cli = new Cli(app);
        _ = app.Services;
        var target = NewTarget("bak");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(target, "yesterday's backup");

        var refused = await cli.RunAsync("backup", "--out", target);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.Error);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(target));

        var forced = await cli.RunAsync("backup", "--out", target, "--force");
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.NotEqual("yesterday's backup", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task Without_pg_dump_the_exact_command_is_printed_without_the_password()
    {
        using var cli = new Cli(app);
        var target = NewTarget("dump");

        var result = await cli.RunAsync("backup", "--out", target,
            "--Database:Provider=Postgres", "--ConnectionStrings:Renkei=Host=db.example.jp;Port=5433;Username=renkei;Password=s3cret;Database=renkei",
            "--Backup:PgDump=/nonexistent/pg_dump");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"PGPASSWORD='<password>' pg_dump --format=custom --host=db.example.jp --port=5433 --username=renkei --dbname=renkei --no-password --file={target}", result.Error);
        Assert.DoesNotContain("s3cret", result.Error);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Backing_up_a_SQLite_database_that_does_not_exist_fails_clearly()
    {
        using var cli = new Cli(app);
        var missing = Path.Combine(app.DataDirectory, $"missing-{Guid.NewGuid():N}.db");

        var result = await cli.RunAsync("backup", "--out", NewTarget("db"), "--Database:Provider=Sqlite", $"--ConnectionStrings:Renkei=Data Source={missing}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no database", result.Error);
        Assert.False(File.Exists(missing));
    }

    static long CountAssociations(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Associations";
        return (long)count.ExecuteScalar()!;
    }
}
