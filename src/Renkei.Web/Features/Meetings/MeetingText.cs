namespace Renkei.Web.Features.Meetings;

/// <summary>Marker for the core meeting rules' messages outside views (MeetingText.en.resx holds their English).</summary>
public class MeetingText;
