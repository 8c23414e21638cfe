using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>`migrate`: applies the configured provider's migrations and loads the reference data.</summary>
static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("migrate", "Apply the database migrations of the configured provider and load the reference data (idempotent).");
        command.SetAction((_, ct) => CliHost.RunAsync(context, async (app, token) =>
        {
            var output = context.Console.Out;
            string[] pending;
            await using (var scope = app.Services.CreateAsyncScope())
                pending = (await scope.ServiceProvider.GetRequiredService<RenkeiDbContext>().Database.GetPendingMigrationsAsync(token)).ToArray();
            await app.Services.PrepareDatabaseAsync(migrate: true, token);

            await using var check = app.Services.CreateAsyncScope();
            var db = check.ServiceProvider.GetRequiredService<RenkeiDbContext>();
            await output.WriteLineAsync($"Database ({DatabaseSetup.Provider(app.Configuration)}): {(pending.Length == 0 ? "already up to date" : $"applied {pending.Length} migration(s)")}.");
            foreach (var name in pending) await output.WriteLineAsync($"  {name}");
            await output.WriteLineAsync($"Reference data: {await db.Blocks.CountAsync(token)} blocks, {await db.Associations.CountAsync(token)} associations.");
            return AdminCommandLine.Ok;
        }, ct));
        return command;
    }
}
