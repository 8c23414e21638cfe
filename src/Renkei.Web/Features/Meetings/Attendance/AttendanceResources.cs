using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Meetings.Attending;

public sealed record AttendeeResource(int Id, string Name, string? Title, string Mode, DateTime? CheckedInAt);

/// <summary>The user who casts the association's ballots in this meeting.</summary>
public sealed record RepresentativeResource(string UserId, string Name);

/// <summary>
/// One invited association's answer as API v1 returns it. <paramref name="Mode"/>: unanswered, on-site, online, absent, proxy;
/// <paramref name="ProxyHolder"/>: "chair" or the holding association's code (proxy only); <paramref name="ETag"/>: send it
/// back as If-Match with a change.
/// </summary>
public sealed record AttendanceResource(string Code, string AssociationName, string Mode, string? ProxyHolder,
    RepresentativeResource? Representative, string? Note, DateTime? AnsweredAt, string ETag, IReadOnlyList<AttendeeResource> Attendees);

public sealed record HeadcountResource(int Associations, int People, string Text);

/// <summary>The figures of <see cref="AttendanceFigures"/>: registered (answers) and came (checked in), 団体 and 名.</summary>
public sealed record FiguresResource(int Invited, HeadcountResource Registered, HeadcountResource RegisteredOnSite, HeadcountResource RegisteredOnline,
    int Absent, int Proxies, int Unanswered, HeadcountResource Came, HeadcountResource CameOnSite, HeadcountResource CameOnline);

/// <summary>A meeting's attendance: every invited association for the secretariat (with the figures), the caller's own row for a member.</summary>
public sealed record AttendanceListResource(int MeetingId, DateTime RegistrationDeadline, bool RegistrationOpen, FiguresResource? Figures,
    IReadOnlyList<AttendanceResource> Attendances);

static class AttendanceResources
{
    public static AttendanceResource From(Attendance a, string associationName) => new(
        a.AssociationCode,
        associationName,
        Attendance.ModeCode(a.Mode),
        a.GaveProxy ? a.ProxyHolderCode ?? AnswerRequest.Chair : null,
        a.RepresentativeUserId is { } id ? new RepresentativeResource(id, a.RepresentativeName ?? "") : null,
        a.Note,
        Utc(a.AnsweredAt),
        RegistryApi.ETag(a.ConcurrencyStamp),
        a.Attendees.OrderBy(p => p.Id).Select(p => new AttendeeResource(p.Id, p.Name, p.Title, PersonCode(p.Mode), Utc(p.CheckedInAt))).ToList());

    public static FiguresResource From(AttendanceFigures f, bool english)
    {
        HeadcountResource H(Headcount h) => new(h.Associations, h.People, h.Text(english));
        return new(f.Invited, H(f.Registered), H(f.RegisteredOnSite), H(f.RegisteredOnline), f.Absent, f.Proxies, f.Unanswered,
            H(f.Came), H(f.CameOnSite), H(f.CameOnline));
    }

    public static string PersonCode(AttendeeMode mode) => mode == AttendeeMode.OnSite ? "on-site" : "online";

    public static AttendanceMode? ParseMode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "on-site" => AttendanceMode.OnSite,
        "online" => AttendanceMode.Online,
        "absent" => AttendanceMode.Absent,
        "proxy" => AttendanceMode.Proxy,
        _ => null,
    };

    public static AttendeeMode? ParsePersonMode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "on-site" => AttendeeMode.OnSite,
        "online" => AttendeeMode.Online,
        _ => null,
    };

    public static DateTime? Utc(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
