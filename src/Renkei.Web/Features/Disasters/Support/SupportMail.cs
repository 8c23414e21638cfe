using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// The support e-mails, routed as the agreements say: a new request to the emergency contacts of its block, an
/// escalated one to every other block and the secretariat, an offer to the requester and its block chair, a decision
/// to the offering association. Each says exactly what is needed (kind, languages, people, dates, place, urgency, what
/// is still missing), in the recipient's language, with 【訓練】/[DRILL] for a drill and a link straight to the offer
/// form or the request. Mail is only queued (outbox), in the same save as the step: an SMTP outage loses nothing.
/// </summary>
public class SupportMail(RenkeiDbContext db, DisasterMailFrame frame, PublicBaseUrl baseUrl, IStringLocalizer<SupportText> t, TimeProvider clock)
{
    SupportNames? names;

    /// <summary>A new request: the other associations of its block.</summary>
    public async Task NewRequestAsync(Disaster d, SupportRequest r, CancellationToken ct)
    {
        var block = await EmergencyContacts.MembersAsync(db, r.BlockId, ct);
        var to = await ContactsAsync(block.Where(c => c != r.AssociationCode).ToList(), ct);
        await SendAsync(to, d, ct, (_, english, n) =>
        {
            var body = new StringBuilder().AppendLine(t["{0}から、ブロック内の協会への支援の要請がありました。対応できる場合は、下のリンクから支援を申し出てください。", n.Of(r.AssociationCode, english)]).AppendLine();
            Needs(body, d, r, n, english);
            OfferLink(body, r);
            return (t["支援要請（{0}）：{1}・{2}", DisasterLabels.Urgent(r.Urgency, english), n.Of(r.AssociationCode, english), DisasterLabels.Support(r.Kind, english)], body);
        });
    }

    /// <summary>
    /// An affected association reported 業務不能: those who may act for it are told at once, with the links to do so:
    /// its block's chair and vice-chair associations this year and the secretariat (not whoever made the report).
    /// </summary>
    public async Task UnableAsync(Disaster d, string code, string blockId, Responder reporter, CancellationToken ct)
    {
        var coordinators = (await CoordinatorsAsync(blockId, chairOnly: false, ct))
            .Where(c => c != code && c != reporter.AssociationCode).Distinct().ToList();
        var to = await ContactsAsync(coordinators, ct);
        if (!reporter.IsSecretariat) to.AddRange(await EmergencyContacts.SecretariatAsync(db, ct));
        await SendAsync(to, d, ct, (_, english, n) =>
        {
            var name = n.Of(code, english);
            var body = new StringBuilder()
                .AppendLine(t["{0}が「業務不能」と報告しました。協会が動けないあいだは、ブロックの幹事協会・副幹事協会または事務局が、代わりに状況を報告し、支援要請を登録してください。", name]).AppendLine()
                .AppendLine(t["状況の報告：{0}", $"{baseUrl.Value}/disasters/{d.Id}/status?code={code}"])
                .AppendLine(t["支援要請の登録：{0}", $"{baseUrl.Value}/disasters/{d.Id}/requests/new?code={code}"])
                .AppendLine(t["調整ボード：{0}", $"{baseUrl.Value}/disasters/{d.Id}"]);
            return (t["業務不能の報告：{0}（{1}）", name, d.Name(english)], body);
        });
    }

    /// <summary>A request escalated (by hand or automatically): every member association outside its block, and the secretariat.</summary>
    public async Task EscalatedAsync(Disaster d, SupportRequest r, Responder? by, CancellationToken ct)
    {
        var all = await EmergencyContacts.MembersAsync(db, null, ct);
        var block = (await EmergencyContacts.MembersAsync(db, r.BlockId, ct)).ToHashSet();
        var to = await ContactsAsync(all.Where(c => !block.Contains(c)).ToList(), ct);
        to.AddRange(await EmergencyContacts.SecretariatAsync(db, ct));
        await SendAsync(to, d, ct, (who, english, n) =>
        {
            var requester = n.Of(r.AssociationCode, english);
            var body = new StringBuilder().AppendLine(by is null
                ? t["{0}の{1}は、{2}時間以内にブロック内で充足しなかったため、全ブロックに支援を呼びかけます。対応できる場合は、下のリンクから支援を申し出てください。", requester, r.Label(english), d.EscalationHours]
                : t["{0}が、{1}の{2}を全ブロックに広げました。対応できる場合は、下のリンクから支援を申し出てください。", n.Of(by.AssociationCode, english), requester, r.Label(english)]);
            if (who.AssociationCode is null) body.AppendLine(t["事務局は、ブロック間の調整をお願いします。"]);
            body.AppendLine();
            Needs(body, d, r, n, english);
            OfferLink(body, r);
            return (t["全ブロックへの支援要請（{0}）：{1}・{2}", DisasterLabels.Urgent(r.Urgency, english), requester, DisasterLabels.Support(r.Kind, english)], body);
        });
    }

    /// <summary>An offer: the requesting association and its block's chair, who decide on it.</summary>
    public async Task OfferMadeAsync(Disaster d, SupportRequest r, SupportOffer o, CancellationToken ct)
    {
        var to = await ContactsAsync([r.AssociationCode, .. await ChairsAsync(r.BlockId, ct)], ct);
        await SendAsync(to, d, ct, (_, english, n) =>
        {
            var offerer = n.Of(o.AssociationCode, english);
            var body = new StringBuilder()
                .AppendLine(t["{0}から、{1}（{2}）への支援の申し出がありました。要請のページで、承諾するか見送るかを選んでください。", offerer, r.Label(english), n.Of(r.AssociationCode, english)]).AppendLine();
            Offered(body, o, n, english);
            body.AppendLine();
            Needs(body, d, r, n, english);
            RequestLink(body, r);
            return (t["支援の申し出：{0}から（{1}）", offerer, r.Label(english)], body);
        });
    }

    /// <summary>
    /// What an offer step tells whom: a decision goes to the offering association; a withdrawn offer to the requester and
    /// its block chair, since what it covered is missing again. Dispatch and completion are seen on the board.
    /// </summary>
    public async Task StepAsync(SupportRequest r, SupportOffer o, OfferStep step, CancellationToken ct)
    {
        var d = r.Disaster!;
        if (step.Kind is OfferStepKind.Accepted or OfferStepKind.Declined)
        {
            var accepted = step.Kind == OfferStepKind.Accepted;
            await SendAsync(await ContactsAsync([o.AssociationCode], ct), d, ct, (_, english, n) =>
            {
                var requester = n.Of(r.AssociationCode, english);
                var body = new StringBuilder().AppendLine(accepted
                    ? t["{0}（{1}）への支援の申し出（{2}名）が承諾されました。準備を進め、出発したら（遠隔の場合は始めたら）要請のページで「支援開始」を記録してください。", r.Label(english), requester, o.People]
                    : t["{0}（{1}）への支援の申し出は見送りとなりました。お申し出に感謝します。", r.Label(english), requester]);
                if (step.Note is { } note) body.AppendLine(t["■ メモ：{0}", note]);
                body.AppendLine();
                Needs(body, d, r, n, english);
                RequestLink(body, r);
                return (accepted ? t["申し出が承諾されました：{0}（{1}）", r.Label(english), requester]
                    : t["申し出は見送りとなりました：{0}（{1}）", r.Label(english), requester], body);
            });
        }
        else if (step.Kind == OfferStepKind.Withdrawn)
        {
            var to = await ContactsAsync([r.AssociationCode, .. await ChairsAsync(r.BlockId, ct)], ct);
            await SendAsync(to, d, ct, (_, english, n) =>
            {
                var offerer = n.Of(o.AssociationCode, english);
                var body = new StringBuilder().AppendLine(t["{0}が、{1}への支援の申し出（{2}名）を取り下げました。", offerer, r.Label(english), o.People]);
                if (step.Note is { } note) body.AppendLine(t["■ 理由：{0}", note]);
                body.AppendLine();
                Needs(body, d, r, n, english);
                RequestLink(body, r);
                return (t["申し出の取り下げ：{0}（{1}）", offerer, r.Label(english)], body);
            });
        }
    }

    /// <summary>A request withdrawn: the associations whose offers are still waiting, accepted or under way.</summary>
    public async Task WithdrawnAsync(Disaster d, SupportRequest r, CancellationToken ct)
    {
        var offerers = r.Offers.Where(o => o.State is OfferState.Pending or OfferState.Accepted or OfferState.Dispatched).Select(o => o.AssociationCode).Distinct().ToList();
        if (offerers.Count == 0) return;
        await SendAsync(await ContactsAsync(offerers, ct), d, ct, (_, english, n) =>
        {
            var requester = n.Of(r.AssociationCode, english);
            var body = new StringBuilder().AppendLine(t["{0}の{1}は取り下げられました。この要請への支援は必要なくなりました。お申し出に感謝します。", requester, r.Label(english)]);
            if (r.ClosingNote is { } note) body.AppendLine(t["■ 理由：{0}", note]);
            body.AppendLine();
            RequestLink(body, r);
            return (t["支援要請の取り下げ：{0}（{1}）", r.Label(english), requester], body);
        });
    }

    /// <summary>Exactly what is needed, as the mail's core: the same lines in every support mail.</summary>
    void Needs(StringBuilder body, Disaster d, SupportRequest r, SupportNames n, bool english)
    {
        var disaster = d.Name(english) + (d.IsDrill ? (english ? " (" : "（") + DisasterLabels.Drill(english) + (english ? ")" : "）") : "");
        body.AppendLine(t["■ 災害：{0}", disaster])
            .AppendLine(t["■ 要請：{0}（{1}）", r.Label(english), n.Of(r.AssociationCode, english)])
            .AppendLine(t["■ 支援の種類：{0}", DisasterLabels.Support(r.Kind, english)])
            .AppendLine(t["■ 言語：{0}", SupportLanguages.Names(r.Languages, english)])
            .AppendLine(t["■ 人数：{0}名", r.People])
            .AppendLine(t["■ 期間：{0}", Period(r.From, r.To, english)])
            .AppendLine(t["■ 場所：{0}", r.Place])
            .AppendLine(t["■ 緊急度：{0}", DisasterLabels.Urgent(r.Urgency, english)])
            .AppendLine(t["■ まだ足りないもの：{0}", Coverage.Of(r).MissingText(english)]);
        if (r.Details is { } details) body.AppendLine(t["■ 詳細："]).AppendLine(details);
    }

    void Offered(StringBuilder body, SupportOffer o, SupportNames n, bool english)
    {
        body.AppendLine(t["■ 申し出た協会：{0}", n.Of(o.AssociationCode, english)])
            .AppendLine(t["■ 人数：{0}名", o.People]);
        if (o.Who is { } who) body.AppendLine(t["■ 支援する人：{0}", who]);
        body.AppendLine(t["■ 言語：{0}", SupportLanguages.Names(o.Languages, english)])
            .AppendLine(t["■ 期間：{0}", Period(o.From, o.To, english)])
            .AppendLine(t["■ 方法：{0}", DisasterLabels.Mode(o.Mode, english)]);
        if (o.Details is { } details) body.AppendLine(t["■ 詳細："]).AppendLine(details);
    }

    string Period(DateOnly from, DateOnly? to, bool english) =>
        JapanDate.Format(from, english) + (english ? " – " : "〜") + (to is { } end ? JapanDate.Format(end, english) : t["（終了日未定）"].Value);

    void OfferLink(StringBuilder body, SupportRequest r) => body.AppendLine()
        .AppendLine(t["支援を申し出る：{0}", $"{baseUrl.Value}/disasters/{r.DisasterId}/requests/{r.Id}/offer"])
        .AppendLine(t["要請のページ：{0}", $"{baseUrl.Value}/disasters/{r.DisasterId}/requests/{r.Id}"]);

    void RequestLink(StringBuilder body, SupportRequest r) => body.AppendLine()
        .AppendLine(t["要請のページ：{0}", $"{baseUrl.Value}/disasters/{r.DisasterId}/requests/{r.Id}"]);

    /// <summary>The names the mails of this request use, loaded once per request: the API's answer to a step reuses them.</summary>
    public async Task<SupportNames> NamesAsync(CancellationToken ct) => names ??= await SupportNames.LoadAsync(db, ct);

    /// <summary>One mail per address, in the frame every disaster mail shares.</summary>
    async Task SendAsync(List<DisasterRecipient> to, Disaster d, CancellationToken ct, Func<DisasterRecipient, bool, SupportNames, (string Subject, StringBuilder Body)> compose)
    {
        var names = await NamesAsync(ct);
        frame.Send(to.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase), d, names.Of, (r, english) => compose(r, english, names));
    }

    async Task<List<DisasterRecipient>> ContactsAsync(IReadOnlyCollection<string> codes, CancellationToken ct) =>
        (await EmergencyContacts.OfAsync(db, codes, ct)).Select(DisasterRecipient.Of).ToList();

    /// <summary>The chair association of a block this fiscal year (it decides on offers when the requester cannot).</summary>
    Task<List<string>> ChairsAsync(string blockId, CancellationToken ct) => CoordinatorsAsync(blockId, chairOnly: true, ct);

    /// <summary>A block's chair association this fiscal year, and its vice-chair ones unless <paramref name="chairOnly"/>.</summary>
    Task<List<string>> CoordinatorsAsync(string blockId, bool chairOnly, CancellationToken ct)
    {
        var year = FiscalYear.Of(JapanDate.Today(clock));
        return db.BlockRoles.Where(b => b.BlockId == blockId && b.FiscalYear == year && (!chairOnly || b.Role == BlockRoleKind.Chair))
            .Select(b => b.AssociationCode).ToListAsync(ct);
    }
}
