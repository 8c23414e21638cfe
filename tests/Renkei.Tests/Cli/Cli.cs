using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Infrastructure.Cli;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.Cli;

public record CliResult(int ExitCode, string Out, string Error);

/// <summary>
/// Runs the admin command line in-process against a database of its own (or a factory's), as
/// `dotnet run -- COMMAND ... --Section:Key=value` would, with standard input and output captured.
/// </summary>
public sealed class Cli : IDisposable
{
    public string DataDirectory { get; }
    public string ConnectionString { get; }
    readonly bool ownsDatabase;

    /// <summary>A fresh, empty database and data folder.</summary>
    public Cli()
    {
        DataDirectory = Directory.CreateTempSubdirectory("renkei-cli-").FullName;
        ConnectionString = TestDatabase.Create(DataDirectory);
        ownsDatabase = true;
    }

    /// <summary>The same database and data folder as a running app.</summary>
    public Cli(RenkeiFactory app)
    {
        DataDirectory = app.DataDirectory;
        ConnectionString = app.ConnectionString;
    }

    public string[] Configuration =>
        [$"--Renkei:DataDirectory={DataDirectory}", $"--Database:Provider={TestDatabase.Provider}", $"--ConnectionStrings:Renkei={ConnectionString}"];

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public async Task<CliResult> RunWithInputAsync(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // Configuration first: a test's own --Section:Key=value after it wins, as on a real command line.
        var code = await AdminCommandLine.RunAsync([.. Configuration, .. args], new CliConsole(new StringReader(input), stdout, stderr));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Reads the database directly, outside the app.</summary>
    public async Task<T> QueryAsync<T>(Func<RenkeiDbContext, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<RenkeiDbContext>();
        DatabaseSetup.Configure(options, Enum.Parse<DatabaseProvider>(TestDatabase.Provider, ignoreCase: true), ConnectionString);
        await using var db = new RenkeiDbContext(options.Options);
        return await query(db);
    }

    public void Dispose()
    {
        if (!ownsDatabase) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { TestDatabase.Drop(ConnectionString); } catch (Exception) { /* the server may already be gone at the end of a run */ }
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
