using System.CommandLine;
using System.CommandLine.Invocation;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>
/// The same executable as the admin command line: `dotnet run --project src/Renkei.Web -- migrate`.
/// Configuration works as for the web host (appsettings.json, environment variables such as
/// ConnectionStrings__Renkei, and `--Section:Key=value` anywhere after the command).
/// Exit codes: 0 done, 1 failed, 2 bad arguments.
/// </summary>
public static class AdminCommandLine
{
    public const int Ok = 0, Failed = 1, BadArguments = 2;

    static readonly string[] Commands = ["migrate", "create-user", "backup", "seed-demo", "import-directory", "export-directory"];
    static readonly string[] HelpSwitches = ["--help", "-h", "-?"];
    // Host options that are configuration, not command options (as for the web host).
    static readonly string[] HostKeys = ["environment", "contentRoot", "applicationName"];

    /// <summary>
    /// A first argument that is a word (not an option, not key=value configuration) is a command, so a
    /// mistyped command is reported as one instead of silently starting the web server.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Commands.Contains(args[0]) || HelpSwitches.Contains(args[0])
            || (args[0].Length > 0 && char.IsAsciiLetter(args[0][0]) && !args[0].Contains('=')));

    public static Task<int> RunAsync(string[] args) =>
        RunAsync(args, new CliConsole(Console.In, Console.Out, Console.Error));

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct = default)
    {
        // The command line speaks English throughout (its own texts are English), so the messages it relays
        // from Identity and validation are English too, not Japanese mixed into English sentences.
        var previousCulture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = Localization.Localization.English;
        try
        {
            return await RunCommandAsync(args, console, ct);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previousCulture;
        }
    }

    static async Task<int> RunCommandAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var (commandArgs, configArgs) = SplitConfiguration(args);
        var context = new CliContext(configArgs, console);
        var root = new RootCommand("Renkei admin command line. Configuration as for the web host: appsettings.json, environment variables (ConnectionStrings__Renkei) and --Section:Key=value. Exit codes: 0 done, 1 failed, 2 bad arguments.")
        {
            MigrateCommand.Create(context),
            CreateUserCommand.Create(context),
            BackupCommand.Create(context),
            SeedDemoCommand.Create(context),
            ImportDirectoryCommand.Create(context),
            ExportDirectoryCommand.Create(context),
        };
        var parsed = root.Parse(commandArgs);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors) await console.Error.WriteLineAsync($"error: {error.Message}");
            await console.Error.WriteLineAsync("Run with --help to see the commands and their options.");
            return BadArguments;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, ct);
    }

    /// <summary>
    /// Takes out `--Section:Key=value` and `--Section:Key value` (and --environment etc.), which go to
    /// the configuration; everything else is for the command parser, so a mistyped option is still an error.
    /// </summary>
    internal static (string[] Command, string[] Configuration) SplitConfiguration(string[] args)
    {
        var command = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var name = arg.StartsWith("--") ? arg[2..].Split('=', 2)[0] : null;
            if (name is null || !(name.Contains(':') || HostKeys.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                command.Add(arg);
                continue;
            }
            configuration.Add(arg);
            if (!arg.Contains('=') && i + 1 < args.Length && !args[i + 1].StartsWith("--"))
                configuration.Add(args[++i]);
        }
        return (command.ToArray(), configuration.ToArray());
    }
}
