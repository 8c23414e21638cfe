namespace Renkei.Web.Features.Disasters;

/// <summary>
/// The languages support is asked and offered in: the languages of CLAIR's multilingual disaster materials and the
/// others associations' volunteer registers commonly hold. Codes are BCP 47 where one exists; "ja-easy" is やさしい日本語
/// and "jsl" 日本手話. A fixed list keeps requests and offers matchable.
/// </summary>
public static class SupportLanguages
{
    public sealed record Language(string Code, string NameJa, string NameEn)
    {
        public string Name(bool english) => english ? NameEn : NameJa;
    }

    public static readonly IReadOnlyList<Language> All =
    [
        new("ja-easy", "やさしい日本語", "Easy Japanese"),
        new("en", "英語", "English"),
        new("zh", "中国語", "Chinese"),
        new("ko", "韓国語", "Korean"),
        new("vi", "ベトナム語", "Vietnamese"),
        new("tl", "フィリピノ語（タガログ語）", "Filipino (Tagalog)"),
        new("pt", "ポルトガル語", "Portuguese"),
        new("es", "スペイン語", "Spanish"),
        new("ne", "ネパール語", "Nepali"),
        new("id", "インドネシア語", "Indonesian"),
        new("th", "タイ語", "Thai"),
        new("my", "ミャンマー語", "Burmese"),
        new("km", "クメール語", "Khmer"),
        new("mn", "モンゴル語", "Mongolian"),
        new("si", "シンハラ語", "Sinhala"),
        new("bn", "ベンガル語", "Bengali"),
        new("ur", "ウルドゥー語", "Urdu"),
        new("hi", "ヒンディー語", "Hindi"),
        new("fr", "フランス語", "French"),
        new("de", "ドイツ語", "German"),
        new("ru", "ロシア語", "Russian"),
        new("uk", "ウクライナ語", "Ukrainian"),
        new("ar", "アラビア語", "Arabic"),
        new("fa", "ペルシャ語", "Persian"),
        new("jsl", "日本手話", "Japanese Sign Language"),
    ];

    static readonly Dictionary<string, Language> ByCode = All.ToDictionary(l => l.Code);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    public static string Name(string code, bool english) => ByCode.TryGetValue(code, out var l) ? l.Name(english) : code;

    /// <summary>"英語、ベトナム語" / "English, Vietnamese"; an empty list reads as 指定なし / none.</summary>
    public static string Names(IEnumerable<string> codes, bool english)
    {
        var names = codes.Select(c => Name(c, english)).ToList();
        return names.Count == 0 ? (english ? "none" : "指定なし") : string.Join(english ? ", " : "、", names);
    }
}
