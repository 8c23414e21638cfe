using Renkei.Web.Features.Meetings.Demo;

namespace Renkei.Web.Features.Disasters.Demo;

/// <summary>
/// The finished drill: last fiscal year's inter-block joint drill, a Nankai Trough earthquake hitting Wakayama (Kinki),
/// Tokushima and Kochi (Chugoku-Shikoku), held on 5 November (津波防災の日). Kochi cannot act, so the secretariat reports
/// and requests for it; the Chugoku-Shikoku block covers its own requests; Wakayama's Nepali and Indonesian interpreters
/// are not found in Kinki (Osaka's offer is withdrawn), the request goes to every block automatically after 24 hours
/// and Tokyo and Fukuoka City cover it. Every accepted offer is dispatched and completed with a short report, and the
/// secretariat closes the drill. Associations, people and reports are made up for the demo.
/// </summary>
static class DemoJointDrill
{
    public const string Wakayama = "300004", Tokushima = "360007", Kochi = "390003";

    public static Disaster Declare(int fiscalYear) => new()
    {
        NameJa = $"{fiscalYear}年度 ブロック間合同訓練（南海トラフ地震想定）",
        NameEn = $"FY{fiscalYear} inter-block joint drill (Nankai Trough earthquake scenario)",
        Kind = DisasterKind.Earthquake,
        IsDrill = true,
        PrefectureCodes = ["30", "36", "39"],
        StartedAt = At(Day(fiscalYear), 9),
        Details = "南海トラフ地震（最大震度7、沿岸に大津波警報）の発生を想定し、和歌山県・徳島県・高知県が被災した想定で行うブロック間合同訓練。"
            + "ブロック内の協定による支援と、24時間で充足しない要請の全ブロックへの拡大（ブロック間の全体協定）までの流れを確認する。",
        DeclaredAt = At(Day(fiscalYear), 9, 10),
        DeclaredBy = DemoHistory.Secretariat.Name,
    };

    /// <summary>5 November of the fiscal year: always before "now", which is in a later fiscal year.</summary>
    static DateOnly Day(int fiscalYear) => new(fiscalYear, 11, 5);

    static DateTime At(DateOnly day, int hour, int minute = 0) => DemoSetting.At(day, hour, minute);

    public static void Write(DemoHistory h, int fiscalYear)
    {
        var d = Day(fiscalYear);
        DateTime On(int day, int hour, int minute = 0) => At(d.AddDays(day), hour, minute);
        var secretariat = DemoHistory.Secretariat;

        h.Declared(On(0, 9, 10));
        h.Status(Wakayama, OperatingStatus.Limited, true, "事務所の一部が損壊し、電話がつながりにくい状況。和歌山市内に災害多言語支援センターを開設しました（訓練想定）。", On(0, 9, 40));
        h.Status(Tokushima, OperatingStatus.Operating, true, "業務は通常どおり。徳島県災害多言語支援センターを開設し、電話相談を受けています。", On(0, 9, 50));
        var wakayama = h.Request(Wakayama, SupportKind.Interpreters, ["ne", "id"], 2, Urgency.High, "和歌山市内の指定避難所（3か所）",
            "避難所で暮らすネパール人・インドネシア人の技能実習生と家族への通訳。", d, d.AddDays(3), On(0, 10, 5));
        var tokushima = h.Request(Tokushima, SupportKind.SupportCentreStaffing, ["ja-easy", "en"], 2, Urgency.High, "徳島県災害多言語支援センター（徳島市）",
            "電話相談の受付と、やさしい日本語・英語での情報発信の応援。", d, d.AddDays(3), On(0, 10, 15));
        h.Status(Kochi, OperatingStatus.Unable, false, "業務不能。職員と連絡が取れない想定のため、事務局が代わって報告します。", On(0, 10, 30), secretariat);
        var kochi = h.Request(Kochi, SupportKind.Interpreters, ["en", "zh", "vi", "tl"], 4, Urgency.Immediate, "高知市内の指定避難所（巡回）",
            "沿岸部から避難した外国人住民への巡回通訳。高知県国際交流協会と連絡が取れないため、事務局が代わって要請します。", d, d.AddDays(4), On(0, 10, 40), secretariat);

        var okayama = h.Offer(tokushima, "330001", 2, ["ja-easy", "en"], OfferMode.OnSite, "職員2名", "翌朝から3日間、センターの電話相談に入れます。", On(0, 10, 50), d.AddDays(1));
        h.Step(tokushima, okayama, OfferStepKind.Accepted, On(0, 11, 10));
        var kagawa = h.Offer(kochi, "370002", 2, ["en", "zh"], OfferMode.OnSite, "通訳ボランティア2名（英語・中国語）", "車で移動できます。", On(0, 11, 20), d.AddDays(1));
        var tottori = h.Offer(tokushima, "310000", 1, ["en"], OfferMode.OnSite, "職員1名", null, On(0, 11, 30), d.AddDays(1));
        h.Step(tokushima, tottori, OfferStepKind.Declined, On(0, 11, 40), note: "岡山県国際交流協会の2名で充足したため見送ります。ご協力ありがとうございました。");
        var hiroshima = h.Offer(kochi, "340006", 1, ["vi"], OfferMode.OnSite, "通訳ボランティア1名（ベトナム語）", null, On(0, 11, 45), d.AddDays(1));
        h.Step(kochi, kagawa, OfferStepKind.Accepted, On(0, 12), secretariat);
        h.Step(kochi, hiroshima, OfferStepKind.Accepted, On(0, 12, 5), secretariat);
        var materials = h.Request(Tokushima, SupportKind.Materials, ["ja-easy", "en", "zh", "ko", "vi", "tl", "pt", "ne"], 1, Urgency.Normal, "徳島県災害多言語支援センター",
            "避難所に貼る多言語の掲示（給水・食料配布・相談窓口）のデータ提供。", d, d.AddDays(1), On(0, 13));
        var ehime = h.Offer(kochi, "380008", 1, ["tl"], OfferMode.OnSite, "通訳ボランティア1名（フィリピノ語）", null, On(0, 13, 10), d.AddDays(1));
        h.Step(kochi, ehime, OfferStepKind.Accepted, On(0, 13, 30), secretariat);
        var shimane = h.Offer(materials, "320005", 1, ["ja-easy", "en", "zh", "ko", "vi", "tl", "pt", "ne"], OfferMode.Remote, "職員1名（データ送付）",
            "クレアの多言語表示シートを基に、やさしい日本語と7言語の掲示データを作成できます。", On(0, 13, 40));
        h.Step(materials, shimane, OfferStepKind.Accepted, On(0, 14));
        var osaka = h.Offer(wakayama, "270008", 1, ["id"], OfferMode.OnSite, "通訳ボランティア1名（インドネシア語）", null, On(0, 14), d.AddDays(1));
        h.Step(materials, shimane, OfferStepKind.Dispatched, On(0, 14, 5), note: "掲示データの作成を始めました。");
        var translation = h.Request(Kochi, SupportKind.RemoteTranslation, ["en", "zh", "ko", "vi"], 2, Urgency.Normal, "遠隔（オンライン）",
            "高知県・高知市の避難、給水、罹災証明のお知らせの翻訳。", d, d.AddDays(2), On(0, 15), secretariat);
        var yamaguchi = h.Offer(translation, "350001", 2, ["en", "zh", "ko", "vi"], OfferMode.Remote, "翻訳ボランティア2名", "4言語とも当日中に着手できます。", On(0, 15, 40));
        h.Step(translation, yamaguchi, OfferStepKind.Accepted, On(0, 16), secretariat);
        h.Step(translation, yamaguchi, OfferStepKind.Dispatched, On(0, 16, 10));
        h.Step(materials, shimane, OfferStepKind.Completed, On(0, 16, 30), note: "やさしい日本語と7言語の掲示データ（8種類）をPDFで送付しました。");
        h.Step(wakayama, osaka, OfferStepKind.Withdrawn, On(0, 18, 30), note: "登録ボランティアの都合がつかなくなったため、取り下げます。");

        h.Step(kochi, kagawa, OfferStepKind.Dispatched, On(1, 8, 30), note: "2名が高知市に到着しました。");
        h.Status(Kochi, OperatingStatus.Limited, false, "一部制限。職員の一部と連絡が取れ、業務を一部再開しました。", On(1, 9));
        h.Step(kochi, hiroshima, OfferStepKind.Dispatched, On(1, 9), note: "1名が高知市に到着しました。");
        h.Step(tokushima, okayama, OfferStepKind.Dispatched, On(1, 9), note: "2名がセンターに入りました。");
        h.Step(kochi, ehime, OfferStepKind.Dispatched, On(1, 10));
        // Nobody in Kinki could cover it within 24 hours: the inter-block agreement takes over, without anyone's hand.
        h.Escalate(wakayama, wakayama.EscalateAfter);
        var tokyo = h.Offer(wakayama, "130001", 1, ["ne"], OfferMode.Remote, "通訳ボランティア1名（ネパール語）", "ビデオ通話での通訳です。", On(1, 11), d.AddDays(1));
        h.Step(wakayama, tokyo, OfferStepKind.Accepted, On(1, 11, 30));
        var fukuoka = h.Offer(wakayama, "401307", 1, ["id"], OfferMode.OnSite, "通訳ボランティア1名（インドネシア語）", "翌日から現地に入れます。", On(1, 12, 15), d.AddDays(2));
        h.Step(wakayama, fukuoka, OfferStepKind.Accepted, On(1, 12, 40));
        h.Step(wakayama, tokyo, OfferStepKind.Dispatched, On(1, 14), note: "ビデオ通話での通訳を始めました。");

        h.Step(wakayama, fukuoka, OfferStepKind.Dispatched, On(2, 9), note: "1名が和歌山市に到着しました。");
        h.Step(translation, yamaguchi, OfferStepKind.Completed, On(2, 12), note: "4言語で計12件のお知らせを翻訳し、納品しました（2名×3日）。");
        h.Step(wakayama, tokyo, OfferStepKind.Completed, On(3, 17), note: "ビデオ通話で延べ9件の相談を通訳しました。");
        h.Step(wakayama, fukuoka, OfferStepKind.Completed, On(3, 17, 30), note: "避難所3か所を巡回し、延べ14名に通訳しました。");
        h.Step(tokushima, okayama, OfferStepKind.Completed, On(3, 18), note: "電話相談47件に対応し、やさしい日本語と英語で毎日の情報を発信しました。");
        h.Step(kochi, kagawa, OfferStepKind.Completed, On(4, 17), note: "避難所5か所を巡回し、延べ38名に英語・中国語で通訳しました。");
        h.Step(kochi, hiroshima, OfferStepKind.Completed, On(4, 17), note: "延べ12名にベトナム語で通訳し、罹災証明の申請を手伝いました。");
        h.Step(kochi, ehime, OfferStepKind.Completed, On(4, 17, 20), note: "フィリピノ語で延べ9名に通訳しました。");
        h.Close(On(5, 10), "訓練を終了します。要請5件はすべて充足し、近畿、中国・四国、関東、九州の4ブロックから申し出がありました。" +
            "和歌山県の要請は24時間でブロック内で充足せず、自動で全ブロックに広がり、他ブロックの支援で充足しました。振り返りは次回のブロック会議で行います。");
    }
}
