using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>A meeting in the API's list. <paramref name="Invited"/> and <paramref name="Answered"/>: the secretariat only.</summary>
public sealed record MeetingSummaryResource(int Id, string Kind, string Format, string Status, int FiscalYear, string Title, string? TitleEn,
    DateTime StartsAt, DateTime? EndsAt, string? Block, DateTime RegistrationDeadline, bool IsSample, int? Invited, int? Answered);

/// <summary>A meeting as API v1 returns it (members and the secretariat; the online link is for members only, as every caller who sees it is).</summary>
public sealed record MeetingResource(int Id, string Kind, string Format, string Status, int FiscalYear, string Title, string? TitleEn,
    DateTime StartsAt, DateTime? EndsAt, string? Venue, string? VenueEn, string? OnlineUrl, string? Block,
    DateTime RegistrationDeadline, DateTime? WrittenVoteDeadline, DateTime? VoteDeadline, string Quorum, ChairResource? Chair,
    IReadOnlyList<string> Guests, string? Notice, string? NoticeEn, DateTime? NoticeSentAt, bool ResultsPublic, bool IsSample,
    IReadOnlyList<string> Invited, IReadOnlyList<AgendaItemResource> Items, IReadOnlyList<DocumentResource> Documents);

public sealed record ChairResource(string? Name, string? Association);

/// <summary>An agenda item; <paramref name="ETag"/> is what If-Match names to change or delete it.</summary>
public sealed record AgendaItemResource(int Id, int Number, string Label, string Kind, string Title, string? TitleEn, string? Description,
    string? DescriptionEn, string? Majority, string? Wording, string? ElectionMode, bool Closed, string ETag,
    IReadOnlyList<CandidateResource> Candidates, IReadOnlyList<DocumentResource> Documents);

public sealed record CandidateResource(int Number, string Position, string PersonName, string? PersonTitle, string Association, DateOnly TermFrom, DateOnly? TermTo);

public sealed record DocumentResource(int Id, string Title, string FileName, string ContentType, long Length, string Url);

/// <summary>Builds the resources; times go out as UTC (…Z), codes as in the core (Meeting.KindCode and so on).</summary>
public static class MeetingResources
{
    public static MeetingResource Of(Meeting m, IReadOnlyList<DocumentSummary> documents, IReadOnlyCollection<OfficerPosition> positions, bool english, DateTime now) => new(
        m.Id, Meeting.KindCode(m.Kind), Meeting.FormatCode(m.Format), Meeting.StatusCode(m.Status), m.FiscalYear, m.TitleJa, m.TitleEn,
        Utc(m.StartsAt), Utc(m.EndsAt), m.VenueJa, m.VenueEn, m.OnlineUrl, m.BlockId,
        Utc(m.RegistrationDeadline), Utc(m.WrittenVoteDeadline), Utc(m.VoteDeadline), ConveningCodes.Quorum(m.Quorum),
        m.ChairName is null && m.ChairAssociationCode is null ? null : new ChairResource(m.ChairName, m.ChairAssociationCode),
        ConveningInput.Lines(m.Guests), m.NoticeJa, m.NoticeEn, Utc(m.NoticeSentAt), m.ResultsPublic, m.IsSample,
        m.Attendances.Select(a => a.AssociationCode).Order(StringComparer.Ordinal).ToList(),
        m.Items.OrderBy(i => i.Number).Select(i => Item(m, i, documents, positions, english, now)).ToList(),
        documents.Where(d => d.AgendaItemId is null).Select(d => Document(m.Id, d)).ToList());

    public static AgendaItemResource Item(Meeting m, AgendaItem i, IReadOnlyList<DocumentSummary> documents, IReadOnlyCollection<OfficerPosition> positions,
        bool english, DateTime now) => new(
        i.Id, i.Number, i.Label(m.Items, english), AgendaItem.KindCode(i.Kind), i.TitleJa, i.TitleEn, i.DescriptionJa, i.DescriptionEn,
        i.IsVoted ? AgendaItem.MajorityCode(i.Majority) : null,
        i.Kind == AgendaItemKind.Motion ? ConveningCodes.Wording(i.Wording) : null,
        i.Kind == AgendaItemKind.Election ? ConveningCodes.ElectionMode(i.ElectionMode) : null,
        i.IsVoted && i.IsClosed(m, now), Associations.RegistryApi.ETag(i.ConcurrencyStamp),
        i.Candidates.OrderBy(c => c.Number).Select(c => new CandidateResource(c.Number,
            positions.FirstOrDefault(p => p.Id == c.OfficerPositionId)?.Code ?? c.OfficerPositionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            c.PersonName, c.PersonTitle, c.AssociationCode, c.TermFrom, c.TermTo)).ToList(),
        documents.Where(d => d.AgendaItemId == i.Id).Select(d => Document(m.Id, d)).ToList());

    static DocumentResource Document(int meetingId, DocumentSummary d) =>
        new(d.Id, d.Title, d.FileName, d.ContentType, d.Length, $"/meetings/{meetingId}/documents/{d.Id}");

    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    /// <summary>
    /// The largest body the meetings API reads. Not the usual 64 KB: the rules allow a notice of 20,000 characters in each
    /// language, and a Japanese character is three bytes of UTF-8.
    /// </summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>The meeting fields of a JSON body, as the form would have them (times turned into Japan time).</summary>
    public static MeetingInput Input(JsonBody body)
    {
        var chair = body.Object("chair");
        return new()
        {
            Kind = body.Text("kind"),
            Format = body.Text("format"),
            Title = body.Text("title"),
            TitleEn = body.Text("titleEn"),
            FiscalYear = body.Text("fiscalYear"),
            StartsAt = ConveningInput.FromApi(body.Text("startsAt")),
            EndsAt = ConveningInput.FromApi(body.Text("endsAt")),
            Venue = body.Text("venue"),
            VenueEn = body.Text("venueEn"),
            OnlineUrl = body.Text("onlineUrl"),
            Block = body.Text("block"),
            RegistrationDeadline = ConveningInput.FromApi(body.Text("registrationDeadline")),
            WrittenVoteDeadline = ConveningInput.FromApi(body.Text("writtenVoteDeadline")),
            Quorum = body.Text("quorum"),
            ChairName = chair?.Text("name") ?? body.Text("chairName"),
            ChairAssociation = chair?.Text("association") ?? body.Text("chairAssociation"),
            Guests = body.List("guests") is { } guests ? string.Join("\n", guests) : null,
            Notice = body.Text("notice"),
            NoticeEn = body.Text("noticeEn"),
            Invite = body.Text("invite") ?? (body.Has("invited") ? ConveningCodes.InviteChosen : ConveningCodes.InviteAll),
            Invited = body.List("invited") ?? [],
        };
    }

    public static AgendaItemInput ItemInput(JsonBody body) => new()
    {
        Kind = body.Text("kind"),
        Title = body.Text("title"),
        TitleEn = body.Text("titleEn"),
        Description = body.Text("description"),
        DescriptionEn = body.Text("descriptionEn"),
        Majority = body.Text("majority"),
        Wording = body.Text("wording"),
        ElectionMode = body.Text("electionMode"),
    };

    public static List<CandidateInput>? Candidates(JsonBody body) => body.Objects("candidates")?.Select(c => new CandidateInput
    {
        Position = c.Text("position"),
        PersonName = c.Text("personName"),
        PersonTitle = c.Text("personTitle"),
        Association = c.Text("association"),
        TermFrom = c.Text("termFrom"),
        TermTo = c.Text("termTo"),
    }).ToList();
}
