using Microsoft.EntityFrameworkCore.ChangeTracking;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// Renews the boards (<see cref="BoardCache"/>) once a change to anything they show is committed: a disaster, its
/// affected associations, requests, offers and their steps, the timeline, or the registry (names, blocks, block roles).
/// </summary>
public sealed class BoardChanges(BoardCache boards) : AfterCommitInterceptor
{
    static readonly HashSet<Type> Shown =
    [
        typeof(Disaster), typeof(AffectedAssociation), typeof(SupportRequest), typeof(SupportOffer), typeof(OfferStep), typeof(DisasterEvent),
        typeof(Block), typeof(Association), typeof(AssociationVersion), typeof(BlockRole),
    ];

    protected override bool Watches(EntityEntry entry) => Shown.Contains(entry.Metadata.ClrType);

    protected override ValueTask CommittedAsync(CancellationToken ct)
    {
        boards.Changed();
        return ValueTask.CompletedTask;
    }
}
