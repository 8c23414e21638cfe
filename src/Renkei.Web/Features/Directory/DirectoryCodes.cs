namespace Renkei.Web.Features.Directory;

/// <summary>A code stored in an entry with its Japanese and English label.</summary>
public record CodeLabel(string Code, string Ja, string En)
{
    public string Label(bool english) => english ? En : Ja;
}

/// <summary>
/// The closed lists an entry picks from. Codes are stored, labels are shown; a code that is not listed
/// (from an old import) is shown as it is rather than lost.
/// </summary>
public static class DirectoryCodes
{
    public static readonly IReadOnlyList<CodeLabel> LegalForms =
    [
        new("public-foundation", "公益財団法人", "Public interest incorporated foundation"),
        new("public-association", "公益社団法人", "Public interest incorporated association"),
        new("general-foundation", "一般財団法人", "General incorporated foundation"),
        new("general-association", "一般社団法人", "General incorporated association"),
        new("npo", "特定非営利活動法人", "Specified non-profit corporation (NPO)"),
        new("unincorporated", "任意団体", "Unincorporated association"),
    ];

    public static readonly IReadOnlyList<CodeLabel> ProjectCategories =
    [
        new("coexistence", "多文化共生", "Multicultural coexistence"),
        new("consultation", "外国人相談", "Consultation for foreign residents"),
        new("japanese-language", "日本語教育", "Japanese language education"),
        new("disaster", "防災・災害時支援", "Disaster preparedness and support"),
        new("exchange", "国際交流", "International exchange"),
        new("cooperation", "国際協力", "International cooperation"),
        new("understanding", "国際理解", "International understanding"),
        new("volunteers", "ボランティア・人材育成", "Volunteers and capacity building"),
        new("information", "情報提供", "Information services"),
        new("other", "その他", "Other"),
    ];

    public static readonly IReadOnlyList<CodeLabel> Languages =
    [
        new("en", "英語", "English"),
        new("zh", "中国語", "Chinese"),
        new("ko", "韓国語", "Korean"),
        new("pt", "ポルトガル語", "Portuguese"),
        new("es", "スペイン語", "Spanish"),
        new("tl", "タガログ語", "Tagalog"),
        new("vi", "ベトナム語", "Vietnamese"),
        new("id", "インドネシア語", "Indonesian"),
        new("th", "タイ語", "Thai"),
        new("ne", "ネパール語", "Nepali"),
        new("my", "ミャンマー語", "Burmese"),
        new("km", "クメール語", "Khmer"),
        new("mn", "モンゴル語", "Mongolian"),
        new("si", "シンハラ語", "Sinhala"),
        new("bn", "ベンガル語", "Bengali"),
        new("hi", "ヒンディー語", "Hindi"),
        new("ru", "ロシア語", "Russian"),
        new("uk", "ウクライナ語", "Ukrainian"),
        new("fr", "フランス語", "French"),
        new("de", "ドイツ語", "German"),
        new("ar", "アラビア語", "Arabic"),
        new("fa", "ペルシャ語", "Persian"),
        new("tr", "トルコ語", "Turkish"),
        new("ur", "ウルドゥー語", "Urdu"),
        new("ja-easy", "やさしい日本語", "Easy Japanese"),
    ];

    public static readonly IReadOnlyList<CodeLabel> Frequencies =
    [
        new("monthly", "月刊", "Monthly"),
        new("bimonthly", "隔月刊", "Every two months"),
        new("quarterly", "季刊", "Quarterly"),
        new("semiannual", "年2回", "Twice a year"),
        new("annual", "年刊", "Yearly"),
        new("irregular", "不定期", "Irregular"),
    ];

    public static readonly IReadOnlyList<CodeLabel> FacilityKinds =
    [
        new("office", "事務所", "Office"),
        new("lounge", "国際交流ラウンジ", "International exchange lounge"),
        new("other", "その他", "Other"),
    ];

    public static string Label(IReadOnlyList<CodeLabel> list, string? code, bool english) =>
        code is null ? "" : list.FirstOrDefault(c => c.Code == code)?.Label(english) ?? code;

    public static bool IsListed(IReadOnlyList<CodeLabel> list, string? code) => list.Any(c => c.Code == code);

    /// <summary>Finds a code by its code, Japanese or English label (what a person types into a spreadsheet).</summary>
    public static string? Find(IReadOnlyList<CodeLabel> list, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return list.FirstOrDefault(c => string.Equals(c.Code, t, StringComparison.OrdinalIgnoreCase)
            || c.Ja == t || string.Equals(c.En, t, StringComparison.OrdinalIgnoreCase))?.Code;
    }
}
