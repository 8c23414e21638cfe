namespace Renkei.Web.Features.Directory;

/// <summary>The made-up words demo entries are built from: fictional people, typical projects, publications and networks.</summary>
static class DemoCatalogue
{
    // Family names no one is likely to carry, so that no demo entry seems to name a real person.
    public static readonly string[] FamilyNames = ["見本", "例山", "仮田", "試野", "架空"];
    public static readonly string[] GivenNames = ["太郎", "花子", "一郎", "和子", "次郎", "由美", "健", "明美", "誠", "直子", "浩", "恵子", "修", "陽子", "聡", "裕子"];

    public static readonly string[] Affiliations = ["見本大学", "見本商工会議所", "見本新聞社", "特定非営利活動法人見本ネット", "見本銀行", "見本地域振興会"];
    public static readonly string[] Streets = ["見本町", "国際通", "交流町", "共生台", "中央見本"];
    public static readonly string[] StreetsEn = ["Mihon-cho", "Kokusai-dori", "Koryu-cho", "Kyosei-dai", "Chuo-mihon"];
    public static readonly string[] Departments = ["多文化共生課", "国際交流課", "総務課", "事業課"];

    public record ProjectIdea(string Category, string Name, string Description);

    /// <summary>Ideas per category: the first is an association's standing project, the others come and go.</summary>
    public static readonly ProjectIdea[] Projects =
    [
        new("consultation", "外国人総合相談センターの運営", "生活・仕事・在留手続きなどの相談に多言語で応じる（窓口・電話・オンライン）"),
        new("consultation", "医療通訳ボランティアの派遣", "医療機関の求めに応じて通訳ボランティアを派遣"),
        new("japanese-language", "地域日本語教室の支援", "地域の日本語教室への講師派遣、教材提供、コーディネーター研修"),
        new("japanese-language", "外国につながる子どもの学習支援", "日本語指導が必要な児童生徒への学習支援教室"),
        new("disaster", "災害時多言語支援センター設置訓練", "市町村・ブロック内の協会と合同で支援センターの設置・運営を訓練"),
        new("disaster", "外国人住民のための防災ワークショップ", "避難所体験と多言語の防災情報の使い方を学ぶ"),
        new("coexistence", "多文化共生地域づくり推進事業", "市町村・NPOと連携し、外国人住民が参加する地域づくりを支援"),
        new("coexistence", "やさしい日本語普及事業", "行政職員・住民向けのやさしい日本語研修"),
        new("exchange", "国際交流フェスティバル", "住民と外国人住民が出会う交流イベントを開催"),
        new("exchange", "姉妹・友好地域との青少年交流", "友好提携先との青少年の相互派遣"),
        new("cooperation", "海外技術研修員の受入れ", "友好提携先からの研修員の受入れと生活支援"),
        new("understanding", "国際理解教育講師派遣", "学校・公民館に外国出身の講師を派遣"),
        new("volunteers", "通訳・翻訳ボランティアの育成", "登録ボランティアの研修と、行政・学校への派遣"),
        new("information", "多言語生活情報の発信", "ウェブサイト・SNS・メールマガジンで多言語の生活情報を発信"),
        new("other", "留学生の生活・就職支援", "留学生の住まい探し・就職活動の相談と企業との交流会"),
    ];

    public static readonly string[] Publications =
        ["外国人のための生活ガイドブック", "多言語防災ハンドブック", "日本語教室ガイドマップ", "やさしい日本語の手引き", "外国人相談事例集", "事業報告書"];

    public static readonly (string Name, string Description)[] Networks =
    [
        ("外国人支援団体ネットワーク会議", "管内のNPO・ボランティア団体{0}団体と年2回情報交換"),
        ("日本語教室ネットワーク", "地域の日本語教室{0}か所と連携し、研修と教材を共有"),
        ("災害時外国人支援ネットワーク", "市町村国際交流協会・NPOなど{0}団体と災害時の協力を確認"),
    ];

    /// <summary>Consultation languages, the most asked first; many-language areas (Brazilian, Peruvian, Filipino communities) lead with Portuguese and Spanish.</summary>
    public static readonly string[] Languages = ["en", "zh", "ko", "vi", "tl", "pt", "ne", "id", "es", "th", "my", "ja-easy", "km", "mn", "si", "bn", "uk", "ru", "fr"];
    public static readonly string[] LanguagesManyArea = ["en", "pt", "es", "zh", "vi", "tl", "ko", "id", "ne", "th", "ja-easy", "my", "km", "si", "mn", "uk", "ru", "fr"];

    public static readonly (string Name, int MinCount, int MaxCount, long MinFee, long MaxFee)[] MemberTypes =
    [
        ("個人会員", 60, 900, 2_000, 5_000),
        ("団体会員", 10, 200, 10_000, 50_000),
        ("賛助会員", 5, 60, 10_000, 100_000),
        ("学生会員", 10, 120, 1_000, 1_000),
    ];
}
