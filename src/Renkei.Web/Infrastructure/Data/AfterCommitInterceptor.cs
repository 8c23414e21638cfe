using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Renkei.Web.Infrastructure.Data;

/// <summary>
/// Acts once saved changes a subclass watches are committed: right after SaveChanges when no transaction is open,
/// otherwise when the transaction commits, never when it rolls back. Acting earlier would let a concurrent reader see
/// (and cache) the not-yet-committed old state again, or a worker look for rows it cannot see yet. Whoever saves
/// (pages, the API, the command line) triggers it, so no caller can forget.
/// </summary>
public abstract class AfterCommitInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts with watched changes being saved, and those saved inside a transaction not committed yet.
    readonly ConditionalWeakTable<DbContext, object> changing = new();
    readonly ConditionalWeakTable<DbContext, object> pending = new();

    /// <summary>Whether this added, modified or deleted entity concerns the subclass.</summary>
    protected abstract bool Watches(EntityEntry entry);

    /// <summary>What to do once such a change is committed.</summary>
    protected abstract ValueTask CommittedAsync(CancellationToken ct);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SettleAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        await SettleAsync(eventData.Context, ct);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null) changing.Remove(eventData.Context);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is not null) changing.Remove(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        OnCommitAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default) =>
        OnCommitAsync(eventData.Context, ct).AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    void Note(DbContext? context)
    {
        if (context is null) return;
        if (context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watches(e)))
            changing.AddOrUpdate(context, true);
    }

    async ValueTask SettleAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !changing.Remove(context)) return;
        if (context.Database.CurrentTransaction is not null) pending.AddOrUpdate(context, true);
        else await CommittedAsync(ct);
    }

    async ValueTask OnCommitAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not null && pending.Remove(context)) await CommittedAsync(ct);
    }

    void Forget(DbContext? context)
    {
        if (context is null) return;
        pending.Remove(context);
        changing.Remove(context);
    }
}
