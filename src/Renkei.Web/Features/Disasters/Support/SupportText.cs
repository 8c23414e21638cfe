namespace Renkei.Web.Features.Disasters.Support;

/// <summary>Marker for the support part's messages outside views: rules, e-mails, API problems (SupportText.en.resx holds their English).</summary>
public class SupportText;
