namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>Marker for the preparedness part's messages outside views (validation, API problems, the reminder e-mail);
/// ReadinessText.en.resx holds their English.</summary>
public class ReadinessText;
