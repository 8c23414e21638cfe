using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    public const string SqliteMigrations = "Renkei.Migrations.Sqlite";
    public const string PostgresMigrations = "Renkei.Migrations.Postgres";

    /// <summary>The one folder for everything Renkei writes locally (database, mail drops, backups, keys).</summary>
    public static string DataDirectory(IConfiguration config) =>
        Path.GetFullPath(config["Renkei:DataDirectory"] is { Length: > 0 } d ? d : "data");

    public static DatabaseProvider Provider(IConfiguration config) =>
        (config["Database:Provider"] ?? "Sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{other}'."),
        };

    public static string ConnectionString(IConfiguration config) =>
        config.GetConnectionString("Renkei") is { Length: > 0 } cs ? cs
        : Provider(config) == DatabaseProvider.Sqlite ? $"Data Source={Path.Combine(DataDirectory(config), "renkei.db")}"
        : throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Renkei is not set.");

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        LoadMigrationsAssembliesFromAppFolder();
        if (provider == DatabaseProvider.Sqlite)
            options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations)).AddInterceptors(LockWait);
        else
            options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrations));
    }

    /// <summary>
    /// The migrations assemblies are copied beside this one after the build (they reference it, so it
    /// cannot reference them); they are not in the deps file, so the runtime is told where to find them.
    /// </summary>
    static void LoadMigrationsAssembliesFromAppFolder()
    {
        if (Interlocked.Exchange(ref resolverInstalled, 1) == 1) return;
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is SqliteMigrations or PostgresMigrations
            && Path.Combine(AppContext.BaseDirectory, name.Name + ".dll") is var path && File.Exists(path)
                ? context.LoadFromAssemblyPath(path)
                : null;
    }

    static int resolverInstalled;
    static readonly SqliteLockWait LockWait = new();

    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var provider = Provider(config);
        var connectionString = ConnectionString(config);
        if (provider == DatabaseProvider.Sqlite) Directory.CreateDirectory(DataDirectory(config));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentActor>();
        builder.Services.AddDbContext<RenkeiDbContext>(o => Configure(o, provider, connectionString));
        builder.Services.AddHealthChecks().AddDbContextCheck<RenkeiDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Applies migrations (unless Database:MigrateOnStartup is false) and loads reference data.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool migrate, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RenkeiDbContext>();
        if (migrate) await MigrateAsync(db, ct);
        await ReferenceData.LoadAsync(db, ct);
        await AccountSeed.EnsureRolesAsync(scope.ServiceProvider);
    }

    public static async Task MigrateAsync(RenkeiDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        // WAL lets readers go on while a writer commits, and is what makes an online backup consistent.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
