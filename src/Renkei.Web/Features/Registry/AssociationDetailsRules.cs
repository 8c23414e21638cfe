using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Registry;

/// <summary>The versioned details as typed into a form or sent to the API, before any check.</summary>
public sealed record DetailsInput(string? Name, string? NameKana, string? NameEn, string? LegalForm, string? Website, string? Block);

/// <summary>
/// Checks and cleans the details that change over time (name, reading, English name, legal form,
/// website, block). Lengths are those of the database columns (AssociationsModel.cs), so nothing valid
/// here can fail on save.
/// </summary>
public static class AssociationDetailsRules
{
    public const int NameMax = 100, NameKanaMax = 200, NameEnMax = 200, LegalFormMax = 40, WebsiteMax = 300;

    /// <summary>The cleaned details, or null with the reasons in <paramref name="errors"/>.</summary>
    public static AssociationDetails? Read(DetailsInput input, IReadOnlyCollection<string> blockIds, FieldText text, RuleErrors errors)
    {
        var before = errors.All.Count();
        var name = text.RequiredText(errors, "name", input.Name, NameMax);
        var nameEn = text.OptionalText(errors, "nameEn", input.NameEn, NameEnMax);
        var legalForm = text.RequiredText(errors, "legalForm", input.LegalForm, LegalFormMax);

        // Readings are kept in katakana whichever kana they were typed in (see InputText.Katakana).
        var kana = InputText.Katakana(input.NameKana);
        if (kana is not null && kana.Length > NameKanaMax) errors.Add("nameKana", text.TooLong("nameKana", NameKanaMax));
        else if (kana is not null && !InputText.IsKatakanaReading(kana))
            errors.Add("nameKana", text.T["{0}はカタカナまたはひらがなで入力してください。", text.Label("nameKana")]);

        var website = InputText.Clean(input.Website);
        if (website is not null && website.Length > WebsiteMax) errors.Add("website", text.TooLong("website", WebsiteMax));
        else if (website is not null && !InputText.IsWebAddress(website))
            errors.Add("website", text.T["{0}は http:// または https:// で始まるアドレスを入力してください。", text.Label("website")]);

        var block = InputText.Compact(input.Block)?.ToLowerInvariant();
        if (block is null) errors.Add("block", text.Required("block"));
        else if (!blockIds.Contains(block)) errors.Add("block", text.T["ブロック「{0}」はありません。", block]);

        if (errors.All.Count() > before) return null;
        return new AssociationDetails(name!, kana, nameEn, legalForm!, website, block!);
    }
}
