namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// A meeting's details as typed in the form or sent to the API: text, checked by <see cref="MeetingRules"/>. Times are
/// Japan time (the form's datetime-local). Kind, block and who is invited count only when the meeting is created.
/// </summary>
public sealed class MeetingInput
{
    public string? Kind { get; set; } = Meeting.KindCode(MeetingKind.GeneralAssembly);
    public string? Format { get; set; } = Meeting.FormatCode(MeetingFormat.InPerson);
    public string? Title { get; set; }
    public string? TitleEn { get; set; }
    public string? FiscalYear { get; set; }
    public string? StartsAt { get; set; }
    public string? EndsAt { get; set; }
    public string? Venue { get; set; }
    public string? VenueEn { get; set; }
    public string? OnlineUrl { get; set; }
    public string? Block { get; set; }
    public string? RegistrationDeadline { get; set; }
    public string? WrittenVoteDeadline { get; set; }
    public string? Quorum { get; set; } = ConveningCodes.Quorum(QuorumRule.Majority);
    public string? ChairName { get; set; }
    public string? ChairAssociation { get; set; }
    /// <summary>来賓, one per line.</summary>
    public string? Guests { get; set; }
    public string? Notice { get; set; }
    public string? NoticeEn { get; set; }
    /// <summary><see cref="ConveningCodes.InviteAll"/> or <see cref="ConveningCodes.InviteChosen"/> (steering committee, study group, other).</summary>
    public string? Invite { get; set; } = ConveningCodes.InviteAll;
    public List<string> Invited { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }

    /// <summary>The form filled with what is stored.</summary>
    public static MeetingInput From(Meeting m) => new()
    {
        Kind = Meeting.KindCode(m.Kind),
        Format = Meeting.FormatCode(m.Format),
        Title = m.TitleJa,
        TitleEn = m.TitleEn,
        FiscalYear = m.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartsAt = JapanTime.InputValue(m.StartsAt),
        EndsAt = JapanTime.InputValue(m.EndsAt),
        Venue = m.VenueJa,
        VenueEn = m.VenueEn,
        OnlineUrl = m.OnlineUrl,
        Block = m.BlockId,
        RegistrationDeadline = JapanTime.InputValue(m.RegistrationDeadline),
        WrittenVoteDeadline = JapanTime.InputValue(m.WrittenVoteDeadline),
        Quorum = ConveningCodes.Quorum(m.Quorum),
        ChairName = m.ChairName,
        ChairAssociation = m.ChairAssociationCode,
        Guests = m.Guests,
        Notice = m.NoticeJa,
        NoticeEn = m.NoticeEn,
        ConcurrencyStamp = m.ConcurrencyStamp.ToString(),
    };
}

/// <summary>A meeting's details once checked: what <see cref="ApplyTo"/> stores.</summary>
public sealed record MeetingDetails(
    MeetingFormat Format, string Title, string? TitleEn, int FiscalYear, DateTime StartsAt, DateTime? EndsAt,
    string? Venue, string? VenueEn, string? OnlineUrl, DateTime RegistrationDeadline, DateTime? WrittenVoteDeadline,
    QuorumRule Quorum, string? ChairName, string? ChairAssociation, string? Guests, string? Notice, string? NoticeEn)
{
    public void ApplyTo(Meeting m)
    {
        m.Format = Format;
        m.TitleJa = Title;
        m.TitleEn = TitleEn;
        m.FiscalYear = FiscalYear;
        m.StartsAt = StartsAt;
        m.EndsAt = EndsAt;
        m.VenueJa = Venue;
        m.VenueEn = VenueEn;
        m.OnlineUrl = OnlineUrl;
        m.RegistrationDeadline = RegistrationDeadline;
        m.WrittenVoteDeadline = WrittenVoteDeadline;
        m.Quorum = Quorum;
        m.ChairName = ChairName;
        m.ChairAssociationCode = ChairAssociation;
        m.Guests = Guests;
        m.NoticeJa = Notice;
        m.NoticeEn = NoticeEn;
    }
}

/// <summary>A new meeting once checked: its kind, its block (block meetings) and the associations it invites.</summary>
public sealed record NewMeeting(MeetingKind Kind, string? BlockId, MeetingDetails Details, IReadOnlyList<string> Invited);
