namespace Renkei.Web.Features.Directory.Files;

/// <summary>Marker for the directory files' messages outside views (FilesText.en.resx holds their English).</summary>
public class FilesText;
