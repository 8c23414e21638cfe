using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>Choices, channels and attendance in words, for pages and flash messages. A written resolution
/// (書面決議) asks for consent: its choices read 同意 / 不同意 rather than 賛成 / 反対.</summary>
public static class VotingLabels
{
    public static string Choice(IStringLocalizer<VotingText> t, BallotChoice choice, AgendaItem item) =>
        (choice, item.Majority == MajorityRule.AllMembersConsent) switch
        {
            (BallotChoice.For, false) => t["賛成"],
            (BallotChoice.Against, false) => t["反対"],
            (BallotChoice.For, true) => t["同意"],
            (BallotChoice.Against, true) => t["不同意"],
            _ => t["棄権"],
        };

    public static string Channel(IStringLocalizer<VotingText> t, BallotChannel channel) => channel switch
    {
        BallotChannel.Written => t["書面表決"],
        BallotChannel.Online => t["オンライン"],
        _ => t["事務局記録（紙・挙手）"],
    };

    public static string Majority(IStringLocalizer<VotingText> t, MajorityRule rule) => rule switch
    {
        MajorityRule.Simple => t["出席の過半数"],
        MajorityRule.TwoThirds => t["出席の3分の2以上"],
        MajorityRule.Unanimous => t["出席の全員"],
        _ => t["書面決議（全会員の同意）"],
    };

    public static string Quorum(IStringLocalizer<VotingText> t, QuorumRule rule) => rule switch
    {
        QuorumRule.Majority => t["過半数"],
        QuorumRule.TwoThirds => t["3分の2以上"],
        QuorumRule.OneThird => t["3分の1以上"],
        _ => t["定足数なし"],
    };

    public static string Attendance(IStringLocalizer<VotingText> t, Attendance a) => a.Mode switch
    {
        AttendanceMode.OnSite => t["現地出席"],
        AttendanceMode.Online => t["オンライン出席"],
        AttendanceMode.Absent => t["欠席"],
        AttendanceMode.Proxy => t["委任状"],
        _ => t["未回答"],
    };

    /// <summary>Who holds a ballot's or an attendance's proxy: 議長 (the chair) or the association by name.</summary>
    public static string Holder(IStringLocalizer<VotingText> t, string? holderCode, IReadOnlyDictionary<string, string> names) =>
        holderCode is null or Ballot.ChairHolder ? t["議長"] : names.Of(holderCode);

    /// <summary>第1号議案, or 第3号議案 候補者2 山田 花子 for one candidate of a per-candidate election.</summary>
    public static string Target(IStringLocalizer<VotingText> t, AgendaItem item, IEnumerable<AgendaItem> agenda, int candidate, bool english)
    {
        var label = item.Label(agenda, english);
        if (candidate == 0) return label;
        var person = item.Candidates.FirstOrDefault(c => c.Number == candidate)?.PersonName ?? "";
        return t["{0} 候補者{1} {2}", label, candidate, person];
    }
}
