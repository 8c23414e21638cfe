using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Registry;

/// <summary>A new association as typed or sent. Kind is "prefecture" or "designated-city", as in the API.</summary>
public sealed record CertificationInput(string? Code, string? Kind, string? Prefecture, string? PrefectureEn, string? City, string? CityEn,
    DetailsInput Details, string? CertifiedOn);

/// <summary>
/// Secretariat: certify a new association (add it to the registry). Used by the certification page and
/// POST /api/v1/associations. The prefecture code is taken from the code's first two digits, never typed.
/// </summary>
public sealed class AssociationCertification(RenkeiDbContext db, TimeProvider clock, FieldText text)
{
    public const string PrefectureKind = "prefecture", DesignatedCityKind = "designated-city";

    public async Task<(ChangeResult Result, string? Code)> CertifyAsync(CertificationInput input, CancellationToken ct = default)
    {
        var errors = new RuleErrors();
        var code = ReadCode(input.Code, errors);
        var kind = InputText.Compact(input.Kind)?.ToLowerInvariant() switch
        {
            PrefectureKind => AssociationKind.Prefecture,
            DesignatedCityKind => AssociationKind.DesignatedCity,
            null => Fail(errors, "kind", text.T["種別を選択してください。"]),
            _ => Fail(errors, "kind", text.T["種別は prefecture（都道府県）または designated-city（政令指定都市）です。"]),
        };
        if (code is not null && kind is AssociationKind k && LocalGovernmentCode.IsPrefecture(code) != (k == AssociationKind.Prefecture))
            errors.Add("kind", text.T["種別が地方公共団体コードと合いません（都道府県のコードは3～5桁目が000です）。"]);

        var prefecture = text.RequiredText(errors, "prefecture", input.Prefecture, 10);
        var prefectureEn = text.RequiredText(errors, "prefectureEn", input.PrefectureEn, 20);
        string? city = null, cityEn = null;
        if (kind == AssociationKind.DesignatedCity)
        {
            city = text.RequiredText(errors, "city", input.City, 20);
            cityEn = text.RequiredText(errors, "cityEn", input.CityEn, 40);
        }
        else if (kind == AssociationKind.Prefecture && (InputText.Clean(input.City) ?? InputText.Clean(input.CityEn)) is not null)
            errors.Add("city", text.T["都道府県の協会には市名を入力しないでください。"]);

        var blockIds = await db.Blocks.Select(b => b.Id).ToListAsync(ct);
        var details = AssociationDetailsRules.Read(input.Details, blockIds, text, errors);
        var certifiedOn = text.OptionalDate(errors, "certifiedOn", input.CertifiedOn);

        if (code is not null && await db.Associations.IgnoreAutoIncludes().AnyAsync(a => a.Code == code, ct))
            errors.Add("code", text.T["地方公共団体コード {0} の協会はすでに登録されています。", code]);
        if (errors.Any) return (ChangeResult.Invalid(errors), null);

        db.Associations.Add(new Association
        {
            Code = code!,
            Kind = kind!.Value,
            PrefectureCode = LocalGovernmentCode.PrefectureCode(code!),
            Prefecture = prefecture!,
            PrefectureEn = prefectureEn!,
            City = city,
            CityEn = cityEn,
            CertifiedOn = certifiedOn,
            // The first version starts with the certification, or today when that date is not known.
            Versions = [AssociationVersion.From(details!, certifiedOn ?? clock.Today())],
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return (ChangeResult.Saved(), code);
        }
        catch (DbUpdateException)
        {
            // Two certifications of the same code at once: the second finds the key taken.
            db.ChangeTracker.Clear();
            var taken = new RuleErrors();
            taken.Add("code", text.T["地方公共団体コード {0} の協会はすでに登録されています。", code!]);
            return (ChangeResult.Invalid(taken), null);
        }
    }

    string? ReadCode(string? raw, RuleErrors errors)
    {
        switch (LocalGovernmentCode.Problem(raw))
        {
            case null: return LocalGovernmentCode.Normalize(raw);
            case CodeProblem.Missing: errors.Add("code", text.Required("code")); break;
            case CodeProblem.NotSixDigits: errors.Add("code", text.T["地方公共団体コードは6桁の数字で入力してください。"]); break;
            case CodeProblem.WrongCheckDigit: errors.Add("code", text.T["地方公共団体コードの検査数字（6桁目）が正しくありません。"]); break;
            case CodeProblem.NoSuchPrefecture: errors.Add("code", text.T["地方公共団体コードの先頭2桁（都道府県）は01～47です。"]); break;
        }
        return null;
    }

    static AssociationKind? Fail(RuleErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }
}
