using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters;

/// <summary>
/// The signed-in caller as disaster support sees them: the secretariat, or a user of an association with its block and
/// the blocks it coordinates this fiscal year (chair or vice-chair association: when the chair is itself hit, the
/// vice-chair steps in). The rules of who sees and who acts live here, and pages, API and files all ask them.
/// </summary>
public sealed record Responder(bool IsSecretariat, string? AssociationCode, string? BlockId, IReadOnlySet<string> CoordinatedBlocks, string Name)
{
    public static async Task<Responder> OfAsync(RenkeiDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct = default)
    {
        var name = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";
        if (user.IsSecretariat()) return new Responder(true, null, null, new HashSet<string>(), name);
        var code = user.AssociationCodeOf();
        if (code is null) return new Responder(false, null, null, new HashSet<string>(), name);
        var block = await db.AssociationVersions.Where(v => v.AssociationCode == code && v.ValidTo == null)
            .OrderByDescending(v => v.ValidFrom).Select(v => v.BlockId).FirstOrDefaultAsync(ct);
        var year = FiscalYear.Of(JapanDate.Today(clock));
        var coordinated = await db.BlockRoles.Where(r => r.AssociationCode == code && r.FiscalYear == year).Select(r => r.BlockId).ToListAsync(ct);
        return new Responder(false, code, block, coordinated.ToHashSet(), name);
    }

    /// <summary>
    /// The same as <see cref="OfAsync"/>, from a registry snapshot (<see cref="Board.BoardCache"/> keeps one, renewed on every
    /// registry change): for reads under load and for offers, where two queries each would add up. Other steps use <see cref="OfAsync"/>.
    /// </summary>
    public static Responder Of(ClaimsPrincipal user, Board.AssociationBook book)
    {
        var name = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";
        if (user.IsSecretariat()) return new Responder(true, null, null, new HashSet<string>(), name);
        if (user.AssociationCodeOf() is not { } code) return new Responder(false, null, null, new HashSet<string>(), name);
        return new Responder(false, code, book.Find(code)?.BlockId, book.BlocksCoordinatedBy(code), name);
    }

    /// <summary>Coordinates a block: its chair or vice-chair association this year, or the secretariat (every block).</summary>
    public bool Coordinates(string blockId) => IsSecretariat || CoordinatedBlocks.Contains(blockId);

    /// <summary>May act for an association (report its status, post its requests, decide on offers to it): its own
    /// users, its block's chair or vice-chair, the secretariat.</summary>
    public bool ActsFor(string associationCode, string blockId) => associationCode == AssociationCode || Coordinates(blockId);

    /// <summary>Sees a request: the secretariat always; the associations of its block; everyone once escalated.</summary>
    public bool Sees(SupportRequest request) => IsSecretariat || request.IsEscalated || request.BlockId == BlockId;

    /// <summary>May decide on offers to a request (accept, decline).</summary>
    public bool Decides(SupportRequest request) => ActsFor(request.AssociationCode, request.BlockId);

    /// <summary>May escalate a request by hand: its block's chair or vice-chair, or the secretariat.</summary>
    public bool Escalates(SupportRequest request) => Coordinates(request.BlockId);
}

/// <summary>The queries that keep a request inside its block until escalation (another block's users get 404).</summary>
public static class DisasterAccess
{
    public static IQueryable<SupportRequest> VisibleTo(this IQueryable<SupportRequest> requests, Responder who) =>
        who.IsSecretariat ? requests : requests.Where(r => r.EscalatedAt != null || r.BlockId == who.BlockId);

    public static IQueryable<DisasterEvent> VisibleTo(this IQueryable<DisasterEvent> events, Responder who) =>
        who.IsSecretariat ? events : events.Where(e => e.RequestId == null || e.Request!.EscalatedAt != null || e.Request.BlockId == who.BlockId);

    public static IQueryable<SupportOffer> VisibleTo(this IQueryable<SupportOffer> offers, Responder who) =>
        who.IsSecretariat ? offers : offers.Where(o => o.Request!.EscalatedAt != null || o.Request.BlockId == who.BlockId);

    /// <summary>
    /// The request with its offers and their steps, if the caller may see it; else null (→ 404). One query: the offers
    /// and their steps are one chain, so joined they give a row per step (per offer without one), no more. Split, it was
    /// three round trips on every offer and decision, each a wait behind the readers' work in the thread pool.
    /// </summary>
    public static Task<SupportRequest?> FindVisibleRequestAsync(RenkeiDbContext db, int disasterId, int requestId, Responder who, CancellationToken ct = default) =>
        db.SupportRequests.VisibleTo(who).Include(r => r.Disaster).Include(r => r.Offers).ThenInclude(o => o.Steps)
            .AsSingleQuery().SingleOrDefaultAsync(r => r.Id == requestId && r.DisasterId == disasterId, ct);

    /// <summary>Each association's current block, for routing and for the tile map.</summary>
    public static Task<Dictionary<string, string>> BlocksAsync(RenkeiDbContext db, CancellationToken ct = default) =>
        db.AssociationVersions.Where(v => v.ValidTo == null).ToDictionaryAsync(v => v.AssociationCode, v => v.BlockId, ct);
}
