namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>Marker for the reports' messages outside views (ReportsText.en.resx holds their English).</summary>
public class ReportsText;
