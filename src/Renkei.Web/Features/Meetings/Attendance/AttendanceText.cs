namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>Marker for the attendance part's messages outside views (AttendanceText.en.resx holds their English).</summary>
public class AttendanceText;
