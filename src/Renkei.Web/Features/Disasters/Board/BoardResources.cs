using Renkei.Web.Features.Meetings.Convening;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>A disaster in the API's list. Codes are camelCase ("heavyRain", "open"); times are UTC.</summary>
public sealed record DisasterSummaryResource(int Id, string NameJa, string? NameEn, string Kind, bool IsDrill, string Status,
    IReadOnlyList<string> Prefectures, DateTime StartedAt, DateTime DeclaredAt, string? DeclaredByAssociation, int EscalationHours,
    DateTime? ClosedAt, bool IsSample);

/// <summary>An affected association and its reported status ("unknown" until someone reports).</summary>
public sealed record AffectedResource(string Association, string Name, string Block, string Status, bool SupportCentreOpen, string? Note, DateTime? ReportedAt);

/// <summary>How far a request is covered: people needed, covered and missing, languages no counted offer brings, offers pending.</summary>
public sealed record CoverageResource(int Needed, int Covered, int Missing, IReadOnlyList<string> MissingLanguages, int Pending, string State, string Text);

/// <summary>A request the caller may see (the block rule), with its coverage.</summary>
public sealed record BoardRequestResource(int Id, int Number, string Label, string Association, string Block, string Kind, IReadOnlyList<string> Languages,
    int People, DateOnly From, DateOnly? To, string Place, string Urgency, DateTime PostedAt, bool Escalated, DateTime EscalateAfter,
    DateTime? EscalatedAt, bool Closed, CoverageResource Coverage);

/// <summary>The coordination board as data: the disaster, its affected associations, the visible requests and offer counts.</summary>
public sealed record BoardResource(int Id, string NameJa, string? NameEn, string Kind, bool IsDrill, string Status, IReadOnlyList<string> Prefectures,
    DateTime StartedAt, DateTime DeclaredAt, string? DeclaredByAssociation, int EscalationHours, string? Details, DateTime? ClosedAt,
    string? ClosingNote, bool IsSample, IReadOnlyList<AffectedResource> Affected, IReadOnlyList<BoardRequestResource> Requests,
    int PendingOffers, int OnTheWay);

public static class BoardResources
{
    static DateTime Utc(DateTime value) => MeetingResources.Utc(value);

    public static DisasterSummaryResource Summary(Disaster d) => new(d.Id, d.NameJa, d.NameEn, DisasterLabels.Code(d.Kind), d.IsDrill,
        DisasterLabels.Code(d.Status), d.PrefectureCodes, Utc(d.StartedAt), Utc(d.DeclaredAt), d.DeclaredByAssociationCode, d.EscalationHours,
        MeetingResources.Utc(d.ClosedAt), d.IsSample);

    public static BoardResource Of(BoardView board, bool english)
    {
        var d = board.Disaster;
        var affected = board.Affected.Select(a => new AffectedResource(a.AssociationCode, board.Book.Name(a.AssociationCode, english),
            board.Book.BlockOf(a.AssociationCode), DisasterLabels.Code(a.Status), a.SupportCentreOpen, a.Note, MeetingResources.Utc(a.ReportedAt))).ToList();
        var requests = board.Requests.Select(r =>
        {
            var c = board.CoverageOf(r);
            return new BoardRequestResource(r.Id, r.Number, r.Label(english), r.AssociationCode, r.BlockId, DisasterLabels.Code(r.Kind), r.Languages,
                r.People, r.From, r.To, r.Place, DisasterLabels.Code(r.Urgency), Utc(r.PostedAt), r.IsEscalated, Utc(r.EscalateAfter),
                MeetingResources.Utc(r.EscalatedAt), r.IsClosed,
                new CoverageResource(c.Needed, c.Covered, c.Missing, c.MissingLanguages, c.Pending, DisasterLabels.Code(c.State), c.MissingText(english)));
        }).ToList();
        return new BoardResource(d.Id, d.NameJa, d.NameEn, DisasterLabels.Code(d.Kind), d.IsDrill, DisasterLabels.Code(d.Status), d.PrefectureCodes,
            Utc(d.StartedAt), Utc(d.DeclaredAt), d.DeclaredByAssociationCode, d.EscalationHours, d.Details, MeetingResources.Utc(d.ClosedAt),
            d.ClosingNote, d.IsSample, affected, requests, board.Pending.Count, board.OnTheWay.Count);
    }

    /// <summary>The form's input from a JSON body: the same checks run for both. Times with an offset become Japan time.</summary>
    public static DisasterInput Input(JsonBody body, Disaster? current = null)
    {
        var input = current is null ? new DisasterInput() : DisasterInput.From(current);
        if (body.Has("nameJa") || current is null) input.NameJa = body.Text("nameJa");
        if (body.Has("nameEn") || current is null) input.NameEn = body.Text("nameEn");
        if (body.Has("details") || current is null) input.Details = body.Text("details");
        if (body.Has("escalationHours") || current is null) input.EscalationHours = body.Text("escalationHours");
        input.Kind = body.Text("kind") ?? input.Kind;
        input.StartedAt = body.Has("startedAt") ? ConveningInput.FromApi(body.Text("startedAt")) : input.StartedAt;
        input.IsDrill = body.Bool("isDrill") is { } drill ? (drill ? "true" : "false") : current is null ? null : input.IsDrill;
        input.Prefectures = body.List("prefectures") ?? (current is null ? [] : current.PrefectureCodes.ToList());
        return input;
    }
}
