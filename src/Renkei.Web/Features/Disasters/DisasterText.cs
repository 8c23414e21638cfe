namespace Renkei.Web.Features.Disasters;

/// <summary>Marker for the core disaster rules' messages outside views (DisasterText.en.resx holds their English).</summary>
public class DisasterText;
