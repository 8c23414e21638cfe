using System.CommandLine;
using Microsoft.Data.Sqlite;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>
/// `backup --out FILE [--force]`: SQLite gets a consistent copy taken online (the app may keep running);
/// PostgreSQL gets pg_dump in custom format, or the exact pg_dump command when pg_dump is not installed.
/// The copy is made under a temporary name and renamed, so FILE is never half written.
/// </summary>
static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The backup file to write.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var command = new Command("backup", "Write a consistent copy of the database (SQLite: online copy; PostgreSQL: pg_dump custom format; Backup:PgDump names pg_dump if it is not on PATH).")
        {
            output, force,
        };
        command.SetAction((parsed, ct) => CliHost.RunAsync(context, async (app, token) =>
        {
            var target = Path.GetFullPath(parsed.GetValue(output)!);
            if (File.Exists(target) && !parsed.GetValue(force))
                throw new CliException($"{target} exists. Add --force to replace it.");
            if (Path.GetDirectoryName(target) is { } folder) Directory.CreateDirectory(folder);
            var connectionString = DatabaseSetup.ConnectionString(app.Configuration);
            return DatabaseSetup.Provider(app.Configuration) == DatabaseProvider.Sqlite
                ? await BackupSqliteAsync(connectionString, target, context.Console, token)
                : await PgDump.RunAsync(app.Configuration, connectionString, target, context.Console, token);
        }, ct));
        return command;
    }

    static async Task<int> BackupSqliteAsync(string connectionString, string target, CliConsole console, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        var sourcePath = Path.GetFullPath(source.DataSource);
        if (!File.Exists(sourcePath))
            throw new CliException($"There is no database at {sourcePath}. Check Renkei:DataDirectory or run `migrate`.");
        if (sourcePath == target)
            throw new CliException("--out names the database itself; choose another file.");

        var temp = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var connection = new SqliteConnection(source.ToString()))
            {
                await connection.OpenAsync(ct);
                // VACUUM INTO reads one snapshot (WAL lets the app go on writing meanwhile) into a compact new file.
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path";
                vacuum.Parameters.AddWithValue("$path", temp);
                await vacuum.ExecuteNonQueryAsync(ct);
            }
            await VerifyAsync(temp, ct);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        await console.Out.WriteLineAsync($"Backed up {sourcePath} to {target} ({new FileInfo(target).Length:N0} bytes).");
        return AdminCommandLine.Ok;
    }

    static async Task VerifyAsync(string path, CancellationToken ct)
    {
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync(ct);
        await using var check = copy.CreateCommand();
        check.CommandText = "PRAGMA quick_check";
        if (await check.ExecuteScalarAsync(ct) is not "ok")
            throw new CliException("The copy failed its integrity check; the previous backup (if any) is left as it was.");
    }
}
