using Npgsql;

namespace Renkei.Tests.Infrastructure;

/// <summary>
/// Which database the suite runs on: SQLite by default; PostgreSQL when RENKEI_TEST_PROVIDER=Postgres,
/// with RENKEI_TEST_PG naming the server (scripts/test.sh starts one on 127.0.0.1:55432).
/// Every app instance gets a database of its own, made through the real migrations.
/// </summary>
public static class TestDatabase
{
    public static string Provider =>
        Environment.GetEnvironmentVariable("RENKEI_TEST_PROVIDER") is { Length: > 0 } p ? p : "Sqlite";

    public static bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("RENKEI_TEST_PG") is { Length: > 0 } cs
            ? cs
            : "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    /// <summary>Creates an empty database (PostgreSQL) or picks a file (SQLite) and returns its connection string.</summary>
    public static string Create(string dataDirectory)
    {
        if (!IsPostgres) return $"Data Source={Path.Combine(dataDirectory, "renkei.db")}";
        var name = "renkei_t_" + Guid.NewGuid().ToString("N")[..16];
        using (var conn = new NpgsqlConnection(ServerConnectionString))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            cmd.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public static void Drop(string connectionString)
    {
        if (!IsPostgres) return;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(ServerConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        cmd.ExecuteNonQuery();
    }
}
