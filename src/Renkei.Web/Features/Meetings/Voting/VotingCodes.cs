namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>The codes the API and the forms use for choices and rules (JSON values, form values).</summary>
public static class VotingCodes
{
    /// <summary>"for", "against" or "abstain" (any case, spaces around allowed); null for anything else.</summary>
    public static BallotChoice? Choice(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "for" => BallotChoice.For,
        "against" => BallotChoice.Against,
        "abstain" => BallotChoice.Abstain,
        _ => null,
    };

    public static readonly BallotChoice[] Choices = [BallotChoice.For, BallotChoice.Against, BallotChoice.Abstain];

    public static string Quorum(QuorumRule rule) => rule switch
    {
        QuorumRule.Majority => "majority",
        QuorumRule.TwoThirds => "two-thirds",
        QuorumRule.OneThird => "one-third",
        _ => "none",
    };

    public static bool PerCandidate(AgendaItem item) => item.Kind == AgendaItemKind.Election && item.ElectionMode == ElectionMode.PerCandidate;

    /// <summary>What one votes on in an item: the item itself (0), or each candidate of a per-candidate election.</summary>
    public static IEnumerable<int> Targets(AgendaItem item) =>
        PerCandidate(item) ? item.Candidates.OrderBy(c => c.Number).Select(c => c.Number) : [0];
}
