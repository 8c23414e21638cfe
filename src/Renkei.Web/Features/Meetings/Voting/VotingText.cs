namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>Marker for the voting part's messages outside views (VotingText.en.resx holds their English).</summary>
public class VotingText;
