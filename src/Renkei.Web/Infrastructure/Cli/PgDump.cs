using System.Diagnostics;
using Npgsql;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>Runs pg_dump with the connection's parameters; the password goes through PGPASSWORD, never the arguments.</summary>
static class PgDump
{
    public static async Task<int> RunAsync(IConfiguration config, string connectionString, string target, CliConsole console, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var temp = $"{target}.{Guid.NewGuid():N}.partial";
        string[] arguments =
        [
            "--format=custom", $"--host={connection.Host}", $"--port={connection.Port}",
            $"--username={connection.Username}", $"--dbname={connection.Database}", "--no-password",
        ];
        var program = config["Backup:PgDump"] is { Length: > 0 } configured ? configured : "pg_dump";
        var executable = Find(program);
        if (executable is null)
        {
            var password = string.IsNullOrEmpty(connection.Password) ? "" : "PGPASSWORD='<password>' ";
            await console.Error.WriteLineAsync($"error: {program} was not found (install the PostgreSQL client, or set Backup:PgDump to its path). Run:");
            await console.Error.WriteLineAsync($"  {password}pg_dump {string.Join(' ', arguments.Select(Quote))} {Quote($"--file={target}")}");
            return AdminCommandLine.Failed;
        }

        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.ArgumentList.Add($"--file={temp}");
        if (!string.IsNullOrEmpty(connection.Password)) start.Environment["PGPASSWORD"] = connection.Password;
        try
        {
            using var process = Process.Start(start) ?? throw new CliException($"{executable} could not be started.");
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
                throw new CliException($"pg_dump failed (exit {process.ExitCode}): {(await errors).Trim()}");
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        await console.Out.WriteLineAsync($"Backed up PostgreSQL database {connection.Database} on {connection.Host}:{connection.Port} to {target} ({new FileInfo(target).Length:N0} bytes, pg_dump custom format; restore with pg_restore).");
        return AdminCommandLine.Ok;
    }

    /// <summary>A path as given, or the first match on PATH.</summary>
    static string? Find(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar)) return File.Exists(program) ? program : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }

    static string Quote(string arg) =>
        arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_=./:@,".Contains(c)) ? arg : "'" + arg.Replace("'", "'\\''") + "'";
}
