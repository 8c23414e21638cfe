namespace Renkei.Web.Features.Associations;

/// <summary>An association as the API shows it: the registry's fixed facts and the version in force.</summary>
public sealed record AssociationResource(
    string Code, string Kind, string PrefectureCode, string Prefecture, string? City,
    string Name, string? NameKana, string? NameEn, string LegalForm, string? Website, string Block,
    DateOnly? CertifiedOn, DateOnly? WithdrawnOn, string PrefectureEn, string? CityEn, string LegalFormEn, DateOnly ValidFrom)
{
    public static AssociationResource From(Association a)
    {
        var v = a.Current;
        return new(a.Code, KindName(a.Kind), a.PrefectureCode, a.Prefecture, a.City,
            v.Name, v.NameKana, v.NameEn, v.LegalForm, v.Website, v.BlockId,
            a.CertifiedOn, a.WithdrawnOn, a.PrefectureEn, a.CityEn, LegalForms.English(v.LegalForm), v.ValidFrom);
    }

    public static string KindName(AssociationKind kind) => kind == AssociationKind.Prefecture ? "prefecture" : "designated-city";
}

/// <summary>One period of an association's details (validFrom inclusive, validTo exclusive; null while in force).</summary>
public sealed record AssociationVersionResource(string Name, string? NameKana, string? NameEn, string LegalForm, string? Website, string Block,
    DateOnly ValidFrom, DateOnly? ValidTo)
{
    public static AssociationVersionResource From(AssociationVersion v) =>
        new(v.Name, v.NameKana, v.NameEn, v.LegalForm, v.Website, v.BlockId, v.ValidFrom, v.ValidTo);
}

public sealed record AssociationHistoryResource(string Code, IReadOnlyList<AssociationVersionResource> Versions);

/// <summary>A block's chair and vice-chair associations (codes) in one fiscal year.</summary>
public sealed record BlockRolesResource(int FiscalYear, string FiscalYearLabel, string? Chair, string? ViceChair);

public sealed record BlockResource(string Id, string NameJa, string NameEn, IReadOnlyList<string> Members, BlockRolesResource Roles);

/// <summary>A block with the roles of every recorded fiscal year, newest first.</summary>
public sealed record BlockDetailResource(string Id, string NameJa, string NameEn, IReadOnlyList<string> Members, BlockRolesResource Roles,
    IReadOnlyList<BlockRolesResource> RoleHistory);

// Request bodies as documented in OpenAPI. The endpoints read the JSON themselves (JsonBody), so that a
// value of the wrong type gets a message naming the field rather than a bare 400.

/// <summary>PUT /api/v1/associations/{code}: every editable field (a missing optional field is cleared).</summary>
public sealed record AssociationEditBody(string Name, string? NameKana, string? NameEn, string LegalForm, string? Website, string Block,
    DateOnly? CertifiedOn, DateOnly? EffectiveFrom);

public sealed record CertificationBody(string Code, string Kind, string Prefecture, string PrefectureEn, string? City, string? CityEn,
    string Name, string? NameKana, string? NameEn, string LegalForm, string? Website, string Block, DateOnly? CertifiedOn);

public sealed record WithdrawalBody(DateOnly WithdrawnOn);

public sealed record BlockNamesBody(string NameJa, string NameEn);

public sealed record BlockRolesBody(string? Chair, string? ViceChair);
