using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Cli;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>`export-directory` and `import-directory` against the database of a running app.</summary>
public class DirectoryCliTests(RenkeiFactory app) : IClassFixture<RenkeiFactory>
{
    string NewFile(string extension) => Path.Combine(app.DataDirectory, "exports", $"directory-{Guid.NewGuid():N}.{extension}");

    [Fact]
    public async Task An_edition_exported_on_the_command_line_imports_as_another_year_with_identical_entries()
    {
        var source = await FilesTesting.RichEditionAsync(app, openable: false, "230006", "041009", "130001");
        var target = await DirectoryData.FreeYearAsync(app, openable: true);
        using var cli = new Cli.Cli(app);
        var file = NewFile("xlsx");

        var export = await cli.RunAsync("export-directory", "--year", source.ToString(), "--format", "xlsx", "--out", file);
        var import = await cli.RunAsync("import-directory", file, "--year", target.ToString());

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("3 associations", export.Out);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains($"FY{target}", import.Out);
        var contents = await app.WithDb(async db => (await db.DirectoryEntries.Include(e => e.Versions)
                .Where(e => e.FiscalYear == source || e.FiscalYear == target).ToListAsync())
            .ToLookup(e => e.FiscalYear, e => (e.AssociationCode, DirectoryJson.Serialize(e.Versions.Single().Content))));
        Assert.Equal(contents[source].OrderBy(c => c.AssociationCode), contents[target].OrderBy(c => c.AssociationCode));
        // The command line exports members-only fields too.
        Assert.Contains("sato230006@example.jp", contents[target].Single(c => c.AssociationCode == "230006").Item2);
        var edition = await app.WithDb(db => db.DirectoryEditions.SingleAsync(e => e.FiscalYear == target));
        Assert.True(edition.Imported);
        Assert.Equal("cli", await app.WithDb(db => db.DirectoryEntries.Where(e => e.FiscalYear == target).Select(e => e.UpdatedBy).FirstAsync()));
    }

    [Theory]
    [InlineData("csv", "協会コード")]
    [InlineData("json", "\"fiscalYear\"")]
    [InlineData("pdf", "%PDF")]
    public async Task Every_format_is_written(string format, string startsWithin)
    {
        var year = await FilesTesting.RichEditionAsync(app, openable: false, "230006");
        using var cli = new Cli.Cli(app);
        var file = NewFile(format);

        var result = await cli.RunAsync("export-directory", "--year", year.ToString(), "--format", format, "--out", file);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(startsWithin, System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file).Take(300).ToArray()));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.partial"));
    }

    [Fact]
    public async Task A_broken_file_prints_each_problem_with_its_place_exits_1_and_saves_nothing()
    {
        var source = await FilesTesting.RichEditionAsync(app, openable: false, "230006", "041009");
        var target = await DirectoryData.FreeYearAsync(app, openable: true);
        using var cli = new Cli.Cli(app);
        var file = NewFile("xlsx");
        await cli.RunAsync("export-directory", "--year", source.ToString(), "--format", "xlsx", "--out", file);
        var xlsx = File.ReadAllBytes(file);
        using (var book = FilesTesting.Open(xlsx))
        {
            var main = book.Sheet("協会");
            File.WriteAllBytes(file, FilesTesting.Edit(xlsx, ("協会", $"{book.ColumnOf(main, "staff.regular")}{book.RowOf(main, "041009")}", "2.5")));
        }

        var result = await cli.RunAsync("import-directory", file, "--year", target.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was saved", result.Error);
        Assert.Matches(@"Sheet 協会, row \d+, column [A-Z]+ \(Staff: regular\): Enter a whole number\.", result.Error);
        Assert.False(await app.WithDb(db => db.DirectoryEditions.AnyAsync(e => e.FiscalYear == target)));
    }

    [Theory]
    [InlineData("export-directory", "--year", "2023", "--format", "docx", "--out", "x.docx")]
    [InlineData("export-directory", "--format", "xlsx", "--out", "x.xlsx")]
    [InlineData("import-directory", "--year", "2019")]
    [InlineData("import-directory", "/no/such/file.xlsx", "--year", "2019")]
    public async Task Bad_arguments_exit_2(params string[] args)
    {
        using var cli = new Cli.Cli(app);
        _ = app.Services;
        Assert.Equal(2, (await cli.RunAsync(args)).ExitCode);
    }

    [Fact]
    public async Task A_year_without_an_edition_exits_1()
    {
        using var cli = new Cli.Cli(app);
        var year = await DirectoryData.FreeYearAsync(app);
        var result = await cli.RunAsync("export-directory", "--year", year.ToString(), "--format", "json", "--out", NewFile("json"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"no directory edition for FY{year}", result.Error);
    }
}
