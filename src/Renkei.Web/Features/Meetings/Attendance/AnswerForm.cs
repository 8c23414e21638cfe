namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>The answer form as posted: text as typed, one row per person with its "remove" tick. Never the entity.</summary>
public sealed class AnswerForm
{
    public string? Mode { get; set; }
    public string? ProxyHolder { get; set; }
    public string? RepresentativeUserId { get; set; }
    public string? Note { get; set; }
    /// <summary>The answer's stamp when the form was shown; a save against another is a conflict.</summary>
    public string? ConcurrencyStamp { get; set; }
    public List<PersonRow> People { get; set; } = [];

    public static AnswerForm From(Attendance a) => new()
    {
        Mode = a.Mode == AttendanceMode.Unanswered ? null : Attendance.ModeCode(a.Mode),
        ProxyHolder = a.GaveProxy ? a.ProxyHolderCode ?? AnswerRequest.Chair : null,
        RepresentativeUserId = a.RepresentativeUserId,
        Note = a.Note,
        ConcurrencyStamp = a.ConcurrencyStamp.ToString(),
        People = a.Attendees.OrderBy(p => p.Id)
            .Select(p => new PersonRow { Id = p.Id, Name = p.Name, Title = p.Title, Mode = AttendanceResources.PersonCode(p.Mode) }).ToList(),
    };

    /// <summary>A blank row at the end to type the next person into (up to the limit).</summary>
    public void EnsureBlankRow()
    {
        if (People.Count < AttendanceAnswering.MaxPeople && (People.Count == 0 || !People[^1].IsBlank)) People.Add(new PersonRow());
    }

    /// <summary>The request; removed rows stay as blank ones so that messages keep pointing at the form's rows.</summary>
    public AnswerRequest ToRequest() => new(
        AttendanceResources.ParseMode(Mode) ?? AttendanceMode.Unanswered,
        ProxyHolder,
        RepresentativeUserId,
        People.Select(p => p.Remove ? new PersonAnswer(null, null, null, null) : new PersonAnswer(p.Id, p.Name, p.Title, AttendanceResources.ParsePersonMode(p.Mode))).ToList(),
        Note);
}

public sealed class PersonRow
{
    public int? Id { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    /// <summary>on-site, online, or empty: as the association answered (hybrid meetings only).</summary>
    public string? Mode { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title);
}
