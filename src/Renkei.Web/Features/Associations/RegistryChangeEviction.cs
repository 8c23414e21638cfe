using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Associations;

/// <summary>
/// Evicts the cached public pages whenever blocks, associations, their versions or block roles are
/// saved, whoever saves them (registry pages, the API, the command line), so no caller can forget.
/// Eviction waits for the commit when the save runs inside a transaction (the audited save does):
/// evicting earlier would let a concurrent reader cache the not-yet-committed old state again.
/// </summary>
public class RegistryChangeEviction(IOutputCacheStore store) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    static readonly HashSet<Type> RegistryTypes = [typeof(Block), typeof(Association), typeof(AssociationVersion), typeof(BlockRole)];

    // Contexts whose registry changes are saved but whose transaction has not committed yet.
    readonly ConditionalWeakTable<DbContext, object> pending = new();
    readonly ConditionalWeakTable<DbContext, object> changing = new();

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        CommittedAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default) =>
        CommittedAsync(eventData.Context, ct).AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Whether saving an entity of this type changes what the cached public pages show.</summary>
    protected virtual bool Watches(Type entityType) => RegistryTypes.Contains(entityType);

    void Note(DbContext? context)
    {
        if (context is null) return;
        var touchesRegistry = context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watches(e.Metadata.ClrType));
        if (touchesRegistry) changing.AddOrUpdate(context, true);
    }

    async ValueTask SettleAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !changing.Remove(context)) return;
        if (context.Database.CurrentTransaction is not null) pending.AddOrUpdate(context, true);
        else await PublicPageCache.EvictAsync(store, ct);
    }

    async ValueTask CommittedAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not null && pending.Remove(context)) await PublicPageCache.EvictAsync(store, ct);
    }

    void Forget(DbContext? context)
    {
        if (context is null) return;
        pending.Remove(context);
        changing.Remove(context);
    }
}

public static class PublicPageCacheSetup
{
    /// <summary>Evicts the cached public pages on every registry save (the output cache itself is in WebPlumbing).</summary>
    public static WebApplicationBuilder AddPublicPageCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegistryChangeEviction>();
        builder.Services.ConfigureDbContext<RenkeiDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<RegistryChangeEviction>()));
        return builder;
    }
}
