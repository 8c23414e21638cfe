using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Email;

/// <summary>
/// Rings <see cref="OutboxSignal"/> once new outbox rows are committed: right after SaveChanges when no
/// transaction is open, otherwise when the transaction commits (before that, the sender could not see them).
/// </summary>
sealed class OutboxWakeInterceptor(OutboxSignal signal) : AfterCommitInterceptor
{
    protected override bool Watches(EntityEntry entry) => entry is { Entity: OutboxMessage, State: EntityState.Added };

    protected override ValueTask CommittedAsync(CancellationToken ct)
    {
        signal.Wake();
        return ValueTask.CompletedTask;
    }
}
