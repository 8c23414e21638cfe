namespace Renkei.Web.Features.Meetings;

/// <summary>総会, 運営幹事会, 課題研究会, ブロック会議 (block members only), その他.</summary>
public enum MeetingKind
{
    GeneralAssembly,
    SteeringCommittee,
    StudyGroup,
    BlockMeeting,
    Other,
}

/// <summary>対面, オンライン, ハイブリッド (each association chooses on-site or online), 書面開催.</summary>
public enum MeetingFormat
{
    InPerson,
    Online,
    Hybrid,
    InWriting,
}

/// <summary>draft: only the secretariat sees it; convened: the notice went out, members register and vote;
/// closed: the meeting is over and every vote is final; cancelled: kept, with its notice, but called off.</summary>
public enum MeetingStatus
{
    Draft,
    Convened,
    Closed,
    Cancelled,
}

/// <summary>定足数: how many of the invited associations must be present (in person, online, by proxy or by written vote).</summary>
public enum QuorumRule
{
    /// <summary>過半数: more than half.</summary>
    Majority,
    /// <summary>3分の2以上.</summary>
    TwoThirds,
    /// <summary>3分の1以上.</summary>
    OneThird,
    /// <summary>定足数なし.</summary>
    None,
}

/// <summary>
/// A meeting of the council: who is invited (one <see cref="Attendance"/> row per association, fixed when it
/// is created, so later registry changes do not move the quorum), its agenda, rules and minutes. Times are UTC;
/// pages show them in Japan time.
/// </summary>
public class Meeting
{
    public int Id { get; set; }
    public MeetingKind Kind { get; set; }
    public MeetingFormat Format { get; set; }
    public MeetingStatus Status { get; set; }
    public int FiscalYear { get; set; }
    public required string TitleJa { get; set; }
    public string? TitleEn { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    /// <summary>Place of an in-person or hybrid meeting; public with the notice.</summary>
    public string? VenueJa { get; set; }
    public string? VenueEn { get; set; }
    /// <summary>Online meeting link: members only, never on a public page.</summary>
    public string? OnlineUrl { get; set; }
    /// <summary>For a block meeting: only this block's associations are invited.</summary>
    public string? BlockId { get; set; }
    /// <summary>Associations answer attendance (and name their representative) until this moment.</summary>
    public DateTime RegistrationDeadline { get; set; }
    /// <summary>書面表決: ballots before the meeting are accepted until this moment; null when there is no written vote.</summary>
    public DateTime? WrittenVoteDeadline { get; set; }
    /// <summary>After this moment nothing is counted or changed any more; null until the secretariat closes the vote (or sets it).</summary>
    public DateTime? VoteDeadline { get; set; }
    public QuorumRule Quorum { get; set; } = QuorumRule.Majority;
    /// <summary>議長: name as printed in the minutes; the chair's association holds the proxies given to the chair.</summary>
    public string? ChairName { get; set; }
    public string? ChairAssociationCode { get; set; }
    /// <summary>来賓: free text, one guest per line, for the notice and the minutes.</summary>
    public string? Guests { get; set; }
    public string? NoticeJa { get; set; }
    public string? NoticeEn { get; set; }
    public DateTime? NoticeSentAt { get; set; }
    public DateTime? ReminderSentAt { get; set; }
    /// <summary>Results are shown to members once the vote closes; the public sees them only when the secretariat chooses.</summary>
    public bool ResultsPublic { get; set; }
    public bool IsSample { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<AgendaItem> Items { get; set; } = [];
    public List<Attendance> Attendances { get; set; } = [];
    public List<MeetingDocument> Documents { get; set; } = [];
    public MeetingMinutes? Minutes { get; set; }

    public string Title(bool english) => english && !string.IsNullOrEmpty(TitleEn) ? TitleEn : TitleJa;
    public string? Venue(bool english) => english && !string.IsNullOrEmpty(VenueEn) ? VenueEn : VenueJa;

    public bool IsVisibleToMembers => Status != MeetingStatus.Draft;
    public bool IsRegistrationOpen(DateTime now) => Status == MeetingStatus.Convened && now < RegistrationDeadline;
    /// <summary>Whether every vote is final: the meeting closed or its vote deadline passed.</summary>
    public bool IsVoteFinal(DateTime now) => Status is MeetingStatus.Closed or MeetingStatus.Cancelled || VoteDeadline is { } d && now >= d;
    public bool HasOnSite => Format is MeetingFormat.InPerson or MeetingFormat.Hybrid;
    public bool HasOnline => Format is MeetingFormat.Online or MeetingFormat.Hybrid;

    public static string KindCode(MeetingKind kind) => kind switch
    {
        MeetingKind.GeneralAssembly => "general-assembly",
        MeetingKind.SteeringCommittee => "steering-committee",
        MeetingKind.StudyGroup => "study-group",
        MeetingKind.BlockMeeting => "block-meeting",
        _ => "other",
    };

    public static string FormatCode(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "in-person",
        MeetingFormat.Online => "online",
        MeetingFormat.Hybrid => "hybrid",
        _ => "in-writing",
    };

    public static string StatusCode(MeetingStatus status) => status.ToString().ToLowerInvariant();
}
