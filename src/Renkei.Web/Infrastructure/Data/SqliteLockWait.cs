using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Renkei.Web.Infrastructure.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock another connection holds, polling every few milliseconds, instead of
/// answering "busy" at once. SQLite takes one writer at a time; without this, Microsoft.Data.Sqlite retries a busy
/// write after sleeping 150 ms on the request's thread. Under load (offers posted while hundreds read the board) those
/// sleeps took the thread pool's few threads from every other request (bench/disasters.sh).
/// Set on every opening, since a pooled connection may be a new one.
/// </summary>
public sealed class SqliteLockWait : DbConnectionInterceptor
{
    /// <summary>How long a writer waits for the lock before the save fails (Microsoft.Data.Sqlite's own default).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    static readonly string Pragma = $"PRAGMA busy_timeout = {(int)Longest.TotalMilliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    // Synchronous on purpose: the command answers at once (a pragma takes no lock), and Microsoft.Data.Sqlite runs
    // its async methods synchronously anyway.
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }
}
