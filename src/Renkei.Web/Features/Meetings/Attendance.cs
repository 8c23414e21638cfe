namespace Renkei.Web.Features.Meetings;

/// <summary>An invited association's answer: 現地出席, オンライン出席, 欠席, 委任状 (proxy), or no answer yet.</summary>
public enum AttendanceMode
{
    Unanswered,
    OnSite,
    Online,
    Absent,
    Proxy,
}

/// <summary>How one person takes part in a hybrid meeting.</summary>
public enum AttendeeMode
{
    OnSite,
    Online,
}

/// <summary>
/// One invited association of a meeting: the row exists from the meeting's creation (the invitation list and
/// the quorum's base), and the association's admin fills in its answer, the people coming, its representative
/// (代表者, the Renkei user who casts its ballots) or its proxy (委任状: to the chair when
/// <see cref="ProxyHolderCode"/> is null, else to that member association).
/// </summary>
public class Attendance
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public required string AssociationCode { get; set; }
    public AttendanceMode Mode { get; set; }
    public string? ProxyHolderCode { get; set; }
    /// <summary>The association's representative for this meeting: the user who may cast its ballots.</summary>
    public string? RepresentativeUserId { get; set; }
    public string? RepresentativeName { get; set; }
    public string? Note { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public string? AnsweredBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public Meeting? Meeting { get; set; }
    public List<Attendee> Attendees { get; set; } = [];

    public bool GaveProxy => Mode == AttendanceMode.Proxy;
    public bool ProxyToChair => Mode == AttendanceMode.Proxy && ProxyHolderCode is null;
    /// <summary>Someone of this association was checked in at the meeting (on site or online).</summary>
    public bool CheckedIn => Attendees.Any(a => a.CheckedInAt is not null);

    public static string ModeCode(AttendanceMode mode) => mode switch
    {
        AttendanceMode.Unanswered => "unanswered",
        AttendanceMode.OnSite => "on-site",
        AttendanceMode.Online => "online",
        AttendanceMode.Absent => "absent",
        _ => "proxy",
    };
}

/// <summary>A person an association sends (name and title), and whether they were checked in on the day.</summary>
public class Attendee
{
    public int Id { get; set; }
    public int AttendanceId { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public AttendeeMode Mode { get; set; }
    public DateTime? CheckedInAt { get; set; }
    public string? CheckedInBy { get; set; }
}
