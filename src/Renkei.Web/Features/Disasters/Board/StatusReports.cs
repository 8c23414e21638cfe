using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Meetings.Convening;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// An affected association's status: operating, limited or unable, and whether a multilingual disaster support centre
/// is open. Reported by the association itself, or, when it cannot, by its block chair or the secretariat
/// (<see cref="Responder.ActsFor"/>); the report is written to the timeline in the same save. 業務不能 is mailed to
/// the block's chair and vice-chair associations and the secretariat, who then act for it.
/// </summary>
public class StatusReports(RenkeiDbContext db, TimeProvider clock, Support.SupportMail mail, IStringLocalizer<BoardText> t)
{
    /// <summary>The affected row and the association's block, or null when the association is not affected by this disaster.</summary>
    public async Task<(AffectedAssociation Row, string Block, Disaster Disaster)?> FindAsync(int disasterId, string? code, bool tracked, CancellationToken ct = default)
    {
        if (code is null) return null;
        var rows = tracked ? db.AffectedAssociations : db.AffectedAssociations.AsNoTracking();
        var row = await rows.SingleOrDefaultAsync(a => a.DisasterId == disasterId && a.AssociationCode == code, ct);
        var disaster = row is null ? null : await db.Disasters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == disasterId, ct);
        if (row is null || disaster is null) return null;
        var block = await db.AssociationVersions.Where(v => v.AssociationCode == code && v.ValidTo == null)
            .OrderByDescending(v => v.ValidFrom).Select(v => v.BlockId).FirstOrDefaultAsync(ct) ?? "";
        return (row, block, disaster);
    }

    /// <param name="stamp">The stamp the form was shown with; null (the API without If-Match) takes the report as the latest.</param>
    public async Task<StepResult> ReportAsync(int disasterId, string? code, StatusInput input, Guid? stamp, Responder who, CancellationToken ct = default)
    {
        var found = await FindAsync(disasterId, code, tracked: true, ct);
        if (found is not { } f) return new StepResult(StepOutcome.NotFound);
        var (row, block, disaster) = f;
        if (!who.ActsFor(row.AssociationCode, block))
            return new StepResult(StepOutcome.Forbidden, t["状況を報告できるのは、その協会、そのブロックの幹事協会、事務局だけです。"]);
        if (!disaster.IsOpen) return new StepResult(StepOutcome.Closed, t["この災害対応は終了しています。"]);
        var status = DisasterLabels.Parse<OperatingStatus>(input.Status);
        if (status is null or OperatingStatus.Unknown)
            return StepResult.Invalid("status", t["協会の状況を「通常どおり」「一部制限」「業務不能」から選んでください。"]);
        var note = ConveningInput.Paragraphs(input.Note);
        if (note is { Length: > 2000 }) return StepResult.Invalid("note", t["メモは2000文字以内で入力してください。"]);
        if (stamp is { } s && s != row.ConcurrencyStamp) return Conflict();

        var now = clock.GetUtcNow().UtcDateTime;
        // Those who may act for it hear of it at once (in the same save: a failing mail server loses nothing).
        if (status == OperatingStatus.Unable && row.Status != OperatingStatus.Unable)
            await mail.UnableAsync(disaster, row.AssociationCode, block, who, ct);
        row.Status = status.Value;
        row.SupportCentreOpen = input.SupportCentreOpen ?? row.SupportCentreOpen;
        row.Note = note;
        row.ReportedAt = now;
        row.ReportedBy = who.Name;
        row.ConcurrencyStamp = Guid.NewGuid();
        // The event keeps the report as words in the reporter's language, like any note.
        var english = Localization.IsEnglish;
        var summary = DisasterLabels.Operating(status.Value, english) + (english ? "; " : "・") + DisasterLabels.SupportCentre(row.SupportCentreOpen, english)
            + (note is null ? "" : (english ? ": " : "：") + note);
        Timeline.Add(db, disasterId, DisasterEventKind.StatusReported, who, now, row.AssociationCode, note: summary.Length > 4000 ? summary[..4000] : summary);
        return await StepResult.SaveAsync(db, Conflict, ct);
    }

    StepResult Conflict() => new(StepOutcome.Conflict, t["他の人が先にこの協会の状況を報告しました。いまの内容を確認してから、もう一度報告してください。"]);
}
