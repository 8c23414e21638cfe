namespace Renkei.Web.Features.Meetings;

/// <summary>Associations and people, as the report counts them ("51団体61名").</summary>
public record Headcount(int Associations, int People)
{
    public string Text(bool english) => english ? $"{Associations} associations, {People} people" : $"{Associations}団体{People}名";
}

/// <summary>
/// A meeting's attendance in figures: the answers (registered on site, online, absent, proxies, no answer) and who
/// actually came (checked in), by mode. The secretariat's live counts, the roster and the minutes all use these.
/// </summary>
public record AttendanceFigures(
    int Invited,
    Headcount RegisteredOnSite,
    Headcount RegisteredOnline,
    int Absent,
    int Proxies,
    int Unanswered,
    Headcount CameOnSite,
    Headcount CameOnline)
{
    /// <summary>Associations answering on site or online, and the people they registered; one with people in both modes counts once.</summary>
    public Headcount Registered { get; init; } = new(0, 0);
    /// <summary>Who actually took part (checked in); an association with people in both modes counts once.</summary>
    public Headcount Came { get; init; } = new(0, 0);

    public static AttendanceFigures Of(IReadOnlyCollection<Attendance> invited)
    {
        var attending = invited.Where(a => a.Mode is AttendanceMode.OnSite or AttendanceMode.Online).ToList();
        Headcount Registered(AttendeeMode mode)
        {
            var with = attending.Where(a => a.Attendees.Any(p => p.Mode == mode)).ToList();
            return new(with.Count, with.Sum(a => a.Attendees.Count(p => p.Mode == mode)));
        }
        Headcount Came(AttendeeMode? mode)
        {
            var people = invited.SelectMany(a => a.Attendees.Where(p => p.CheckedInAt is not null && (mode is null || p.Mode == mode)).Select(p => a.AssociationCode)).ToList();
            return new(people.Distinct().Count(), people.Count);
        }
        return new AttendanceFigures(
            invited.Count,
            Registered(AttendeeMode.OnSite),
            Registered(AttendeeMode.Online),
            invited.Count(a => a.Mode == AttendanceMode.Absent),
            invited.Count(a => a.Mode == AttendanceMode.Proxy),
            invited.Count(a => a.Mode == AttendanceMode.Unanswered),
            Came(AttendeeMode.OnSite),
            Came(AttendeeMode.Online))
        {
            Registered = new(attending.Count, attending.Sum(a => a.Attendees.Count)),
            Came = Came(null),
        };
    }
}
