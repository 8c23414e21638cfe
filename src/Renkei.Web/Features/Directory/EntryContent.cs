using System.Text.Json.Serialization;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// What one association says about itself in one edition of the directory (ダイレクトリー). Stored as one
/// JSON document per entry and per published version, so a frozen snapshot, a draft and a correction are
/// each a whole copy that can be compared field by field (<see cref="EntryFields"/>). Repeating groups
/// are real lists of typed rows. Which fields are members-only is said once, in <see cref="EntryFields"/>.
/// Year-months are "yyyy-MM"; money is whole yen; codes (legal form, category, language) are listed in
/// <see cref="DirectoryCodes"/>.
/// </summary>
public class EntryContent
{
    public string? LegalForm { get; set; }
    public string? Name { get; set; }
    public string? NameKana { get; set; }
    public string? NameEn { get; set; }
    public string? RepresentativeTitle { get; set; }
    public string? RepresentativeName { get; set; }
    /// <summary>"123-4567", shown as 〒123-4567.</summary>
    public string? PostalCode { get; set; }
    public string? Address { get; set; }
    public string? AddressEn { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? FoundedOn { get; set; }
    public string? CertifiedOn { get; set; }
    /// <summary>基本財産 in yen.</summary>
    public long? EndowmentYen { get; set; }
    /// <summary>年間予算 (the edition's fiscal year) in yen.</summary>
    public long? AnnualBudgetYen { get; set; }
    public List<MemberType> MemberTypes { get; set; } = [];
    public List<Officer> Officers { get; set; } = [];
    public StaffCounts Staff { get; set; } = new();
    /// <summary>担当者: members-only, they carry personal phone numbers and e-mail addresses.</summary>
    public List<ContactPerson> Contacts { get; set; } = [];
    public List<Facility> Facilities { get; set; } = [];
    public List<Network> Networks { get; set; } = [];
    public List<Periodical> Periodicals { get; set; } = [];
    public List<Publication> Publications { get; set; } = [];
    public List<Project> Projects { get; set; } = [];
    /// <summary>Languages of the association's consultation service, as codes (en, zh, ko, pt, ...).</summary>
    public List<string> ConsultationLanguages { get; set; } = [];

    public EntryContent Copy() => DirectoryJson.Deserialize(DirectoryJson.Serialize(this));

    /// <summary>The entry as the public may read it: members-only fields left out.</summary>
    public EntryContent ForPublic()
    {
        var copy = Copy();
        copy.Contacts = [];
        return copy;
    }

    [JsonIgnore] public int StaffTotal => Staff.Total;
}

/// <summary>会員種別: e.g. 個人会員, 3,000円/年, 120名.</summary>
public class MemberType
{
    public string? Name { get; set; }
    public int? Count { get; set; }
    public long? AnnualFeeYen { get; set; }
}

/// <summary>役員: 理事長, 副理事長, 理事, 監事, ...</summary>
public class Officer
{
    public string? Title { get; set; }
    public string? Name { get; set; }
    public string? Affiliation { get; set; }
}

/// <summary>職員数 by employment type (雇用形態).</summary>
public class StaffCounts
{
    /// <summary>県・市からの派遣職員.</summary>
    public int? Seconded { get; set; }
    public int? Regular { get; set; }
    public int? PartTime { get; set; }
    public int? Contract { get; set; }
    public int? Temporary { get; set; }

    [JsonIgnore] public int Total => (Seconded ?? 0) + (Regular ?? 0) + (PartTime ?? 0) + (Contract ?? 0) + (Temporary ?? 0);
}

/// <summary>担当者 (members-only).</summary>
public class ContactPerson
{
    public string? Department { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

/// <summary>施設: the office or the international exchange lounge (国際交流ラウンジ).</summary>
public class Facility
{
    /// <summary><see cref="DirectoryCodes.FacilityKinds"/>: office, lounge, other.</summary>
    public string? Kind { get; set; }
    public string? Name { get; set; }
    /// <summary>所有者: e.g. 県, 市, 協会, 民間.</summary>
    public string? Owner { get; set; }
    public decimal? FloorAreaSqm { get; set; }
    public string? OpenedOn { get; set; }
}

/// <summary>民間団体とのネットワーク.</summary>
public class Network
{
    public string? Name { get; set; }
    public string? Description { get; set; }
}

/// <summary>定期刊行物.</summary>
public class Periodical
{
    public string? Title { get; set; }
    /// <summary>Language codes, comma-free list.</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary><see cref="DirectoryCodes.Frequencies"/>.</summary>
    public string? Frequency { get; set; }
}

/// <summary>刊行物.</summary>
public class Publication
{
    public string? Title { get; set; }
    public int? Year { get; set; }
    public List<string> Languages { get; set; } = [];
}

/// <summary>主な事業.</summary>
public class Project
{
    public string? Name { get; set; }
    /// <summary><see cref="DirectoryCodes.ProjectCategories"/>.</summary>
    public string? Category { get; set; }
    public string? Description { get; set; }
    public long? BudgetYen { get; set; }
}
