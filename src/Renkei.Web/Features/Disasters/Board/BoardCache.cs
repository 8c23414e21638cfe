using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// What the board reads, loaded once and shared by every reader for a few seconds. On the worst day hundreds of members
/// keep the board open (it reloads itself every minute); loading it for each of them is ten queries a reader, and they
/// queue behind one another (bench/disasters.sh). Every committed change to a disaster or to the registry moves the
/// version on (<see cref="BoardChanges"/>), so the next read loads afresh: whoever has just offered, decided or reported
/// sees it at once. <see cref="Lifetime"/> only bounds what another app instance, whose memory this one cannot reach,
/// may show after a change made there.
/// </summary>
public sealed class BoardCache(IMemoryCache memory, IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    sealed record Entry(long Version, Task Load);

    readonly Lock gate = new();
    long version;

    /// <summary>Something a board shows has changed (called once it is committed).</summary>
    public void Changed() => Interlocked.Increment(ref version);

    /// <summary>
    /// The board as the caller may see it, from the shared parts; null when there is no such disaster. Escalation does
    /// not wait for the worker's next minute: a request overdue is escalated (with the request's services) before the
    /// board is shown.
    /// </summary>
    public async Task<BoardView?> ViewAsync(int id, ClaimsPrincipal user, IServiceProvider services, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await EscalationDueAsync(id, ct) <= now) await services.GetRequiredService<Support.EscalationSweep>().RunAsync(id, ct);
        var today = JapanDate.Today(clock);
        var who = Responder.Of(user, await BookAsync(today, ct));
        return await DataAsync(id, who, today, ct) is { } data ? new BoardView(data, who, now) : null;
    }

    /// <summary>The board's shared part under the caller's block rule (the secretariat's, or one block's); null when there is no such disaster.</summary>
    public Task<BoardData?> DataAsync(int id, Responder who, DateOnly today, CancellationToken ct) =>
        SharedAsync(("board", id, who.IsSecretariat, who.BlockId, today), async db =>
            await BoardData.LoadAsync(db, id, who with { AssociationCode = null }, await AssociationBook.LoadAsync(db, today)), ct);

    /// <summary>The registry snapshot of <paramref name="today"/>, for names and for <see cref="Responder.Of"/>.</summary>
    public Task<AssociationBook> BookAsync(DateOnly today, CancellationToken ct) =>
        SharedAsync(("book", today), db => AssociationBook.LoadAsync(db, today), ct);

    /// <summary>When the disaster's first request falls due for automatic escalation (null: none is waiting for it).</summary>
    public Task<DateTime?> EscalationDueAsync(int id, CancellationToken ct) =>
        SharedAsync(("escalation", id), db => Support.EscalationSweep.NextDueAsync(db, id), ct);

    Task<T> SharedAsync<T>(object key, Func<RenkeiDbContext, Task<T>> load, CancellationToken ct)
    {
        Task<T> task;
        // Under the lock only the check and the start: the readers arriving while it loads wait for the same load.
        lock (gate)
        {
            var current = Volatile.Read(ref version);
            if (memory.TryGetValue(key, out Entry? entry) && entry!.Version == current && !entry.Load.IsFaulted && !entry.Load.IsCanceled)
                task = (Task<T>)entry.Load;
            else
            {
                task = LoadAsync(load);
                memory.Set(key, new Entry(current, task), Lifetime);
            }
        }
        return task.WaitAsync(ct);
    }

    // In its own scope and without the reader's cancellation: the load is shared, so no one reader may dispose or cancel it.
    async Task<T> LoadAsync<T>(Func<RenkeiDbContext, Task<T>> load)
    {
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        return await load(scope.ServiceProvider.GetRequiredService<RenkeiDbContext>());
    }
}
