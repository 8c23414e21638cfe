using System.CommandLine;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>`seed-demo`: adds the demo accounts, the sample directory editions, meetings and disaster drills (idempotent) and lists the accounts.</summary>
static class SeedDemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("seed-demo", "Add the demo accounts (published passwords: for demonstrations only), sample directory editions, meetings and disaster drills (idempotent), and list the accounts.");
        command.SetAction((_, ct) => CliHost.RunAsync(context, async (app, token) =>
        {
            await using (var scope = app.Services.CreateAsyncScope())
                await CliHost.EnsureMigratedAsync(scope.ServiceProvider.GetRequiredService<RenkeiDbContext>(), token);
            var accounts = await DemoData.SeedAsync(app.Services);
            var output = context.Console.Out;
            await output.WriteLineAsync("Renkei demo accounts (demo use only, the passwords are published):");
            foreach (var a in accounts)
                await output.WriteLineAsync($"  {a.Role,-18} {a.Email,-34} {a.Password,-22} {a.AssociationCode}");
            var editions = await DirectoryDemo.SeedAsync(app.Services, token);
            await output.WriteLineAsync(editions.Count == 0
                ? "Sample directory editions: already there."
                : $"Sample directory editions added: {string.Join(", ", editions)}.");
            await output.WriteLineAsync(await Features.Meetings.Demo.MeetingsDemo.SeedAsync(app.Services, token) is { Count: > 0 } meetings ? $"Sample meetings added: {string.Join(", ", meetings)}." : "Sample meetings: already there.");
            await output.WriteLineAsync(await Features.Disasters.Demo.DisastersDemo.SeedAsync(app.Services, token) is { Any: true } disasters ? $"Sample disaster support added: {disasters}." : "Sample disaster support: already there.");
            return AdminCommandLine.Ok;
        }, ct));
        return command;
    }
}
