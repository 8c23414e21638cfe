using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>A request about to receive an offer, and why the caller cannot offer, if they cannot.</summary>
public sealed record OfferDesk(SupportRequest Request, StepResult? Refusal);

/// <summary>
/// Offering help against a request: any association that sees it (its block, or everyone once escalated) except the
/// requesting association itself; the secretariat enters an offer for a named association. The offer is append-only;
/// it is stored with its timeline event and the e-mails to the requester and its block chair in one transaction.
/// </summary>
public class Offering(RenkeiDbContext db, SupportRules rules, SupportMail mail, IStringLocalizer<SupportText> t, TimeProvider clock)
{
    /// <summary>The request (with its disaster, offers and steps) if the caller sees it; else null (404).</summary>
    public async Task<OfferDesk?> OpenAsync(int disasterId, int requestId, Responder who, CancellationToken ct = default)
    {
        var request = await DisasterAccess.FindVisibleRequestAsync(db, disasterId, requestId, who, ct);
        if (request is null) return null;
        return new OfferDesk(request, Refusal(request, who));
    }

    StepResult? Refusal(SupportRequest request, Responder who)
    {
        if (!who.IsSecretariat && (who.AssociationCode is null || who.AssociationCode == request.AssociationCode))
            return new StepResult(StepOutcome.Forbidden, t["要請した協会は、自分の要請に支援を申し出ることはできません。"]);
        if (!request.Disaster!.IsOpen) return new StepResult(StepOutcome.Closed, t["この災害対応は終了しています。"]);
        if (request.IsClosed) return new StepResult(StepOutcome.Closed, t["この要請は取り下げられたため、申し出はできません。"]);
        return null;
    }

    public async Task<(StepResult Result, SupportOffer? Offer)> OfferAsync(int disasterId, int requestId, OfferInput input, Responder who, CancellationToken ct = default)
    {
        var desk = await OpenAsync(disasterId, requestId, who, ct);
        if (desk is null) return (new StepResult(StepOutcome.NotFound), null);
        if (desk.Refusal is { } refusal) return (refusal, null);
        var request = desk.Request;
        var errors = new RuleErrors();
        var code = await OfferingAssociationAsync(input.Association, request, who, errors, ct);
        if (code.Refusal is { } forbidden) return (forbidden, null);
        var values = rules.Check(input, errors);
        if (errors.Any || values is null) return (new StepResult(StepOutcome.Invalid, t["入力内容を確認してください。"], errors.ToDictionary()), null);

        var now = clock.GetUtcNow().UtcDateTime;
        var offer = new SupportOffer
        {
            RequestId = request.Id,
            DisasterId = disasterId,
            AssociationCode = code.Code!,
            People = values.People,
            Who = values.Who,
            Languages = values.Languages,
            From = values.From,
            To = values.To,
            Mode = values.Mode,
            Details = values.Details,
            OfferedAt = now,
            OfferedBy = who.Name,
            OfferedByAssociationCode = who.AssociationCode,
        };
        // The timeline event names the offer by its id: the offer is saved first, then its event and mails, in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        request.Offers.Add(offer);
        await db.SaveChangesAsync(ct);
        Timeline.Add(db, disasterId, DisasterEventKind.OfferMade, who, now, offer.AssociationCode, request, offer.Id);
        await mail.OfferMadeAsync(request.Disaster!, request, offer, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (StepResult.Done, offer);
    }

    /// <summary>An association offers as itself (naming another is 403); the secretariat names a current member other than the requester.</summary>
    async Task<(string? Code, StepResult? Refusal)> OfferingAssociationAsync(string? given, SupportRequest request, Responder who, RuleErrors errors, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(given) ? null : LocalGovernmentCode.Normalize(given) ?? given.Trim();
        if (!who.IsSecretariat)
        {
            if (code is not null && code != who.AssociationCode)
                return (null, new StepResult(StepOutcome.Forbidden, t["ほかの協会の名前で申し出ることはできません。申し出は自分の協会として行ってください。"]));
            return (who.AssociationCode, null);
        }
        if (code is null) errors.Add("association", t["支援を申し出る協会を選んでください。"]);
        else if (code == request.AssociationCode) errors.Add("association", t["要請した協会は、自分の要請に支援を申し出ることはできません。"]);
        else if (!(await EmergencyContacts.MembersAsync(db, null, ct)).Contains(code)) errors.Add("association", t["支援を申し出る協会を一覧から選んでください。"]);
        return (code, null);
    }
}
