using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Meetings.Voting;

public sealed record QuorumResource(string Rule, int Invited, int Present, int Required, bool Met);

/// <summary>for / against / abstain among the counted ballots, and notVoting: of the base (present, or all invited
/// for a written resolution) those that cast none.</summary>
public sealed record CountsResource(int For, int Against, int Abstain, int NotVoting);

public sealed record ChannelsResource(int Written, int Online, int Recorded);

/// <summary>code: open, reported, approved, carried, elected, rejected, no-quorum, not-consented; label as the minutes print it.</summary>
public sealed record VerdictResource(string Code, string Label, bool Unanimous, string Explanation);

public sealed record CandidateResultResource(int Number, string Name, string? Title, string Association, string Position,
    CountsResource? Counts, ChannelsResource? ByChannel, int? ByProxy, VerdictResource Verdict);

/// <summary>One agenda item's result. counts, byChannel and byProxy are null while hidden from the caller (a member
/// before the item is final) and for reports; a per-candidate election has them per candidate.</summary>
public sealed record ItemResultResource(int Id, int Number, string Label, string Kind, string Title, string? Majority, bool Final,
    CountsResource? Counts, ChannelsResource? ByChannel, int? ByProxy, VerdictResource Verdict, IReadOnlyList<CandidateResultResource> Candidates);

public sealed record MeetingResultsResource(int MeetingId, string Title, string Status, bool Sample, bool ResultsPublic,
    QuorumResource Quorum, IReadOnlyList<ItemResultResource> Items);

/// <summary>Results as API v1 returns them, built from the same report as the page.</summary>
public static class ResultsResources
{
    public static MeetingResultsResource Of(ResultsView view, MeetingResults results, IStringLocalizer<VotingText> text, bool english)
    {
        var q = view.Report.Quorum;
        return new MeetingResultsResource(view.Meeting.Id, view.Meeting.Title(english), Meeting.StatusCode(view.Meeting.Status), view.Meeting.IsSample,
            view.Meeting.ResultsPublic, new QuorumResource(VotingCodes.Quorum(q.Rule), q.Invited, q.Present, q.Required, q.Met),
            view.Report.Items.Select(i => Item(view, i, results, text, english)).ToList());
    }

    public static ItemResultResource Item(ResultsView view, ItemResult r, MeetingResults results, IStringLocalizer<VotingText> text, bool english)
    {
        var item = r.Item;
        var shown = view.Shows(r) && item.IsVoted;
        var whole = !VotingCodes.PerCandidate(item);
        return new ItemResultResource(item.Id, item.Number, item.Label(view.Meeting.Items, english), AgendaItem.KindCode(item.Kind), item.Title(english),
            item.IsVoted ? AgendaItem.MajorityCode(item.Majority) : null, r.Final,
            shown && whole ? Counts(r.Verdict) : null,
            shown && whole ? Channels(ResultsView.Ballots(r, 0)) : null,
            shown && whole ? ResultsView.Ballots(r, 0).Count(b => b.ProxyHolderCode is not null) : null,
            Verdict(r.Verdict, shown || !item.IsVoted, view, item, results, text),
            r.Candidates.Select(c => new CandidateResultResource(c.Candidate.Number, c.Candidate.PersonName, c.Candidate.PersonTitle, c.Candidate.AssociationCode,
                c.Candidate.Position?.Name(english) ?? "",
                shown ? Counts(c.Verdict) : null,
                shown ? Channels(ResultsView.Ballots(r, c.Candidate.Number)) : null,
                shown ? ResultsView.Ballots(r, c.Candidate.Number).Count(b => b.ProxyHolderCode is not null) : null,
                Verdict(c.Verdict, shown, view, item, results, text))).ToList());
    }

    static CountsResource? Counts(Verdict v) => v.Count is { } c ? new CountsResource(c.For, c.Against, c.Abstain, c.NotVoted) : null;

    static ChannelsResource Channels(IReadOnlyList<Ballot> ballots) => new(
        ballots.Count(b => b.Channel == BallotChannel.Written), ballots.Count(b => b.Channel == BallotChannel.Online), ballots.Count(b => b.Channel == BallotChannel.Recorded));

    static VerdictResource Verdict(Verdict v, bool shown, ResultsView view, AgendaItem item, MeetingResults results, IStringLocalizer<VotingText> text) => shown
        ? new VerdictResource(Renkei.Web.Features.Meetings.Verdict.Code(v.Kind), results.Label(v), v.Unanimous, results.Explain(v, view.Report.Quorum, item))
        : new VerdictResource(Renkei.Web.Features.Meetings.Verdict.Code(VerdictKind.Open), results.Label(v with { Kind = VerdictKind.Open, Unanimous = false }), false, text["投票中 — 結果は締切後に公開"]);
}
