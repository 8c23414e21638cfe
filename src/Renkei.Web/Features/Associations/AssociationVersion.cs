namespace Renkei.Web.Features.Associations;

/// <summary>Legal forms seen among the associations; free text is allowed for anything new.</summary>
public static class LegalForms
{
    public static readonly string[] Known = ["公益財団法人", "公益社団法人", "一般財団法人", "一般社団法人", "特定非営利活動法人", "任意団体"];

    public static string English(string legalForm) => legalForm switch
    {
        "公益財団法人" => "Public interest incorporated foundation",
        "公益社団法人" => "Public interest incorporated association",
        "一般財団法人" => "General incorporated foundation",
        "一般社団法人" => "General incorporated association",
        "特定非営利活動法人" => "Specified non-profit corporation (NPO)",
        "任意団体" => "Unincorporated association",
        _ => legalForm,
    };
}

/// <summary>The details that change over time, as one value.</summary>
public record AssociationDetails(string Name, string? NameKana, string? NameEn, string LegalForm, string? Website, string BlockId);

/// <summary>One period of an association's name, form, website and block (valid-from inclusive, valid-to exclusive).</summary>
public class AssociationVersion
{
    public int Id { get; set; }
    public string AssociationCode { get; set; } = "";
    public required string Name { get; set; }
    public string? NameKana { get; set; }
    public string? NameEn { get; set; }
    public required string LegalForm { get; set; }
    public string? Website { get; set; }
    public required string BlockId { get; set; }
    public Block? Block { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public AssociationDetails Details => new(Name, NameKana, NameEn, LegalForm, Website, BlockId);

    public string DisplayName(bool english) => english && !string.IsNullOrEmpty(NameEn) ? NameEn : Name;

    public static AssociationVersion From(AssociationDetails d, DateOnly validFrom) => new()
    {
        Name = d.Name,
        NameKana = d.NameKana,
        NameEn = d.NameEn,
        LegalForm = d.LegalForm,
        Website = d.Website,
        BlockId = d.BlockId,
        ValidFrom = validFrom,
    };
}
