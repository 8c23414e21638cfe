namespace Renkei.Web.Infrastructure.Cli;

public static class AdminCommandLine
{
    static readonly string[] Commands = ["migrate", "create-user", "backup", "seed-demo"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(string[] args) => Task.FromResult(1);
}
