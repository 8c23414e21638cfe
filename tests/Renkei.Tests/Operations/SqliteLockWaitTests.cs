using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.Operations;

/// <summary>
/// SQLite's own wait for the write lock is set on every connection the app opens, new or pooled: without it a write
/// meeting another one sleeps 150 ms on the request's thread (Microsoft.Data.Sqlite's retry), which under load took the
/// thread pool from every reader (bench/disasters.sh). PostgreSQL has no such lock and gets no such setting.
/// </summary>
public class SqliteLockWaitTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Every_connection_waits_for_the_write_lock_on_sqlite_only()
    {
        var waits = await factory.WithServices(async services =>
        {
            var found = new List<long>();
            // Twice: the second opening takes the first one's connection from the pool.
            for (var i = 0; i < 2; i++)
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<RenkeiDbContext>();
                var registered = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!
                    .OfType<SqliteLockWait>().Any();
                Assert.Equal(!TestDatabase.IsPostgres, registered);
                if (TestDatabase.IsPostgres) continue;
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA busy_timeout;";
                found.Add((long)(await command.ExecuteScalarAsync())!);
                await db.Database.CloseConnectionAsync();
            }
            return found;
        });
        Assert.Equal(TestDatabase.IsPostgres ? new List<long>() : [30_000L, 30_000L], waits);
    }
}
