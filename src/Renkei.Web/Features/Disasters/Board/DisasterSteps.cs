using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Meetings.Convening;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// Declaring, changing and closing a disaster, the same for the pages and the API. Declaring marks the current member
/// associations of the affected prefectures as affected and tells them (and their blocks) by e-mail; the timeline
/// event and the e-mails land with the change or not at all. Changes and closing are the secretariat's and the
/// declaring association's; a change names the stamp it was made on. Closing tells the associations that took part, by
/// e-mail in the same save.
/// </summary>
public class DisasterSteps(RenkeiDbContext db, DisasterRules rules, DeclarationMail mail, ClosingMail closingMail, TimeProvider clock,
    IStringLocalizer<BoardText> t)
{
    /// <summary>Whether <paramref name="who"/> may change or close the disaster.</summary>
    public static bool Manages(Disaster disaster, Responder who) =>
        who.IsSecretariat || (who.AssociationCode is not null && disaster.DeclaredByAssociationCode == who.AssociationCode);

    public async Task<(StepResult Result, Disaster? Disaster)> DeclareAsync(DisasterInput input, Responder who, CancellationToken ct = default)
    {
        if (!who.IsSecretariat && who.AssociationCode is null) return (new StepResult(StepOutcome.Forbidden, t["災害対応を開始できるのは、事務局と被災地の協会だけです。"]), null);
        var book = await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct);
        if (!who.IsSecretariat && book.Find(who.AssociationCode) is not { IsMember: true })
            return (new StepResult(StepOutcome.Forbidden, t["災害対応を開始できるのは、事務局と被災地の協会だけです。"]), null);
        var (errors, declared) = rules.CheckNew(input, who, book);
        if (declared is null) return (Invalid(errors), null);
        var now = clock.GetUtcNow().UtcDateTime;
        var disaster = new Disaster
        {
            NameJa = declared.NameJa,
            NameEn = declared.NameEn,
            Kind = declared.Kind,
            IsDrill = declared.IsDrill,
            PrefectureCodes = declared.Prefectures.ToList(),
            StartedAt = declared.StartedAt,
            Details = declared.Details,
            DeclaredAt = now,
            DeclaredBy = who.Name,
            DeclaredByAssociationCode = who.IsSecretariat ? null : who.AssociationCode,
            EscalationHours = declared.EscalationHours,
            Status = DisasterStatus.Open,
        };
        var affected = book.MembersIn(declared.Prefectures);
        foreach (var code in affected) disaster.Affected.Add(new AffectedAssociation { AssociationCode = code });
        db.Disasters.Add(disaster);
        // The e-mails link to the disaster, whose id the first save gives; the transaction keeps the two saves one step.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        Timeline.Add(db, disaster.Id, DisasterEventKind.Declared, who, now, who.AssociationCode);
        await mail.QueueAsync(disaster, affected, new HashSet<string>(), book, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (StepResult.Done, disaster);
    }

    public async Task<StepResult> UpdateAsync(int id, DisasterInput input, Guid stamp, Responder who, CancellationToken ct = default)
    {
        var disaster = await db.Disasters.Include(d => d.Affected).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (Refusal(disaster, who) is { } refused) return refused;
        if (disaster!.ConcurrencyStamp != stamp) return Conflict();
        var (errors, change) = rules.CheckChange(disaster, input, who);
        if (change is null) return Invalid(errors);
        if (change.NameJa == disaster.NameJa && change.NameEn == disaster.NameEn && change.Details == disaster.Details
            && change.AddedPrefectures.Count == 0 && change.EscalationHours == disaster.EscalationHours)
            return StepResult.Done;

        var now = clock.GetUtcNow().UtcDateTime;
        disaster.NameJa = change.NameJa;
        disaster.NameEn = change.NameEn;
        disaster.Details = change.Details;
        if (change.EscalationHours != disaster.EscalationHours)
        {
            disaster.EscalationHours = change.EscalationHours;
            // The new time applies to the requests still waiting in their block, counted from when each was posted.
            var waiting = await db.SupportRequests.Where(r => r.DisasterId == id && r.EscalatedAt == null && r.ClosedAt == null).ToListAsync(ct);
            foreach (var r in waiting) r.EscalateAfter = r.PostedAt.AddHours(change.EscalationHours);
        }
        if (change.AddedPrefectures.Count > 0)
        {
            var book = await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct);
            var told = disaster.Affected.Select(a => book.BlockOf(a.AssociationCode)).ToHashSet();
            var known = disaster.Affected.Select(a => a.AssociationCode).ToHashSet();
            var added = book.MembersIn(change.AddedPrefectures).Where(c => !known.Contains(c)).ToList();
            disaster.PrefectureCodes = disaster.PrefectureCodes.Concat(change.AddedPrefectures).Order(StringComparer.Ordinal).ToList();
            await mail.QueueAsync(disaster, added, told, book, ct);
            foreach (var code in added) disaster.Affected.Add(new AffectedAssociation { AssociationCode = code });
        }
        disaster.ConcurrencyStamp = Guid.NewGuid();
        Timeline.Add(db, id, DisasterEventKind.Updated, who, now, who.AssociationCode);
        return await StepResult.SaveAsync(db, Conflict, ct);
    }

    public async Task<StepResult> CloseAsync(int id, string? note, bool confirm, Responder who, CancellationToken ct = default)
    {
        var disaster = await db.Disasters.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (Refusal(disaster, who) is { } refused) return refused;
        if (!confirm) return StepResult.Invalid("confirm", t["終了してよいか、確認のチェックを入れてください。"]);
        note = ConveningInput.Paragraphs(note);
        if (note is null) return StepResult.Invalid("note", t["終了にあたってのメモ（経過や引き継ぎ）を入力してください。"]);
        if (note.Length > 4000) return StepResult.Invalid("note", t["メモは4000文字以内で入力してください。"]);
        var now = clock.GetUtcNow().UtcDateTime;
        disaster!.Status = DisasterStatus.Closed;
        disaster.ClosedAt = now;
        disaster.ClosedBy = who.Name;
        disaster.ClosingNote = note;
        disaster.ConcurrencyStamp = Guid.NewGuid();
        Timeline.Add(db, id, DisasterEventKind.Closed, who, now, who.AssociationCode, note: note);
        // In the same save: a closing that conflicts with another queues nothing, and a failing mail server loses nothing.
        await closingMail.QueueAsync(disaster, who, await AssociationBook.LoadAsync(db, JapanDate.Today(clock), ct), ct);
        return await StepResult.SaveAsync(db, Conflict, ct);
    }

    StepResult? Refusal(Disaster? disaster, Responder who)
    {
        if (disaster is null) return new StepResult(StepOutcome.NotFound);
        if (!Manages(disaster, who)) return new StepResult(StepOutcome.Forbidden, t["災害情報の変更と終了ができるのは、事務局と、災害対応を開始した協会だけです。"]);
        if (!disaster.IsOpen) return new StepResult(StepOutcome.Closed, t["この災害対応は終了しています。"]);
        return null;
    }

    StepResult Invalid(RuleErrors errors) => new(StepOutcome.Invalid, t["入力内容を確認してください。"], errors.ToDictionary());

    StepResult Conflict() => new(StepOutcome.Conflict, t["他の人が先にこの災害情報を変更しました。いまの内容を確認してから、もう一度保存してください。"]);
}
