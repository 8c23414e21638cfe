namespace Renkei.Web.Features.Disasters;

/// <summary>
/// Every code of the feature in Japanese and English, in one place: pages, e-mails, the PDF, the xlsx and the feed
/// all print the same words. Also the lower-case codes the API speaks.
/// </summary>
public static class DisasterLabels
{
    static string Pick(bool english, string ja, string en) => english ? en : ja;

    public static string Kind(DisasterKind kind, bool english) => kind switch
    {
        DisasterKind.Earthquake => Pick(english, "地震", "Earthquake"),
        DisasterKind.Tsunami => Pick(english, "津波", "Tsunami"),
        DisasterKind.Flood => Pick(english, "洪水", "Flood"),
        DisasterKind.HeavyRain => Pick(english, "大雨", "Heavy rain"),
        DisasterKind.Typhoon => Pick(english, "台風", "Typhoon"),
        DisasterKind.Landslide => Pick(english, "土砂災害", "Landslide"),
        DisasterKind.Volcano => Pick(english, "火山噴火", "Volcanic eruption"),
        DisasterKind.HeavySnow => Pick(english, "大雪", "Heavy snow"),
        _ => Pick(english, "その他", "Other"),
    };

    /// <summary>The label every page, e-mail and document of a drill carries.</summary>
    public static string Drill(bool english) => Pick(english, "訓練", "Drill");

    /// <summary>"【訓練】" before a drill's e-mail subjects and document titles; empty for a real disaster.</summary>
    public static string DrillPrefix(bool isDrill, bool english) => isDrill ? (english ? "[DRILL] " : "【訓練】") : "";

    public static string Status(DisasterStatus status, bool english) => status == DisasterStatus.Open
        ? Pick(english, "対応中", "Ongoing")
        : Pick(english, "終了", "Closed");

    public static string Operating(OperatingStatus status, bool english) => status switch
    {
        OperatingStatus.Operating => Pick(english, "通常どおり", "Operating"),
        OperatingStatus.Limited => Pick(english, "一部制限", "Limited"),
        OperatingStatus.Unable => Pick(english, "業務不能", "Unable to operate"),
        _ => Pick(english, "未報告", "Not reported"),
    };

    public static string SupportCentre(bool open, bool english) => open
        ? Pick(english, "災害多言語支援センター開設中", "Multilingual disaster support centre open")
        : Pick(english, "支援センター未開設", "No support centre");

    public static string Support(SupportKind kind, bool english) => kind switch
    {
        SupportKind.StaffDispatch => Pick(english, "職員派遣", "Staff dispatch"),
        SupportKind.Interpreters => Pick(english, "通訳ボランティア", "Volunteer interpreters"),
        SupportKind.Translators => Pick(english, "翻訳ボランティア", "Volunteer translators"),
        SupportKind.RemoteTranslation => Pick(english, "遠隔翻訳", "Remote translation"),
        SupportKind.PhoneVideoInterpreting => Pick(english, "電話・ビデオ通訳", "Phone/video interpreting"),
        SupportKind.SupportCentreStaffing => Pick(english, "支援センター運営応援", "Support-centre staffing"),
        SupportKind.Materials => Pick(english, "多言語資料の提供", "Multilingual materials"),
        _ => Pick(english, "その他", "Other"),
    };

    public static string Urgent(Urgency urgency, bool english) => urgency switch
    {
        Urgency.Immediate => Pick(english, "至急", "Immediate"),
        Urgency.High => Pick(english, "高", "High"),
        _ => Pick(english, "通常", "Normal"),
    };

    public static string Mode(OfferMode mode, bool english) => mode == OfferMode.OnSite
        ? Pick(english, "現地派遣", "On site")
        : Pick(english, "遠隔", "Remote");

    public static string Offer(OfferState state, bool english) => state switch
    {
        OfferState.Pending => Pick(english, "回答待ち", "Awaiting decision"),
        OfferState.Accepted => Pick(english, "承諾", "Accepted"),
        OfferState.Declined => Pick(english, "見送り", "Declined"),
        OfferState.Withdrawn => Pick(english, "取り下げ", "Withdrawn"),
        OfferState.Dispatched => Pick(english, "派遣中", "Dispatched"),
        _ => Pick(english, "完了", "Completed"),
    };

    public static string Request(RequestState state, bool english) => state switch
    {
        RequestState.Open => Pick(english, "募集中", "Open"),
        RequestState.PartlyCovered => Pick(english, "一部充足", "Partly covered"),
        RequestState.Covered => Pick(english, "充足", "Covered"),
        RequestState.Completed => Pick(english, "完了", "Completed"),
        _ => Pick(english, "取り下げ", "Withdrawn"),
    };

    /// <summary>Where a request is seen: ブロック内 until escalated, then 全ブロック.</summary>
    public static string Reach(bool escalated, bool english) => escalated
        ? Pick(english, "全ブロック", "All blocks")
        : Pick(english, "ブロック内", "Own block");

    /// <summary>An association's preparedness: 要確認 when never confirmed or confirmed 12 months ago or more.</summary>
    public static string Confirmation(bool needsConfirmation, bool english) => needsConfirmation
        ? Pick(english, "要確認", "Needs confirmation")
        : Pick(english, "確認済み", "Confirmed");

    /// <summary>The API's lower-case code of an enum value: "staffDispatch", "immediate", "onSite".</summary>
    public static string Code<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Reads an API code back (case-insensitive); null when it is not one.</summary>
    public static T? Parse<T>(string? code) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(code) && !int.TryParse(code, out _) && Enum.TryParse<T>(code.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value : null;
}
