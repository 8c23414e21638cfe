using Microsoft.EntityFrameworkCore.ChangeTracking;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// Renews the boards (<see cref="BoardCache"/>) once a change to a disaster is committed: the disaster, its affected
/// associations, requests, offers and their steps, the timeline.
/// </summary>
public sealed class BoardChanges(BoardCache boards, IHttpContextAccessor http) : AfterCommitInterceptor
{
    static readonly HashSet<Type> Watched =
        [typeof(Disaster), typeof(AffectedAssociation), typeof(SupportRequest), typeof(SupportOffer), typeof(OfferStep), typeof(DisasterEvent)];

    protected override bool Watches(EntityEntry entry) => Watched.Contains(entry.Metadata.ClrType);

    protected override ValueTask CommittedAsync(CancellationToken ct)
    {
        boards.DisasterChanged(http.HttpContext?.User.UserId());
        return ValueTask.CompletedTask;
    }
}

/// <summary>Renews the boards' registry snapshot (names, blocks, block roles) once a registry change is committed.</summary>
public sealed class BoardRegistryChanges(BoardCache boards) : AfterCommitInterceptor
{
    static readonly HashSet<Type> Watched = [typeof(Block), typeof(Association), typeof(AssociationVersion), typeof(BlockRole)];

    protected override bool Watches(EntityEntry entry) => Watched.Contains(entry.Metadata.ClrType);

    protected override ValueTask CommittedAsync(CancellationToken ct)
    {
        boards.RegistryChanged();
        return ValueTask.CompletedTask;
    }
}
