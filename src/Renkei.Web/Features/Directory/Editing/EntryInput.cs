using System.Globalization;

namespace Renkei.Web.Features.Directory.Editing;

/// <summary>
/// The entry form as posted: text as typed (numbers too, so "１，２００円" comes back unchanged when the
/// form is shown again), every row of every group with its "remove" tick. Never the entity:
/// <see cref="EntryFormReader"/> turns it into <see cref="EntryContent"/>.
/// </summary>
public sealed class EntryInput
{
    public string? LegalForm { get; set; }
    public string? Name { get; set; }
    public string? NameKana { get; set; }
    public string? NameEn { get; set; }
    public string? RepresentativeTitle { get; set; }
    public string? RepresentativeName { get; set; }
    public string? PostalCode { get; set; }
    public string? Address { get; set; }
    public string? AddressEn { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? FoundedOn { get; set; }
    public string? CertifiedOn { get; set; }
    public string? EndowmentYen { get; set; }
    public string? AnnualBudgetYen { get; set; }
    public StaffInput Staff { get; set; } = new();
    public List<MemberTypeRow> MemberTypes { get; set; } = [];
    public List<OfficerRow> Officers { get; set; } = [];
    public List<ContactRow> Contacts { get; set; } = [];
    public List<FacilityRow> Facilities { get; set; } = [];
    public List<NetworkRow> Networks { get; set; } = [];
    public List<PeriodicalRow> Periodicals { get; set; } = [];
    public List<PublicationRow> Publications { get; set; } = [];
    public List<ProjectRow> Projects { get; set; } = [];
    public List<string> ConsultationLanguages { get; set; } = [];
    /// <summary>The stamp of the entry when the form was shown; a save against another is a conflict.</summary>
    public string? ConcurrencyStamp { get; set; }
    /// <summary>訂正内容: the secretariat's note when it corrects a published entry.</summary>
    public string? ChangeNote { get; set; }

    public static EntryInput From(EntryContent c, Guid stamp) => new()
    {
        LegalForm = c.LegalForm,
        Name = c.Name,
        NameKana = c.NameKana,
        NameEn = c.NameEn,
        RepresentativeTitle = c.RepresentativeTitle,
        RepresentativeName = c.RepresentativeName,
        PostalCode = c.PostalCode,
        Address = c.Address,
        AddressEn = c.AddressEn,
        Phone = c.Phone,
        Fax = c.Fax,
        Email = c.Email,
        Website = c.Website,
        FoundedOn = c.FoundedOn,
        CertifiedOn = c.CertifiedOn,
        EndowmentYen = Number(c.EndowmentYen),
        AnnualBudgetYen = Number(c.AnnualBudgetYen),
        Staff = new()
        {
            Seconded = Number(c.Staff.Seconded),
            Regular = Number(c.Staff.Regular),
            PartTime = Number(c.Staff.PartTime),
            Contract = Number(c.Staff.Contract),
            Temporary = Number(c.Staff.Temporary),
        },
        MemberTypes = c.MemberTypes.Select(m => new MemberTypeRow { Name = m.Name, Count = Number(m.Count), AnnualFeeYen = Number(m.AnnualFeeYen) }).ToList(),
        Officers = c.Officers.Select(o => new OfficerRow { Title = o.Title, Name = o.Name, Affiliation = o.Affiliation }).ToList(),
        Contacts = c.Contacts.Select(p => new ContactRow { Department = p.Department, Name = p.Name, Phone = p.Phone, Email = p.Email }).ToList(),
        Facilities = c.Facilities.Select(f => new FacilityRow
        {
            Kind = f.Kind,
            Name = f.Name,
            Owner = f.Owner,
            OpenedOn = f.OpenedOn,
            FloorAreaSqm = f.FloorAreaSqm?.ToString("0.##", CultureInfo.InvariantCulture),
        }).ToList(),
        Networks = c.Networks.Select(n => new NetworkRow { Name = n.Name, Description = n.Description }).ToList(),
        Periodicals = c.Periodicals.Select(p => new PeriodicalRow { Title = p.Title, Languages = [.. p.Languages], Frequency = p.Frequency }).ToList(),
        Publications = c.Publications.Select(p => new PublicationRow
        {
            Title = p.Title,
            Year = p.Year?.ToString(CultureInfo.InvariantCulture),
            Languages = [.. p.Languages],
        }).ToList(),
        Projects = c.Projects.Select(p => new ProjectRow { Name = p.Name, Category = p.Category, Description = p.Description, BudgetYen = Number(p.BudgetYen) }).ToList(),
        ConsultationLanguages = [.. c.ConsultationLanguages],
        ConcurrencyStamp = stamp.ToString(),
    };

    /// <summary>The rows of a group; null for a name that is not a group.</summary>
    public IReadOnlyList<RowInput>? Rows(string group) => group switch
    {
        "memberTypes" => MemberTypes,
        "officers" => Officers,
        "contacts" => Contacts,
        "facilities" => Facilities,
        "networks" => Networks,
        "periodicals" => Periodicals,
        "publications" => Publications,
        "projects" => Projects,
        _ => null,
    };

    /// <summary>Adds a blank row to a group; false when the group is full or unknown.</summary>
    public bool AddRow(string group)
    {
        if (Rows(group) is not { Count: < EntryValidation.MaxRows }) return false;
        switch (group)
        {
            case "memberTypes": MemberTypes.Add(new()); break;
            case "officers": Officers.Add(new()); break;
            case "contacts": Contacts.Add(new()); break;
            case "facilities": Facilities.Add(new()); break;
            case "networks": Networks.Add(new()); break;
            case "periodicals": Periodicals.Add(new()); break;
            case "publications": Publications.Add(new()); break;
            default: Projects.Add(new()); break;
        }
        return true;
    }

    /// <summary>Every group ends with one blank row to type into, without JavaScript.</summary>
    public void EnsureBlankRows()
    {
        foreach (var group in EntryFormKeys.Groups)
            if (Rows(group) is { } rows && (rows.Count == 0 || !rows[^1].IsBlank)) AddRow(group);
    }

    static string? Number(long? n) => n?.ToString("#,0", CultureInfo.InvariantCulture);
    static string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);
}

public sealed class StaffInput
{
    public string? Seconded { get; set; }
    public string? Regular { get; set; }
    public string? PartTime { get; set; }
    public string? Contract { get; set; }
    public string? Temporary { get; set; }
}

/// <summary>A row of a repeating group as typed; ticking <see cref="Remove"/> drops it when the form is saved.</summary>
public abstract class RowInput
{
    public bool Remove { get; set; }

    /// <summary>Nothing typed or chosen in the row.</summary>
    public bool IsBlank => Values.All(string.IsNullOrWhiteSpace);

    protected abstract IEnumerable<string?> Values { get; }
}

public sealed class MemberTypeRow : RowInput
{
    public string? Name { get; set; }
    public string? Count { get; set; }
    public string? AnnualFeeYen { get; set; }
    protected override IEnumerable<string?> Values => [Name, Count, AnnualFeeYen];
}

public sealed class OfficerRow : RowInput
{
    public string? Title { get; set; }
    public string? Name { get; set; }
    public string? Affiliation { get; set; }
    protected override IEnumerable<string?> Values => [Title, Name, Affiliation];
}

public sealed class ContactRow : RowInput
{
    public string? Department { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    protected override IEnumerable<string?> Values => [Department, Name, Phone, Email];
}

public sealed class FacilityRow : RowInput
{
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? Owner { get; set; }
    public string? FloorAreaSqm { get; set; }
    public string? OpenedOn { get; set; }
    protected override IEnumerable<string?> Values => [Kind, Name, Owner, FloorAreaSqm, OpenedOn];
}

public sealed class NetworkRow : RowInput
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    protected override IEnumerable<string?> Values => [Name, Description];
}

public sealed class PeriodicalRow : RowInput
{
    public string? Title { get; set; }
    public List<string> Languages { get; set; } = [];
    public string? Frequency { get; set; }
    protected override IEnumerable<string?> Values => [Title, Frequency, .. Languages];
}

public sealed class PublicationRow : RowInput
{
    public string? Title { get; set; }
    public string? Year { get; set; }
    public List<string> Languages { get; set; } = [];
    protected override IEnumerable<string?> Values => [Title, Year, .. Languages];
}

public sealed class ProjectRow : RowInput
{
    public string? Name { get; set; }
    public string? Category { get; set; }
    public string? Description { get; set; }
    public string? BudgetYen { get; set; }
    protected override IEnumerable<string?> Values => [Name, Category, Description, BudgetYen];
}
