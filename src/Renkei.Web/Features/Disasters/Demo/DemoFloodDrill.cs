using Renkei.Web.Features.Meetings;

namespace Renkei.Web.Features.Disasters.Demo;

/// <summary>
/// The ongoing drill: this fiscal year's Chubu block flood drill (the Kiso River floods Gifu and Aichi), started five
/// hours before the demo was seeded. Gifu works with a limited staff and has opened its support centre; Aichi and
/// Nagoya operate. On the board, by urgency: Gifu's immediate call for four interpreters is three-quarters covered
/// (Vietnamese still missing: Aichi can offer it); Gifu's Nepali and Burmese phone interpreting has been escalated to
/// every block by the secretariat and Tokyo has offered (Sendai sees it and can offer too); Aichi's own translation
/// request waits for a decision on two offers from its block (Aichi decides); Toyama's staff member is on the way.
/// Nothing in Chubu is visible outside the block but the escalated request. Made up for the demo.
/// </summary>
static class DemoFloodDrill
{
    public const string Gifu = "210005", Aichi = "230006", Nagoya = "231002";
    public const string Toyama = "160008", Shizuoka = "220001", Hamamatsu = "221309", Mie = "240001", Tokyo = "130001";
    public const int HoursAgo = 5;

    /// <summary>Started five hours before <paramref name="now"/>, on the minute.</summary>
    public static Disaster Declare(int fiscalYear, DateTime now)
    {
        var started = Started(now);
        return new Disaster
        {
            NameJa = $"{fiscalYear}年度 中部ブロック風水害訓練（木曽川氾濫想定）",
            NameEn = $"FY{fiscalYear} Chubu block flood drill (Kiso River flooding scenario)",
            Kind = DisasterKind.Flood,
            IsDrill = true,
            PrefectureCodes = ["21", "23"],
            StartedAt = started,
            Details = "線状降水帯による記録的な大雨で木曽川が氾濫し、岐阜県・愛知県の沿川地域（羽島市、海津市、一宮市、稲沢市など）で浸水被害が出た想定の中部ブロック訓練。"
                + "外国人住民の多い地域で、避難所の通訳、電話・ビデオ通訳、翻訳、支援センターの運営をブロック内で支え合い、足りない分を全ブロックに広げる流れを確認する。",
            DeclaredAt = started.AddMinutes(10),
            DeclaredBy = DemoHistory.Secretariat.Name,
        };
    }

    static DateTime Started(DateTime now) => new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddHours(-HoursAgo);

    public static void Write(DemoHistory h)
    {
        var start = h.Disaster.StartedAt;
        DateTime At(int hours, int minutes) => start.AddHours(hours).AddMinutes(minutes);
        var today = JapanTime.Date(start);
        var secretariat = DemoHistory.Secretariat;

        h.Declared(At(0, 10));
        h.Status(Gifu, OperatingStatus.Limited, true, "一部制限。職員の半数が出勤できない状況です。岐阜市内に岐阜県災害多言語支援センターを開設しました。", At(0, 30));
        h.Status(Aichi, OperatingStatus.Operating, false, "通常どおり。一宮市・稲沢市の避難所に外国人住民が多く避難しています。", At(0, 40));
        h.Status(Nagoya, OperatingStatus.Operating, false, "通常どおり。名古屋市内の被害は限定的です。", At(0, 45));
        var interpreters = h.Request(Gifu, SupportKind.Interpreters, ["pt", "tl", "vi"], 4, Urgency.Immediate, "岐阜県災害多言語支援センター及び羽島市・海津市の避難所",
            "避難所を巡回し、ブラジル人・フィリピン人・ベトナム人の住民に避難生活の情報を伝える通訳。4名のうち1名はベトナム語ができる方を。", today, today.AddDays(4), At(0, 50));
        var phone = h.Request(Gifu, SupportKind.PhoneVideoInterpreting, ["ne", "my"], 2, Urgency.High, "岐阜県災害多言語支援センター（電話・ビデオ通訳）",
            "センターに入るネパール語・ミャンマー語の相談を、電話かビデオ通話で通訳してください。", today, today.AddDays(6), At(1, 10));
        var nagoya = h.Offer(interpreters, Nagoya, 2, ["pt", "tl"], OfferMode.OnSite, "通訳ボランティア2名（ポルトガル語・フィリピノ語）", "車で羽島市まで行けます。", At(1, 20));
        var staff = h.Request(Gifu, SupportKind.StaffDispatch, [], 1, Urgency.Normal, "岐阜県国際交流センター（岐阜市）",
            "支援センターの運営調整（シフト作成、情報発信）を担う職員1名。", today, today.AddDays(5), At(1, 30));
        var hamamatsu = h.Offer(interpreters, Hamamatsu, 1, ["pt"], OfferMode.OnSite, "通訳ボランティア1名（ポルトガル語）", null, At(1, 40));
        h.Step(interpreters, nagoya, OfferStepKind.Accepted, At(1, 50));
        var toyama = h.Offer(staff, Toyama, 1, [], OfferMode.OnSite, "職員1名", "災害多言語支援センターの運営経験がある職員です。", At(2, 0));
        h.Step(interpreters, hamamatsu, OfferStepKind.Accepted, At(2, 10));
        h.Step(staff, toyama, OfferStepKind.Accepted, At(2, 20));
        h.Escalate(phone, At(2, 40), secretariat, "中部ブロック内でネパール語・ミャンマー語の通訳者を確保できないため、全ブロックに広げます。");
        var translation = h.Request(Aichi, SupportKind.Translators, ["pt", "es"], 2, Urgency.High, "愛知県国際交流協会（遠隔で可）",
            "一宮市・稲沢市の避難所の掲示と、給水・罹災証明のお知らせをポルトガル語・スペイン語に翻訳してください。", today, today.AddDays(3), At(2, 50));
        h.Offer(phone, Tokyo, 1, ["ne"], OfferMode.Remote, "通訳ボランティア1名（ネパール語）", "ビデオ通話で毎日10時から17時まで対応できます。", At(3, 20));
        h.Step(staff, toyama, OfferStepKind.Dispatched, At(3, 30), note: "職員1名が岐阜市に向けて出発しました。");
        h.Offer(translation, Shizuoka, 1, ["pt", "es"], OfferMode.Remote, "翻訳ボランティア1名（ポルトガル語・スペイン語）", null, At(3, 50));
        h.Offer(translation, Mie, 2, ["pt"], OfferMode.Remote, "翻訳ボランティア2名（ポルトガル語）", "今日中に着手できます。", At(4, 30));
    }
}
