using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters;

/// <summary>
/// Writes the timeline. Call it before the SaveChanges of the step it records, so the step and its event land together
/// or not at all. The author is the responder (their e-mail kept for the record, their association shown).
/// </summary>
public static class Timeline
{
    public static DisasterEvent Add(RenkeiDbContext db, int disasterId, DisasterEventKind kind, Responder? by, DateTime at,
        string? about = null, SupportRequest? request = null, int? offerId = null, string? note = null)
    {
        var e = new DisasterEvent
        {
            DisasterId = disasterId,
            Kind = kind,
            At = at,
            ActorName = by?.Name ?? "system",
            ActorAssociationCode = by?.AssociationCode,
            Automatic = by is null,
            AssociationCode = about,
            Request = request,
            RequestId = request?.Id is > 0 ? request.Id : null,
            OfferId = offerId,
            Note = note,
        };
        db.DisasterEvents.Add(e);
        return e;
    }

    /// <summary>
    /// The event in a sentence for members: "名古屋国際センターが要請2に2名の支援を申し出ました". Association names come from
    /// <paramref name="names"/> (code → display name in the reader's language); the author's e-mail is never shown.
    /// </summary>
    public static string Describe(DisasterEvent e, Func<string?, string> names, bool english, string? requestLabel = null)
    {
        var who = e.Automatic ? (english ? "Renkei (automatic)" : "自動処理") : e.ActorAssociationCode is null ? (english ? "The secretariat" : "事務局") : names(e.ActorAssociationCode);
        var about = names(e.AssociationCode);
        var request = requestLabel ?? (english ? "a request" : "要請");
        return (e.Kind, english) switch
        {
            (DisasterEventKind.Declared, false) => $"{who}が災害対応を開始しました",
            (DisasterEventKind.Declared, true) => $"{who} declared the disaster",
            (DisasterEventKind.Updated, false) => $"{who}が災害情報を更新しました",
            (DisasterEventKind.Updated, true) => $"{who} updated the disaster",
            (DisasterEventKind.StatusReported, false) => $"{who}が{about}の状況を報告しました",
            (DisasterEventKind.StatusReported, true) => $"{who} reported the status of {about}",
            (DisasterEventKind.RequestPosted, false) => $"{who}が{about}の{request}を登録しました",
            (DisasterEventKind.RequestPosted, true) => $"{who} posted {request} for {about}",
            (DisasterEventKind.RequestEscalated, false) => $"{who}が{request}を全ブロックに広げました",
            (DisasterEventKind.RequestEscalated, true) => $"{who} escalated {request} to all blocks",
            (DisasterEventKind.RequestCovered, false) => $"{request}が充足しました",
            (DisasterEventKind.RequestCovered, true) => $"{request} is covered",
            (DisasterEventKind.RequestClosed, false) => $"{who}が{request}を取り下げました",
            (DisasterEventKind.RequestClosed, true) => $"{who} withdrew {request}",
            (DisasterEventKind.OfferMade, false) => $"{about}が{request}に支援を申し出ました",
            (DisasterEventKind.OfferMade, true) => $"{about} offered help for {request}",
            (DisasterEventKind.OfferAccepted, false) => $"{who}が{about}の申し出を承諾しました（{request}）",
            (DisasterEventKind.OfferAccepted, true) => $"{who} accepted the offer of {about} ({request})",
            (DisasterEventKind.OfferDeclined, false) => $"{who}が{about}の申し出を見送りました（{request}）",
            (DisasterEventKind.OfferDeclined, true) => $"{who} declined the offer of {about} ({request})",
            (DisasterEventKind.OfferWithdrawn, false) => $"{about}が申し出を取り下げました（{request}）",
            (DisasterEventKind.OfferWithdrawn, true) => $"{about} withdrew its offer ({request})",
            (DisasterEventKind.OfferDispatched, false) => $"{about}の支援が始まりました（{request}）",
            (DisasterEventKind.OfferDispatched, true) => $"Support from {about} is under way ({request})",
            (DisasterEventKind.OfferCompleted, false) => $"{about}の支援が完了しました（{request}）",
            (DisasterEventKind.OfferCompleted, true) => $"Support from {about} is completed ({request})",
            (_, false) => $"{who}が災害対応を終了しました",
            (_, true) => $"{who} closed the disaster",
        };
    }
}
