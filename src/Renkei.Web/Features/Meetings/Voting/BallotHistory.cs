using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>
/// The ballots a caller may read, history included: the secretariat all of a meeting's; an association its own
/// (those cast for it, also by the holder of its proxy) and those its representative cast as a proxy holder.
/// Another association's ballots are never visible: a secret vote among members until the tally is published.
/// </summary>
public static class BallotHistory
{
    public static async Task<List<Ballot>> VisibleAsync(RenkeiDbContext db, Meeting meeting, ClaimsPrincipal user, int? itemId = null, CancellationToken ct = default)
    {
        var ballots = db.Ballots.AsNoTracking().Where(b => b.MeetingId == meeting.Id);
        if (itemId is { } id) ballots = ballots.Where(b => b.AgendaItemId == id);
        if (!user.IsSecretariat())
        {
            var code = user.AssociationCodeOf() ?? "";
            var chair = meeting.ChairAssociationCode == code;
            ballots = ballots.Where(b => b.AssociationCode == code || b.ProxyHolderCode == code || (chair && b.ProxyHolderCode == Ballot.ChairHolder));
        }
        return await ballots.OrderBy(b => b.AgendaItemId).ThenBy(b => b.CandidateNumber).ThenBy(b => b.AssociationCode).ThenBy(b => b.Sequence).ToListAsync(ct);
    }

    /// <summary>The ballot that counts for each (item, candidate, association): the latest.</summary>
    public static Dictionary<BallotKey, Ballot> Latest(IEnumerable<Ballot> ballots) =>
        ballots.GroupBy(BallotKey.Of).ToDictionary(g => g.Key, g => g.MaxBy(b => (b.Sequence, b.Id))!);
}

/// <summary>One association's vote on one item (or one candidate of it): the unit that has one counted ballot.</summary>
public readonly record struct BallotKey(int ItemId, int Candidate, string Association)
{
    public static BallotKey Of(Ballot b) => new(b.AgendaItemId, b.CandidateNumber, b.AssociationCode);

    /// <summary>The form field name of this vote: association-item-candidate.</summary>
    public string Field => $"{Association}-{ItemId}-{Candidate}";

    public static BallotKey? Parse(string field)
    {
        var parts = field.Split('-');
        return parts.Length == 3 && parts[0].Length == 6 && parts[0].All(char.IsAsciiDigit)
            && int.TryParse(parts[1], out var item) && int.TryParse(parts[2], out var candidate)
            ? new BallotKey(item, candidate, parts[0])
            : null;
    }
}
