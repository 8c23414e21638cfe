namespace Renkei.Web.Features.Directory.Editing;

/// <summary>Marker for the entry form's and the entry API's messages outside views (EditingText.en.resx holds their English).</summary>
public class EditingText;
