namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>A heading in both languages: the workbook prints both (bilingual header rows), the PDF the reader's.</summary>
public sealed record Words(string Ja, string En)
{
    public string this[bool english] => english ? En : Ja;
    public string Both => $"{Ja}\n{En}";
}

/// <summary>
/// The headings and column names of the situation report and the workbook, in one place so that both files say the same.
/// Code labels (kinds, states, urgencies) come from <see cref="DisasterLabels"/>; these are only the files' own words.
/// </summary>
public static class ReportWords
{
    public static readonly Words SituationReport = new("状況報告", "Situation report");
    public static readonly Words Export = new("災害支援データ", "Disaster support data");
    public static readonly Words Timeline = new("経過", "Timeline");
    public static readonly Words AsOf = new("時点", "As of");
    public static readonly Words Kind = new("災害の種類", "Type of disaster");
    public static readonly Words Prefectures = new("対象地域", "Affected prefectures");
    public static readonly Words Started = new("発生", "Started");
    public static readonly Words Status = new("状況", "Status");
    public static readonly Words DeclaredBy = new("対応開始", "Declared by");
    public static readonly Words ClosingNote = new("終了時のメモ", "Closing note");
    public static readonly Words Secretariat = new("事務局", "The secretariat");
    public static readonly Words Details = new("概要", "Details");
    public static readonly Words DrillNotice = new("これは訓練です。実際の災害ではありません。", "This is a drill, not a real disaster.");
    public static readonly Words SampleNotice = new("サンプルデータ：デモ用に作成した架空の災害です。", "Sample data: a made-up disaster for demonstration.");
    public static readonly Words BlockNotice = new(
        "この報告には、あなたの協会が見られる要請だけが含まれます（他のブロックの、まだ全ブロックに広げられていない要請は含みません）。",
        "This report holds only the requests your association may see (requests still inside another block are left out until they are escalated).");

    public static readonly Words Overview = new("概況", "Overview");
    public static readonly Words AffectedHeading = new("被災協会の状況", "Affected associations");
    public static readonly Words OpenNeedsHeading = new("募集中の要請（緊急度順）", "Open needs (most urgent first)");
    public static readonly Words PendingHeading = new("回答待ちの申し出", "Offers awaiting a decision");
    public static readonly Words OnTheWayHeading = new("支援に向かっている協会", "Who is on the way");
    public static readonly Words TimelineHeading = new("最近の経過", "Recent timeline");
    public static readonly Words NothingOpen = new("募集中の要請はありません。", "No open needs.");
    public static readonly Words NothingPending = new("回答待ちの申し出はありません。", "No offers await a decision.");
    public static readonly Words NobodyOnTheWay = new("支援に向かっている協会はありません。", "Nobody is on the way.");
    public static readonly Words NoEvents = new("まだ経過はありません。", "Nothing has happened yet.");

    public static readonly Words Requests = new("要請", "Requests");
    public static readonly Words OpenNeeds = new("募集中", "Open needs");
    public static readonly Words PeopleMissing = new("不足人数", "People missing");
    public static readonly Words PendingOffers = new("回答待ち", "Awaiting decision");
    public static readonly Words OnTheWay = new("支援中・予定", "On the way");

    public static readonly Words Request = new("要請", "Request");
    public static readonly Words Association = new("協会", "Association");
    public static readonly Words AssociationCode = new("協会コード", "Code");
    public static readonly Words Block = new("ブロック", "Block");
    public static readonly Words SupportCentre = new("支援センター", "Support centre");
    public static readonly Words Note = new("メモ", "Note");
    public static readonly Words ReportedAt = new("報告日時", "Reported at");
    public static readonly Words Urgency = new("緊急度", "Urgency");
    public static readonly Words SupportKind = new("種類", "Kind");
    public static readonly Words Languages = new("言語", "Languages");
    public static readonly Words People = new("人数", "People");
    public static readonly Words Covered = new("充足", "Covered");
    public static readonly Words Missing = new("不足", "Missing");
    public static readonly Words Period = new("期間", "Period");
    public static readonly Words From = new("開始日", "From");
    public static readonly Words To = new("終了日", "To");
    public static readonly Words Place = new("場所", "Place");
    public static readonly Words Reach = new("範囲", "Reach");
    public static readonly Words State = new("状態", "State");
    public static readonly Words PostedAt = new("登録日時", "Posted at");
    public static readonly Words EscalateAfter = new("全ブロックへの期限", "Escalates after");
    public static readonly Words EscalatedAt = new("全ブロック化", "Escalated at");
    public static readonly Words CoveredAt = new("充足日時", "Covered at");
    public static readonly Words WithdrawnAt = new("取り下げ", "Withdrawn at");
    public static readonly Words Offer = new("申し出", "Offer");
    public static readonly Words OfferedBy = new("申し出た協会", "Offered by");
    public static readonly Words HelpedAssociation = new("支援先", "Helping whom");
    public static readonly Words Who = new("派遣者", "Who");
    public static readonly Words Mode = new("方法", "Mode");
    public static readonly Words OfferedAt = new("申し出日時", "Offered at");
    public static readonly Words Days = new("日数", "Days");
    public static readonly Words PersonDays = new("人日", "Person-days");
    public static readonly Words Step = new("経過", "Step");
    public static readonly Words StepAt = new("日時", "At");
    public static readonly Words At = new("日時", "At");
    public static readonly Words Event = new("内容", "What happened");
    public static readonly Words EventKind = new("種別", "Kind");
    public static readonly Words Count = new("件数", "Count");
    public static readonly Words Item = new("項目", "Item");
    public static readonly Words Value = new("値", "Value");
}
