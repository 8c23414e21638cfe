using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// Withdrawing a request (no longer needed, or met another way): by the requesting side, that is the association, its
/// block chair or the secretariat, with a reason. Nothing is deleted: the request is marked closed, offers can no longer
/// be made, and the associations whose offers are still waiting or under way are told, in the same save.
/// </summary>
public class RequestWithdrawal(RenkeiDbContext db, SupportMail mail, IStringLocalizer<SupportText> t, TimeProvider clock)
{
    public async Task<StepResult> WithdrawAsync(int disasterId, int requestId, string? reason, Responder who, CancellationToken ct = default)
    {
        var request = await DisasterAccess.FindVisibleRequestAsync(db, disasterId, requestId, who, ct);
        if (request is null) return new StepResult(StepOutcome.NotFound);
        if (!who.Decides(request))
            return new StepResult(StepOutcome.Forbidden, t["要請を取り下げられるのは、要請した協会、そのブロックの幹事協会、事務局だけです。"]);
        if (!request.Disaster!.IsOpen) return new StepResult(StepOutcome.Closed, t["この災害対応は終了しています。"]);
        if (request.ClosedAt is { } closed)
            return new StepResult(StepOutcome.Closed, t["この要請は{0}に取り下げられています。", JapanTime.Format(closed, Localization.IsEnglish)]);
        var note = SupportRules.Trimmed(reason);
        if (note is null) return StepResult.Invalid("note", t["取り下げの理由を入力してください（例：ほかの方法で確保できた）。"]);
        if (note.Length > 2000) return StepResult.Invalid("note", t["理由は2000文字以内で入力してください。"]);

        var now = clock.GetUtcNow().UtcDateTime;
        request.ClosedAt = now;
        request.ClosedBy = who.Name;
        request.ClosingNote = note;
        request.ConcurrencyStamp = Guid.NewGuid();
        Timeline.Add(db, disasterId, DisasterEventKind.RequestClosed, who, now, request.AssociationCode, request, note: note);
        await mail.WithdrawnAsync(request.Disaster, request, ct);
        return await StepResult.SaveAsync(db, () => new StepResult(StepOutcome.Conflict,
            t["ほかの更新と競合しました。画面を更新して、もう一度お試しください。"]), ct);
    }
}
