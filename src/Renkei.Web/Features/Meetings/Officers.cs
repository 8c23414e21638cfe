namespace Renkei.Web.Features.Meetings;

/// <summary>会長, 副会長, 監事, 運営幹事 …: a position of the council with its number of seats and usual term.</summary>
public class OfficerPosition
{
    public int Id { get; set; }
    /// <summary>Stable key: chair, vice-chair, auditor, steering.</summary>
    public required string Code { get; set; }
    public required string NameJa { get; set; }
    public required string NameEn { get; set; }
    public int Seats { get; set; } = 1;
    public int TermYears { get; set; } = 2;
    public int SortOrder { get; set; }

    public string Name(bool english) => english ? NameEn : NameJa;
}

/// <summary>
/// A person in a position for a term: the officer register with its history. A term from an election names
/// the agenda item that elected it; ending a term sets <see cref="To"/>, nothing is deleted.
/// </summary>
public class OfficerTerm
{
    public int Id { get; set; }
    public int OfficerPositionId { get; set; }
    public required string PersonName { get; set; }
    public string? PersonTitle { get; set; }
    public required string AssociationCode { get; set; }
    /// <summary>First day in office.</summary>
    public DateOnly From { get; set; }
    /// <summary>Day the term ends (exclusive); null while open-ended.</summary>
    public DateOnly? To { get; set; }
    public int? ElectedAtItemId { get; set; }
    public bool IsSample { get; set; }

    public OfficerPosition? Position { get; set; }

    public bool IsCurrent(DateOnly today) => From <= today && (To is null || To > today);
}
