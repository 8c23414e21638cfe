namespace Renkei.Web.Features.Meetings;

/// <summary>報告 (no vote), 議案 (a motion), 選任 (an election of officers).</summary>
public enum AgendaItemKind
{
    Report,
    Motion,
    Election,
}

/// <summary>What a motion needs to pass. The first three count against the associations present;
/// <see cref="AllMembersConsent"/> is the written resolution (書面決議/みなし決議): every invited association must consent.</summary>
public enum MajorityRule
{
    /// <summary>出席の過半数.</summary>
    Simple,
    /// <summary>出席の3分の2以上.</summary>
    TwoThirds,
    /// <summary>出席の全員.</summary>
    Unanimous,
    /// <summary>書面決議: 全会員の同意.</summary>
    AllMembersConsent,
}

/// <summary>How a passed motion is worded in the minutes: 承認 (reports, settlements, plans) or 可決 (resolutions).</summary>
public enum PassWording
{
    Approved,
    Carried,
}

/// <summary>Slate: one vote approves all candidates together (一括承認); per candidate: a vote on each.</summary>
public enum ElectionMode
{
    Slate,
    PerCandidate,
}

/// <summary>An item of a meeting's agenda: 第1号議案 …, numbered within the meeting.</summary>
public class AgendaItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    /// <summary>Order in the agenda, from 1; unique within the meeting.</summary>
    public int Number { get; set; }
    public AgendaItemKind Kind { get; set; }
    public required string TitleJa { get; set; }
    public string? TitleEn { get; set; }
    public string? DescriptionJa { get; set; }
    public string? DescriptionEn { get; set; }
    public MajorityRule Majority { get; set; } = MajorityRule.Simple;
    public PassWording Wording { get; set; } = PassWording.Approved;
    public ElectionMode ElectionMode { get; set; } = ElectionMode.Slate;
    /// <summary>Set when the secretariat closed the vote on this item during the meeting; the meeting's deadline closes every item.</summary>
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public Meeting? Meeting { get; set; }
    public List<ElectionCandidate> Candidates { get; set; } = [];

    public string Title(bool english) => english && !string.IsNullOrEmpty(TitleEn) ? TitleEn : TitleJa;
    public bool IsVoted => Kind != AgendaItemKind.Report;
    public bool IsClosed(Meeting meeting, DateTime now) => ClosedAt is not null || meeting.IsVoteFinal(now);

    /// <summary>第1号議案 / Motion 1 and 報告1 / Report 1, as the notice numbers them: motions and elections are
    /// counted together, reports apart, in agenda order (<see cref="Number"/>).</summary>
    public string Label(IEnumerable<AgendaItem> agenda, bool english)
    {
        var n = agenda.Count(i => i.Number <= Number && (i.Kind == AgendaItemKind.Report) == (Kind == AgendaItemKind.Report));
        return (Kind, english) switch
        {
            (AgendaItemKind.Report, false) => $"報告{n}",
            (AgendaItemKind.Report, true) => $"Report {n}",
            (_, false) => $"第{n}号議案",
            _ => $"Motion {n}",
        };
    }

    public static string KindCode(AgendaItemKind kind) => kind.ToString().ToLowerInvariant();

    public static string MajorityCode(MajorityRule rule) => rule switch
    {
        MajorityRule.Simple => "simple",
        MajorityRule.TwoThirds => "two-thirds",
        MajorityRule.Unanimous => "unanimous",
        _ => "all-members-consent",
    };
}

/// <summary>A candidate in an election: a person and their association, for a position and a term.
/// Numbered within the item; a per-candidate ballot names that number.</summary>
public class ElectionCandidate
{
    public int Id { get; set; }
    public int AgendaItemId { get; set; }
    public int Number { get; set; }
    public int OfficerPositionId { get; set; }
    public required string PersonName { get; set; }
    public string? PersonTitle { get; set; }
    public required string AssociationCode { get; set; }
    public DateOnly TermFrom { get; set; }
    public DateOnly? TermTo { get; set; }

    public OfficerPosition? Position { get; set; }
}
