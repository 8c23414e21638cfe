namespace Renkei.Web.Features.Directory.Manage;

/// <summary>Marker for the secretariat's directory pages' and API's messages outside views (ReviewText.en.resx holds their English).</summary>
public class ReviewText;
