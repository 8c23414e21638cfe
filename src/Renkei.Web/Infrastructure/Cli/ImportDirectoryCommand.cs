using System.CommandLine;
using Renkei.Web.Features.Directory.Files;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>
/// `import-directory FILE --year YYYY`: loads a past edition from an xlsx workbook in the export's layout, as the
/// secretariat's import page does: the whole file is checked, every problem printed with its sheet, row and
/// column (exit 1, nothing saved); otherwise the edition is published as imported.
/// </summary>
static class ImportDirectoryCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The xlsx workbook (the layout of export-directory --format xlsx)." };
        var year = new Option<int>("--year") { Description = "The fiscal year (年度) the file is, e.g. 2019.", Required = true };
        var command = new Command("import-directory", "Import a past directory edition from an xlsx workbook; it is published as it is. Exit 1 with every problem listed, and nothing saved, if anything is wrong.")
        {
            file, year,
        };
        command.SetAction((parsed, ct) => CliHost.RunAsync(context, async (app, token) =>
        {
            var path = Path.GetFullPath(parsed.GetValue(file)!);
            if (!File.Exists(path)) throw new CliException($"There is no file {path}.", AdminCommandLine.BadArguments);
            if (new FileInfo(path).Length > DirectoryImport.MaxBytes)
                throw new CliException($"{path} is larger than {DirectoryImport.MaxBytes / 1024 / 1024} MB.");
            await using var scope = app.Services.CreateAsyncScope();
            await CliHost.EnsureMigratedAsync(scope.ServiceProvider.GetRequiredService<RenkeiDbContext>(), token);
            var import = scope.ServiceProvider.GetRequiredService<DirectoryImport>();
            await using var stream = File.OpenRead(path);
            var result = await import.ImportAsync(stream, parsed.GetValue(year), scope.ServiceProvider.GetRequiredService<CurrentActor>().Name, token);
            if (!result.Done)
            {
                await context.Console.Error.WriteLineAsync($"error: {path} was not imported; nothing was saved.");
                foreach (var problem in result.Problems) await context.Console.Error.WriteLineAsync($"  {problem}");
                if (result.MoreProblems > 0) await context.Console.Error.WriteLineAsync($"  ... and {result.MoreProblems} more.");
                return AdminCommandLine.Failed;
            }
            await context.Console.Out.WriteLineAsync($"Imported and published the FY{parsed.GetValue(year)} directory: {result.Entries} associations.");
            return AdminCommandLine.Ok;
        }, ct));
        return command;
    }
}
