using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>Marker for the convening part's messages outside views (ConveningText.en.resx holds their English).</summary>
public class ConveningText;

/// <summary>The codes the forms and API v1 use for the meeting's choices (kinds and formats use the core's codes).</summary>
public static class ConveningCodes
{
    public static string Quorum(QuorumRule rule) => rule switch
    {
        QuorumRule.Majority => "majority",
        QuorumRule.TwoThirds => "two-thirds",
        QuorumRule.OneThird => "one-third",
        _ => "none",
    };

    public static string Wording(PassWording wording) => wording == PassWording.Approved ? "approved" : "carried";

    public static string ElectionMode(ElectionMode mode) => mode == Meetings.ElectionMode.Slate ? "slate" : "per-candidate";

    /// <summary>The value whose code is <paramref name="code"/> (any case, surrounding spaces ignored); null for anything else.</summary>
    public static T? Parse<T>(string? code, Func<T, string> codeOf) where T : struct, Enum
    {
        var wanted = code?.Trim();
        foreach (var value in Enum.GetValues<T>())
            if (string.Equals(codeOf(value), wanted, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    /// <summary>Who a new meeting invites when the kind leaves a choice: every current member, or a chosen set.</summary>
    public const string InviteAll = "all";
    public const string InviteChosen = "chosen";
}

/// <summary>The meeting's choices as people read them, in the current UI language.</summary>
public class MeetingLabels(IStringLocalizer<ConveningText> t)
{
    public string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.GeneralAssembly => t["総会"],
        MeetingKind.SteeringCommittee => t["運営幹事会"],
        MeetingKind.StudyGroup => t["課題研究会"],
        MeetingKind.BlockMeeting => t["ブロック会議"],
        _ => t["その他"],
    };

    public string Format(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => t["対面"],
        MeetingFormat.Online => t["オンライン"],
        MeetingFormat.Hybrid => t["ハイブリッド（会場またはオンライン）"],
        _ => t["書面開催"],
    };

    public string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Draft => t["下書き"],
        MeetingStatus.Convened => t["招集済み"],
        MeetingStatus.Closed => t["閉会"],
        _ => t["中止"],
    };

    public string Quorum(QuorumRule rule) => rule switch
    {
        QuorumRule.Majority => t["過半数"],
        QuorumRule.TwoThirds => t["3分の2以上"],
        QuorumRule.OneThird => t["3分の1以上"],
        _ => t["定足数なし"],
    };

    public string ItemKind(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Report => t["報告"],
        AgendaItemKind.Motion => t["議案"],
        _ => t["選任"],
    };

    public string Majority(MajorityRule rule) => rule switch
    {
        MajorityRule.Simple => t["出席の過半数"],
        MajorityRule.TwoThirds => t["出席の3分の2以上"],
        MajorityRule.Unanimous => t["出席の全員"],
        _ => t["全会員の同意（書面決議）"],
    };

    public string Wording(PassWording wording) => wording == PassWording.Approved ? t["承認"] : t["可決"];

    public string ElectionMode(ElectionMode mode) => mode == Meetings.ElectionMode.Slate ? t["一括で承認"] : t["候補者ごとに採決"];

    public string Answer(AttendanceMode mode) => mode switch
    {
        AttendanceMode.Unanswered => t["未回答"],
        AttendanceMode.OnSite => t["会場で出席"],
        AttendanceMode.Online => t["オンラインで出席"],
        AttendanceMode.Absent => t["欠席"],
        _ => t["委任状"],
    };
}
