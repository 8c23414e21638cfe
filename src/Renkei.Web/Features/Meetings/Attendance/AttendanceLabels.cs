namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>The meeting and attendance codes as people read them, Japanese and English (pages, files, mails).</summary>
public static class AttendanceLabels
{
    /// <summary>An association's answer. In a written meeting (書面開催) nobody attends, and "absent" means voting in writing.</summary>
    public static string Mode(AttendanceMode mode, bool english, MeetingFormat format = MeetingFormat.Hybrid) => (mode, english) switch
    {
        (AttendanceMode.Unanswered, false) => "未回答",
        (AttendanceMode.Unanswered, true) => "No answer yet",
        (AttendanceMode.OnSite, false) => "現地出席",
        (AttendanceMode.OnSite, true) => "Attending on site",
        (AttendanceMode.Online, false) => "オンライン出席",
        (AttendanceMode.Online, true) => "Attending online",
        (AttendanceMode.Absent, false) => format == MeetingFormat.InWriting ? "書面表決" : "欠席",
        (AttendanceMode.Absent, true) => format == MeetingFormat.InWriting ? "Written vote" : "Absent",
        (_, false) => "委任状",
        _ => "Proxy",
    };

    public static string Person(AttendeeMode mode, bool english) => (mode, english) switch
    {
        (AttendeeMode.OnSite, false) => "現地",
        (AttendeeMode.OnSite, true) => "On site",
        (_, false) => "オンライン",
        _ => "Online",
    };

    public static string Kind(MeetingKind kind, bool english) => (kind, english) switch
    {
        (MeetingKind.GeneralAssembly, false) => "総会",
        (MeetingKind.GeneralAssembly, true) => "General assembly",
        (MeetingKind.SteeringCommittee, false) => "運営幹事会",
        (MeetingKind.SteeringCommittee, true) => "Steering committee",
        (MeetingKind.StudyGroup, false) => "課題研究会",
        (MeetingKind.StudyGroup, true) => "Study group",
        (MeetingKind.BlockMeeting, false) => "ブロック会議",
        (MeetingKind.BlockMeeting, true) => "Block meeting",
        (_, false) => "その他の会議",
        _ => "Other meeting",
    };

    public static string Format(MeetingFormat format, bool english) => (format, english) switch
    {
        (MeetingFormat.InPerson, false) => "対面",
        (MeetingFormat.InPerson, true) => "In person",
        (MeetingFormat.Online, false) => "オンライン",
        (MeetingFormat.Online, true) => "Online",
        (MeetingFormat.Hybrid, false) => "ハイブリッド（現地・オンライン）",
        (MeetingFormat.Hybrid, true) => "Hybrid (on site or online)",
        (_, false) => "書面開催",
        _ => "In writing",
    };

    public static string Status(MeetingStatus status, bool english) => (status, english) switch
    {
        (MeetingStatus.Draft, false) => "下書き（未招集）",
        (MeetingStatus.Draft, true) => "Draft (not convened)",
        (MeetingStatus.Convened, false) => "招集中",
        (MeetingStatus.Convened, true) => "Convened",
        (MeetingStatus.Closed, false) => "閉会",
        (MeetingStatus.Closed, true) => "Closed",
        (_, false) => "中止",
        _ => "Cancelled",
    };

    public static string Item(AgendaItemKind kind, bool english) => (kind, english) switch
    {
        (AgendaItemKind.Report, false) => "報告",
        (AgendaItemKind.Report, true) => "Report",
        (AgendaItemKind.Motion, false) => "議案",
        (AgendaItemKind.Motion, true) => "Motion",
        (_, false) => "選任",
        _ => "Election",
    };

    public static string Majority(MajorityRule rule, bool english) => (rule, english) switch
    {
        (MajorityRule.Simple, false) => "出席団体の過半数",
        (MajorityRule.Simple, true) => "Majority of those present",
        (MajorityRule.TwoThirds, false) => "出席団体の3分の2以上",
        (MajorityRule.TwoThirds, true) => "Two thirds of those present",
        (MajorityRule.Unanimous, false) => "出席団体の全員",
        (MajorityRule.Unanimous, true) => "All of those present",
        (_, false) => "全会員の同意（書面決議）",
        _ => "Consent of every member (written resolution)",
    };

    /// <summary>Whom a proxy went to: 議長（name） or the holding association's name.</summary>
    public static string ProxyHolder(Meeting meeting, string? holderCode, Func<string, string> associationName, bool english) =>
        holderCode is null
            ? (english ? "The chair" : "議長") + (meeting.ChairName is { Length: > 0 } chair ? (english ? $" ({chair})" : $"（{chair}）") : "")
            : associationName(holderCode);
}
