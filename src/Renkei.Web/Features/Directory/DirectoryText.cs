namespace Renkei.Web.Features.Directory;

/// <summary>Marker for the directory's messages outside views (DirectoryText.en.resx holds their English).</summary>
public class DirectoryText;
