using System.CommandLine;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>`seed-demo`: adds the demo accounts (idempotent) and lists them.</summary>
static class SeedDemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("seed-demo", "Add the demo accounts (published passwords: for demonstrations only; idempotent) and list them.");
        command.SetAction((_, ct) => CliHost.RunAsync(context, async (app, token) =>
        {
            await using (var scope = app.Services.CreateAsyncScope())
                await CliHost.EnsureMigratedAsync(scope.ServiceProvider.GetRequiredService<RenkeiDbContext>(), token);
            var accounts = await DemoData.SeedAsync(app.Services);
            var output = context.Console.Out;
            await output.WriteLineAsync("Renkei demo accounts (demo use only, the passwords are published):");
            foreach (var a in accounts)
                await output.WriteLineAsync($"  {a.Role,-18} {a.Email,-34} {a.Password,-22} {a.AssociationCode}");
            return AdminCommandLine.Ok;
        }, ct));
        return command;
    }
}
