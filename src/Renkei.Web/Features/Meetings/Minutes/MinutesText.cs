namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>Marker for part D's messages outside views: the minutes as generated, their steps, and the officer register's
/// rules (MinutesText.en.resx holds the English).</summary>
public class MinutesText;
