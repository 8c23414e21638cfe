using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// Where a request is about to be posted: the disaster, the affected association it is for (null while the caller
/// still has to pick one of <see cref="Choices"/>), and why it cannot be, if it cannot.
/// </summary>
public sealed record PostingDesk(Disaster Disaster, string? Code, string? BlockId, IReadOnlyList<string> Choices, StepResult? Refusal)
{
    /// <summary>Posted by someone other than the association itself: its block chair or the secretariat.</summary>
    public bool OnBehalf(Responder who) => Code is not null && Code != who.AssociationCode;
}

/// <summary>
/// Posting a support request for an affected association: by its own users, or on its behalf by its block chair or the
/// secretariat (the association and its interpreters may be victims themselves). The request gets the next number in
/// the disaster, its block, its escalation time (now + the disaster's escalation hours), a timeline event and the
/// e-mails to its block, all in one transaction; two requests posted at once that took the same number are retried.
/// </summary>
public class RequestPosting(RenkeiDbContext db, SupportRules rules, SupportMail mail, IStringLocalizer<SupportText> t, TimeProvider clock)
{
    const int Attempts = 10;

    /// <summary>The desk for <paramref name="code"/> (or the caller's own association); null when there is no such disaster or association (404).</summary>
    public async Task<PostingDesk?> OpenAsync(int disasterId, string? code, Responder who, CancellationToken ct = default)
    {
        var disaster = await db.Disasters.AsNoTracking().Include(d => d.Affected).SingleOrDefaultAsync(d => d.Id == disasterId, ct);
        if (disaster is null) return null;
        var blocks = await DisasterAccess.BlocksAsync(db, ct);
        var affected = disaster.Affected.Select(a => a.AssociationCode).ToHashSet();
        var choices = affected.Where(c => blocks.TryGetValue(c, out var b) && who.ActsFor(c, b)).Order(StringComparer.Ordinal).ToList();
        var closed = disaster.IsOpen ? null : new StepResult(StepOutcome.Closed, t["この災害対応は終了しています。"]);

        if (string.IsNullOrWhiteSpace(code))
        {
            if (who.AssociationCode is { } own && affected.Contains(own)) return new PostingDesk(disaster, own, blocks[own], choices, closed);
            var refusal = closed ?? (choices.Count > 0
                ? StepResult.Invalid("association", t["どの被災協会の要請かを選んでください。"])
                : StepResult.Invalid("association", t["あなたの協会はこの災害の被災協会に含まれていないため、要請を登録できません。被災協会の代わりに登録できるのは、そのブロックの幹事協会と事務局です。"]));
            return new PostingDesk(disaster, null, null, choices, refusal);
        }

        var normalized = LocalGovernmentCode.Normalize(code);
        if (normalized is null || !blocks.TryGetValue(normalized, out var block)) return null;
        if (!who.ActsFor(normalized, block))
            return new PostingDesk(disaster, normalized, block, choices,
                new StepResult(StepOutcome.Forbidden, t["ほかの協会の代わりに要請を登録できるのは、そのブロックの幹事協会と事務局だけです。"]));
        var notAffected = affected.Contains(normalized) ? null
            : StepResult.Invalid("association", t["この協会はこの災害の被災協会に含まれていません。被災協会の要請だけを登録できます。"]);
        return new PostingDesk(disaster, normalized, block, choices, closed ?? notAffected);
    }

    public async Task<(StepResult Result, SupportRequest? Request)> PostAsync(int disasterId, string? code, RequestInput input, Responder who, CancellationToken ct = default)
    {
        var desk = await OpenAsync(disasterId, code, who, ct);
        if (desk is null) return (new StepResult(StepOutcome.NotFound), null);
        if (desk.Refusal is { } refusal) return (refusal, null);
        var errors = new RuleErrors();
        if (rules.Check(input, errors) is not { } values) return (Invalid(errors), null);

        for (var attempt = 1; ; attempt++)
        {
            // The e-mails link to the request, so they need its id: the request is saved first and its mails in a second
            // save, both in one transaction, so that neither is stored without the other.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var number = (await db.SupportRequests.Where(r => r.DisasterId == disasterId).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
            var request = new SupportRequest
            {
                DisasterId = disasterId,
                Number = number,
                AssociationCode = desk.Code!,
                BlockId = desk.BlockId!,
                Kind = values.Kind,
                Languages = values.Languages,
                People = values.People,
                From = values.From,
                To = values.To,
                Place = values.Place,
                Urgency = values.Urgency,
                Details = values.Details,
                PostedAt = now,
                PostedBy = who.Name,
                PostedByAssociationCode = who.AssociationCode,
                EscalateAfter = now.AddHours(desk.Disaster.EscalationHours),
            };
            db.SupportRequests.Add(request);
            Timeline.Add(db, disasterId, DisasterEventKind.RequestPosted, who, now, request.AssociationCode, request);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another request took this number in between (unique per disaster): nothing was stored; take the next.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                continue;
            }
            await mail.NewRequestAsync(desk.Disaster, request, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (StepResult.Done, request);
        }
    }

    StepResult Invalid(RuleErrors errors) => new(StepOutcome.Invalid, t["入力内容を確認してください。"], errors.ToDictionary());
}
