using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// What the board reads, loaded once and shared by every reader for a few seconds. On the worst day hundreds of members
/// keep the board open (it reloads itself every minute); loading it for each of them is ten queries a reader, and they
/// queue behind one another (bench/disasters.sh).
/// <list type="bullet">
/// <item>Every committed change to a disaster or to the registry moves a version on (<see cref="BoardChanges"/>); the
/// next read loads afresh and waits for it, so a board read after a change shows it.</item>
/// <item>While that load runs, the readers arriving meanwhile get the board from just before (they would otherwise all
/// queue behind it, offer after offer), except whoever made a change in the last <see cref="WriterWaits"/>: they wait
/// for the board with their change.</item>
/// <item>A board older than <see cref="Lifetime"/> is loaded again, everyone getting the one before meanwhile: that
/// bounds what another app instance, whose memory this one cannot reach, may show after a change made there.</item>
/// </list>
/// </summary>
public sealed class BoardCache(IMemoryCache memory, IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan WriterWaits = TimeSpan.FromSeconds(10);

    // A load of one version started at a time (Environment.TickCount64), and the last load done before it (for readers
    // who need not wait).
    sealed record Entry(long Version, long Started, Task Load, Task? Before);

    // Entries outlive their Lifetime (the copy from before stays at hand while a board reloads); unused ones go.
    static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(10);

    readonly Lock gate = new();
    // When each user last changed a disaster (Environment.TickCount64): one entry per user who ever did, a few hundred.
    readonly ConcurrentDictionary<string, long> writers = new();
    long disasters;
    long registry;

    /// <summary>A disaster, or something under it, has changed (called once it is committed), by this user if known.</summary>
    public void DisasterChanged(string? userId)
    {
        Interlocked.Increment(ref disasters);
        if (userId is not null) writers[userId] = Environment.TickCount64;
    }

    /// <summary>The registry (names, blocks, block roles) has changed (called once it is committed).</summary>
    public void RegistryChanged() => Interlocked.Increment(ref registry);

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
        var justChanged = user.UserId() is { } userId && writers.TryGetValue(userId, out var at)
            && Environment.TickCount64 - at < WriterWaits.TotalMilliseconds;
        return await DataAsync(id, who, today, mayBeBefore: !justChanged, ct) is { } data ? new BoardView(data, who, now) : null;
    }

    /// <summary>The board's shared part under the caller's block rule (the secretariat's, or one block's); null when there is no such disaster.</summary>
    Task<BoardData?> DataAsync(int id, Responder who, DateOnly today, bool mayBeBefore, CancellationToken ct) =>
        SharedAsync(("board", id, who.IsSecretariat, who.BlockId, today), Versions.Both, mayBeBefore, db =>
            BoardData.Load(db, id, who with { AssociationCode = null }, AssociationBook.Load(db, today)), ct);

    /// <summary>The registry snapshot of <paramref name="today"/>, for names and for <see cref="Responder.Of"/>.</summary>
    public Task<AssociationBook> BookAsync(DateOnly today, CancellationToken ct) =>
        SharedAsync(("book", today), Versions.Registry, false, db => AssociationBook.Load(db, today), ct);

    /// <summary>When the disaster's first request falls due for automatic escalation (null: none is waiting for it).</summary>
    public Task<DateTime?> EscalationDueAsync(int id, CancellationToken ct) =>
        SharedAsync(("escalation", id), Versions.Disasters, false, db => Support.EscalationSweep.NextDue(db, id), ct);

    enum Versions { Disasters, Registry, Both }

    Task<T> SharedAsync<T>(object key, Versions on, bool mayBeBefore, Func<RenkeiDbContext, T> loader, CancellationToken ct)
    {
        Task<T> task;
        // Under the lock only the check and the start: the readers arriving while it loads share the same load.
        lock (gate)
        {
            var current = on switch
            {
                Versions.Disasters => Volatile.Read(ref disasters),
                Versions.Registry => Volatile.Read(ref registry),
                // Both counters only grow, so their sum changes whenever either does.
                _ => Volatile.Read(ref disasters) + Volatile.Read(ref registry),
            };
            var now = Environment.TickCount64;
            memory.TryGetValue(key, out Entry? entry);
            var usable = entry is not null && !entry.Load.IsFaulted && !entry.Load.IsCanceled;
            if (usable && entry!.Version == current && now - entry.Started < Lifetime.TotalMilliseconds)
                task = (Task<T>)(mayBeBefore && !entry.Load.IsCompleted && entry.Before is not null ? entry.Before : entry.Load);
            else
            {
                var before = entry?.Load is { IsCompletedSuccessfully: true } done ? done : entry?.Before;
                var load = LoadAsync(loader);
                memory.Set(key, new Entry(current, now, load, before), new MemoryCacheEntryOptions { SlidingExpiration = KeptUnused });
                // Renewed for its age only (nothing changed here, perhaps on another instance): everyone may have the
                // copy from before meanwhile. Renewed for a change: the reader who comes first waits for it.
                task = usable && entry!.Version == current && before is not null ? (Task<T>)before : load;
            }
        }
        return task.WaitAsync(ct);
    }

    // In its own scope and without the reader's cancellation: the load is shared, so no one reader may dispose or cancel
    // it. On a thread of its own, with synchronous queries: under hundreds of readers every await of an async load waits
    // its turn behind their work in the thread pool (with PostgreSQL that made a load take a second). The readers waiting
    // for it go on in parallel once it is done, not one after another on the loading thread.
    Task<T> LoadAsync<T>(Func<RenkeiDbContext, T> load)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task.Factory.StartNew(() =>
        {
            try
            {
                using var scope = scopes.CreateScope();
                done.SetResult(load(scope.ServiceProvider.GetRequiredService<RenkeiDbContext>()));
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return done.Task;
    }
}
