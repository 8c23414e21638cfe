using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Disasters.Reports;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// The e-mail of a closing, queued in the outbox in the same save as the closure: the associations that took part (the
/// affected ones, those that posted a request, those that made an offer) learn that the response is over, when and by
/// whom, with the closing note, its figures and the summary. Nothing can be posted or recorded once it is closed, so
/// an offer still waiting or under way would otherwise be left hanging. When an association closes it, the secretariat's
/// users are told as well, since the secretariat coordinates every response and did not close this one itself. The
/// closer is not told what it did. One mail per address, in the recipient's language; a drill's say so in the subject
/// and under the greeting.
/// </summary>
public class ClosingMail(RenkeiDbContext db, DisasterMailFrame frame, PublicBaseUrl baseUrl, IStringLocalizer<BoardText> t)
{
    /// <param name="disaster">The disaster, already marked closed (its time, by whom and note set).</param>
    /// <returns>How many addresses were written to.</returns>
    public async Task<int> QueueAsync(Disaster disaster, Responder closer, AssociationBook book, CancellationToken ct = default)
    {
        var affected = await db.AffectedAssociations.AsNoTracking().Where(a => a.DisasterId == disaster.Id).Select(a => a.AssociationCode).ToListAsync(ct);
        var requests = await db.SupportRequests.AsNoTracking().Where(r => r.DisasterId == disaster.Id)
            .Include(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery().ToListAsync(ct);
        var tookPart = affected
            .Concat(requests.SelectMany(r => new[] { r.AssociationCode, r.PostedByAssociationCode }))
            .Concat(requests.SelectMany(r => r.Offers.Select(o => o.AssociationCode)))
            .OfType<string>().Where(c => c != closer.AssociationCode).Distinct().Order(StringComparer.Ordinal).ToList();

        var to = (await EmergencyContacts.OfAsync(db, tookPart, ct)).Select(DisasterRecipient.Of).ToList();
        if (!closer.IsSecretariat) to.AddRange(await EmergencyContacts.SecretariatAsync(db, ct));
        // An address shared by two associations (a prefecture's and a city's office, say) gets one mail.
        return frame.Send(to.DistinctBy(c => c.Email, StringComparer.OrdinalIgnoreCase), disaster, book.Name, (r, english) =>
        {
            var who = closer.AssociationCode is null ? t["事務局"].Value : book.Name(closer.AssociationCode, english);
            var body = new StringBuilder()
                .AppendLine(t["{0}について、{1}が{2}に災害時広域支援の対応を終了しました。", disaster.Name(english), who, JapanTime.Format(disaster.ClosedAt!.Value, english)])
                .AppendLine(t["これ以降、支援要請と申し出の登録や、申し出の承諾・支援開始・完了の記録はできません。"]).AppendLine()
                .AppendLine(t["■ 終了時のメモ："]).AppendLine(disaster.ClosingNote)
                .AppendLine(Figures(disaster, requests, r.AssociationCode, book)).AppendLine()
                .AppendLine(t["ご協力ありがとうございました。支援実績と経過は、引き続き次のページでご覧いただけます。"])
                .AppendLine(t["支援実績：{0}", $"{baseUrl.Value}/disasters/{disaster.Id}/summary"])
                .AppendLine(t["調整ボード：{0}", $"{baseUrl.Value}/disasters/{disaster.Id}"]);
            return (t["{0}：災害対応を終了しました", disaster.Name(english)], body);
        });
    }

    /// <summary>
    /// The figures of the requests the recipient sees, as its summary page counts them: for an association, a request
    /// still inside another block is left out, so that the mail does not tell of it (the block rule); the secretariat
    /// (<paramref name="code"/> null) sees every request.
    /// </summary>
    string Figures(Disaster disaster, List<SupportRequest> requests, string? code, AssociationBook book)
    {
        var reader = code is null ? new Responder(true, null, null, new HashSet<string>(), "")
            : new Responder(false, code, book.BlockOf(code), new HashSet<string>(), code);
        var seen = requests.Where(reader.Sees).Select(r => new ReportRequest(r, Coverage.Of(r))).ToList();
        var s = SupportSummary.Of(disaster, seen, book.BlockOf);
        return code is null
            ? t["■ 支援実績（すべての要請）：支援要請 {0}件・申し出 {1}件（うち承諾 {2}件）・支援 {3}人日", s.Requests, s.Offers.Made, s.Offers.Accepted, s.PersonDays]
            : t["■ 支援実績（貴協会が見られる要請の分）：支援要請 {0}件・申し出 {1}件（うち承諾 {2}件）・支援 {3}人日", s.Requests, s.Offers.Made, s.Offers.Accepted, s.PersonDays];
    }
}
