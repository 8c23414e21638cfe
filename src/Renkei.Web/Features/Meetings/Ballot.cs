namespace Renkei.Web.Features.Meetings;

/// <summary>賛成 / 反対 / 棄権. In a written resolution, for is 同意 and against is 不同意.</summary>
public enum BallotChoice
{
    For,
    Against,
    Abstain,
}

/// <summary>How the ballot reached the tally: 書面表決 (online, before the meeting), online during the meeting,
/// or recorded by the secretariat from paper or a show of hands (always per association, never a total).</summary>
public enum BallotChannel
{
    Written,
    Online,
    Recorded,
}

/// <summary>
/// One ballot of one association on one item (or one candidate of an item, <see cref="CandidateNumber"/> &gt; 0).
/// Append-only: a changed vote is a new row with the next <see cref="Sequence"/>, and the tally counts the latest
/// row per association; the unique index on the sequence makes two simultaneous casts for one association
/// collide instead of both landing. Rows are never updated or deleted.
/// </summary>
public class Ballot
{
    public long Id { get; set; }
    public int MeetingId { get; set; }
    public int AgendaItemId { get; set; }
    /// <summary>0 for the item itself (a motion, a slate); a candidate's number for a per-candidate vote.</summary>
    public int CandidateNumber { get; set; }
    /// <summary>The association whose vote this is.</summary>
    public required string AssociationCode { get; set; }
    public int Sequence { get; set; }
    public BallotChoice Choice { get; set; }
    public BallotChannel Channel { get; set; }
    /// <summary>Set when a proxy holder cast it: the association that held the proxy ("CHAIR" for the chair).</summary>
    public string? ProxyHolderCode { get; set; }
    public required string CastByUserId { get; set; }
    public required string CastByName { get; set; }
    public DateTime CastAt { get; set; }
    /// <summary>Consents to a written resolution are kept for ten years (一般社団法人及び一般財団法人に関する法律 第58条).</summary>
    public DateOnly? KeepUntil { get; set; }

    public static string ChoiceCode(BallotChoice choice) => choice.ToString().ToLowerInvariant();
    public static string ChannelCode(BallotChannel channel) => channel.ToString().ToLowerInvariant();
    public const string ChairHolder = "CHAIR";
}
