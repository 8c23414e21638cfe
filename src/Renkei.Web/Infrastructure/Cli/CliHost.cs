using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Audit;
using Renkei.Web.Features.Directory;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>Where a command reads and writes; tests pass their own writers.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error);

/// <summary>What every command gets: the configuration arguments and the console.</summary>
public sealed record CliContext(string[] ConfigurationArgs, CliConsole Console);

/// <summary>A failure to report in one line, without a stack trace.</summary>
public sealed class CliException(string message, int exitCode = AdminCommandLine.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>
/// Builds the web host's own services (same configuration, same registrations) without serving, so a
/// command sees exactly the database, Identity and mail setup the app would.
/// </summary>
static class CliHost
{
    public static WebApplication Build(string[] configurationArgs)
    {
        var builder = RenkeiHost.CreateBuilder(configurationArgs);
        // Only warnings and errors, on stderr: stdout carries the command's own output.
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        // EF logs a fresh database's missing history table (and, on PostgreSQL, the database itself) as
        // errors before creating them; real failures reach the user as the command's error message.
        builder.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database"] = "None";
        builder.AddDatabase();
        builder.AddWebPlumbing();
        builder.AddAccounts();
        builder.AddEmail();
        builder.AddAudit();
        builder.AddDirectory();
        builder.AddMeetings();
        builder.AddDisasters();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Changes made here are audited as the command line's.
        builder.Services.AddScoped(_ =>
        {
            var actor = new CurrentActor();
            actor.ActAs("cli");
            return actor;
        });
        return builder.Build();
    }

    /// <summary>Runs a command's work against the built services, turning failures into a message and exit code.</summary>
    public static async Task<int> RunAsync(CliContext context, Func<WebApplication, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        try
        {
            await using var app = Build(context.ConfigurationArgs);
            return await work(app, ct);
        }
        catch (CliException e)
        {
            await context.Console.Error.WriteLineAsync($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await context.Console.Error.WriteLineAsync($"error: {e.GetBaseException().Message}");
            return AdminCommandLine.Failed;
        }
    }

    /// <summary>Commands other than migrate work on an up-to-date database only.</summary>
    public static async Task EnsureMigratedAsync(RenkeiDbContext db, CancellationToken ct)
    {
        if (!await db.Database.CanConnectAsync(ct))
            throw new CliException("Cannot connect to the database. Check Database:Provider and ConnectionStrings:Renkei, then run `migrate`.");
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            throw new CliException("The database is not up to date. Run `migrate` first.");
    }
}
