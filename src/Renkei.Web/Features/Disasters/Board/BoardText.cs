namespace Renkei.Web.Features.Disasters.Board;

/// <summary>Marker for the board part's messages outside views: rules, e-mails, API problems (BoardText.en.resx holds their English).</summary>
public class BoardText;
