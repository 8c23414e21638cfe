using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// Where a demo entry says its office is: the prefecture's capital (or the designated city), with that
/// place's real area code and postal prefix, so the made-up contact details look at home. The street is
/// always invented and marked （サンプル）; phone numbers use an exchange of zeros, which Japan never assigns.
/// </summary>
static class DemoPlaces
{
    public sealed record Place(string CityJa, string CityEn, string AreaCode, string PostalPrefix);

    static readonly Dictionary<string, Place> Capitals = new()
    {
        ["01"] = new("札幌市", "Sapporo", "011", "060"), ["02"] = new("青森市", "Aomori", "017", "030"),
        ["03"] = new("盛岡市", "Morioka", "019", "020"), ["04"] = new("仙台市", "Sendai", "022", "980"),
        ["05"] = new("秋田市", "Akita", "018", "010"), ["06"] = new("山形市", "Yamagata", "023", "990"),
        ["07"] = new("福島市", "Fukushima", "024", "960"), ["08"] = new("水戸市", "Mito", "029", "310"),
        ["09"] = new("宇都宮市", "Utsunomiya", "028", "320"), ["10"] = new("前橋市", "Maebashi", "027", "371"),
        ["11"] = new("さいたま市", "Saitama City", "048", "330"), ["12"] = new("千葉市", "Chiba City", "043", "260"),
        ["13"] = new("新宿区", "Shinjuku-ku", "03", "160"), ["14"] = new("横浜市", "Yokohama", "045", "231"),
        ["15"] = new("新潟市", "Niigata City", "025", "950"), ["16"] = new("富山市", "Toyama City", "076", "930"),
        ["17"] = new("金沢市", "Kanazawa", "076", "920"), ["18"] = new("福井市", "Fukui City", "0776", "910"),
        ["19"] = new("甲府市", "Kofu", "055", "400"), ["20"] = new("長野市", "Nagano City", "026", "380"),
        ["21"] = new("岐阜市", "Gifu City", "058", "500"), ["22"] = new("静岡市", "Shizuoka City", "054", "420"),
        ["23"] = new("名古屋市", "Nagoya", "052", "460"), ["24"] = new("津市", "Tsu", "059", "514"),
        ["25"] = new("大津市", "Otsu", "077", "520"), ["26"] = new("京都市", "Kyoto City", "075", "600"),
        ["27"] = new("大阪市", "Osaka City", "06", "540"), ["28"] = new("神戸市", "Kobe", "078", "650"),
        ["29"] = new("奈良市", "Nara City", "0742", "630"), ["30"] = new("和歌山市", "Wakayama City", "073", "640"),
        ["31"] = new("鳥取市", "Tottori City", "0857", "680"), ["32"] = new("松江市", "Matsue", "0852", "690"),
        ["33"] = new("岡山市", "Okayama City", "086", "700"), ["34"] = new("広島市", "Hiroshima City", "082", "730"),
        ["35"] = new("山口市", "Yamaguchi City", "083", "753"), ["36"] = new("徳島市", "Tokushima City", "088", "770"),
        ["37"] = new("高松市", "Takamatsu", "087", "760"), ["38"] = new("松山市", "Matsuyama", "089", "790"),
        ["39"] = new("高知市", "Kochi City", "088", "780"), ["40"] = new("福岡市", "Fukuoka City", "092", "810"),
        ["41"] = new("佐賀市", "Saga City", "0952", "840"), ["42"] = new("長崎市", "Nagasaki City", "095", "850"),
        ["43"] = new("熊本市", "Kumamoto City", "096", "860"), ["44"] = new("大分市", "Oita City", "097", "870"),
        ["45"] = new("宮崎市", "Miyazaki City", "0985", "880"), ["46"] = new("鹿児島市", "Kagoshima City", "099", "890"),
        ["47"] = new("那覇市", "Naha", "098", "900"),
    };

    // Designated cities that are not their prefecture's capital.
    static readonly Dictionary<string, (string AreaCode, string PostalPrefix)> Cities = new()
    {
        ["141305"] = ("044", "210"), // 川崎市
        ["221309"] = ("053", "430"), // 浜松市
        ["401005"] = ("093", "802"), // 北九州市
    };

    public static Place Of(Association a)
    {
        var capital = Capitals.GetValueOrDefault(a.PrefectureCode) ?? new(a.City ?? "見本市", a.CityEn ?? "Mihon", "03", "100");
        if (a.City is null) return capital;
        var (area, postal) = Cities.GetValueOrDefault(a.Code, (capital.AreaCode, capital.PostalPrefix));
        return new(a.City, a.CityEn ?? capital.CityEn, area, postal);
    }

    /// <summary>A number with the place's area code and an all-zero exchange: ten digits, shaped like a real one, never assigned.</summary>
    public static string Phone(Place place, int line) =>
        $"{place.AreaCode}-{new string('0', 6 - place.AreaCode.Length)}-{line:0000}";

    /// <summary>Lower-case ASCII for e-mail addresses: "Saitama City" → "saitama-city".</summary>
    public static string Slug(Association a) =>
        (a.CityEn ?? a.PrefectureEn).ToLowerInvariant().Replace(' ', '-');

    /// <summary>Prefectures whose foreign residents speak many languages (factory towns with Brazilian, Peruvian, Filipino and Vietnamese communities, and the big cities).</summary>
    public static bool ManyLanguages(Association a) =>
        a.PrefectureCode is "08" or "09" or "10" or "11" or "13" or "14" or "21" or "22" or "23" or "24" or "25" or "27";

    /// <summary>The largest prefectures, whose associations have the largest budgets.</summary>
    public static bool Large(Association a) =>
        a.City is null && a.PrefectureCode is "01" or "11" or "12" or "13" or "14" or "22" or "23" or "27" or "28" or "40";
}
