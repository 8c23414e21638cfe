namespace Renkei.Web.Features.Associations;

/// <summary>
/// The 47 prefectures with their place on the public tile map: a conventional tile grid of Japan
/// (Hokkaido top right, Okinawa bottom left beside Kyushu), 12 columns by 11 rows. The table is
/// fixed because the map must show every prefecture, including one without an association (Nara).
/// </summary>
public static class Prefectures
{
    /// <param name="Code">Two digits, "01" to "47" (JIS X 0401), the order Japanese readers expect.</param>
    /// <param name="ShortJa">Name without 都・府・県, as tile maps print it (北海道, 青森).</param>
    /// <param name="TileEn">English name; a '|' marks where a long name breaks onto a second line in a tile.</param>
    public sealed record Prefecture(string Code, string ShortJa, string Suffix, string TileEn, int Column, int Row)
    {
        public string NameJa => ShortJa + Suffix;
        public string NameEn => TileEn.Replace("|", "");
        public string Name(bool english) => english ? NameEn : NameJa;
        public string ShortName(bool english) => english ? NameEn : ShortJa;
    }

    public const int Columns = 12;
    public const int Rows = 11;

    public static readonly IReadOnlyList<Prefecture> All =
    [
        new("01", "北海道", "", "Hok|kaido", 11, 0),
        new("02", "青森", "県", "Ao|mori", 11, 1),
        new("03", "岩手", "県", "Iwate", 11, 2),
        new("04", "宮城", "県", "Miya|gi", 11, 3),
        new("05", "秋田", "県", "Akita", 10, 2),
        new("06", "山形", "県", "Yama|gata", 10, 3),
        new("07", "福島", "県", "Fuku|shima", 10, 4),
        new("08", "茨城", "県", "Iba|raki", 11, 5),
        new("09", "栃木", "県", "Tochi|gi", 10, 5),
        new("10", "群馬", "県", "Gunma", 9, 5),
        new("11", "埼玉", "県", "Sai|tama", 9, 6),
        new("12", "千葉", "県", "Chiba", 11, 6),
        new("13", "東京", "都", "Tokyo", 10, 6),
        new("14", "神奈川", "県", "Kana|gawa", 9, 7),
        new("15", "新潟", "県", "Nii|gata", 9, 4),
        new("16", "富山", "県", "Toya|ma", 8, 4),
        new("17", "石川", "県", "Ishi|kawa", 7, 4),
        new("18", "福井", "県", "Fukui", 6, 5),
        new("19", "山梨", "県", "Yama|nashi", 8, 6),
        new("20", "長野", "県", "Naga|no", 8, 5),
        new("21", "岐阜", "県", "Gifu", 7, 5),
        new("22", "静岡", "県", "Shizu|oka", 8, 7),
        new("23", "愛知", "県", "Aichi", 7, 6),
        new("24", "三重", "県", "Mie", 6, 7),
        new("25", "滋賀", "県", "Shiga", 6, 6),
        new("26", "京都", "府", "Kyoto", 5, 6),
        new("27", "大阪", "府", "Osaka", 4, 7),
        new("28", "兵庫", "県", "Hyogo", 4, 6),
        new("29", "奈良", "県", "Nara", 5, 7),
        new("30", "和歌山", "県", "Waka|yama", 5, 8),
        new("31", "鳥取", "県", "Tot|tori", 3, 6),
        new("32", "島根", "県", "Shima|ne", 2, 6),
        new("33", "岡山", "県", "Oka|yama", 3, 7),
        new("34", "広島", "県", "Hiro|shima", 2, 7),
        new("35", "山口", "県", "Yama|guchi", 1, 7),
        new("36", "徳島", "県", "Toku|shima", 4, 9),
        new("37", "香川", "県", "Kaga|wa", 4, 8),
        new("38", "愛媛", "県", "Ehime", 3, 8),
        new("39", "高知", "県", "Kochi", 3, 9),
        new("40", "福岡", "県", "Fuku|oka", 1, 8),
        new("41", "佐賀", "県", "Saga", 0, 8),
        new("42", "長崎", "県", "Naga|saki", 0, 9),
        new("43", "熊本", "県", "Kuma|moto", 1, 9),
        new("44", "大分", "県", "Oita", 2, 8),
        new("45", "宮崎", "県", "Miya|zaki", 2, 9),
        new("46", "鹿児島", "県", "Kago|shima", 1, 10),
        new("47", "沖縄", "県", "Oki|nawa", 0, 10),
    ];
}
