using System.CommandLine;
using Renkei.Web.Features.Directory.Files;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>
/// `export-directory --year YYYY --format xlsx|csv|json|pdf --out FILE`: an edition's file with every field
/// (members-only ones too: the command line is an administrator's). An unpublished edition is exported as a
/// working copy, marked so. Written under a temporary name and renamed, so FILE is never half written.
/// </summary>
static class ExportDirectoryCommand
{
    delegate void Writer(EditionFile file, Stream output);

    static readonly Dictionary<string, Writer> Formats = new()
    {
        ["xlsx"] = DirectoryXlsx.Write,
        ["csv"] = DirectoryCsv.Write,
        ["json"] = DirectoryJsonExport.Write,
        ["pdf"] = DirectoryPdf.Write,
    };

    public static Command Create(CliContext context)
    {
        var year = new Option<int>("--year") { Description = "The fiscal year (年度) of the edition, e.g. 2023.", Required = true };
        var format = new Option<string>("--format") { Description = "xlsx, csv, json or pdf.", Required = true };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string>("--out") { Description = "The file to write (replaced if it exists).", Required = true };
        var command = new Command("export-directory", "Write an edition of the directory as xlsx, csv, json or pdf, with every field (members-only ones too).")
        {
            year, format, output,
        };
        command.SetAction((parsed, ct) => CliHost.RunAsync(context, async (app, token) =>
        {
            var target = Path.GetFullPath(parsed.GetValue(output)!);
            await using var scope = app.Services.CreateAsyncScope();
            await CliHost.EnsureMigratedAsync(scope.ServiceProvider.GetRequiredService<RenkeiDbContext>(), token);
            var file = await scope.ServiceProvider.GetRequiredService<DirectoryExports>().LoadAsync(parsed.GetValue(year), members: true, secretariat: true, token)
                ?? throw new CliException($"There is no directory edition for FY{parsed.GetValue(year)}.");
            if (Path.GetDirectoryName(target) is { } folder) Directory.CreateDirectory(folder);
            var temp = $"{target}.{Guid.NewGuid():N}.partial";
            try
            {
                await using (var stream = File.Create(temp)) Formats[parsed.GetValue(format)!](file, stream);
                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }
            var note = file.WorkingCopy ? " (working copy: the edition is not published)" : "";
            await context.Console.Out.WriteLineAsync($"Wrote the FY{file.FiscalYear} directory{note}, {file.Entries.Count} associations, to {target} ({new FileInfo(target).Length:N0} bytes).");
            return AdminCommandLine.Ok;
        }, ct));
        return command;
    }
}
