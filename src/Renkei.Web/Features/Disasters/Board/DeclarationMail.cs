using System.Text;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// The e-mails of a declaration, queued in the outbox in the same save: each affected association's emergency
/// contacts are asked to report its status (the link goes straight to the status form), and the other members of
/// its block learn that their block is hit, since they are the first to be asked for help. Each mail is in the
/// recipient's language; a drill's say so in the subject and under the greeting.
/// </summary>
public class DeclarationMail(RenkeiDbContext db, DisasterMailFrame frame, PublicBaseUrl baseUrl, IStringLocalizer<BoardText> t)
{
    /// <param name="affected">Associations newly affected (all of them when declaring, the added ones on an edit).</param>
    /// <param name="toldBlocks">Blocks whose members have already been told about this disaster.</param>
    /// <returns>How many addresses were written to.</returns>
    public async Task<int> QueueAsync(Disaster disaster, IReadOnlyCollection<string> affected, IReadOnlySet<string> toldBlocks,
        AssociationBook book, CancellationToken ct = default)
    {
        var allAffected = disaster.Affected.Select(a => a.AssociationCode).Concat(affected).ToHashSet();
        var blocks = affected.Select(book.BlockOf).Where(b => b.Length > 0 && !toldBlocks.Contains(b)).ToHashSet();
        var neighbours = blocks.SelectMany(block => BlockMembers(book, block)).Where(c => !allAffected.Contains(c)).Distinct().ToList();

        // Not one mail per address: each affected association gets its own status link, even at an address it shares.
        var sent = frame.Send((await EmergencyContacts.OfAsync(db, affected, ct)).Select(DisasterRecipient.Of), disaster, book.Name, (to, english) =>
        {
            var body = Opening(disaster, book, english)
                .AppendLine(t["貴協会（{0}）は被災地の協会として登録されています。", book.Name(to.AssociationCode, english)]).AppendLine()
                .AppendLine(t["次のページから、貴協会の状況（通常どおり・一部制限・業務不能）と、災害多言語支援センターの開設状況を報告してください。"])
                .AppendLine(t["状況の報告：{0}", $"{baseUrl.Value}/disasters/{disaster.Id}/status?code={to.AssociationCode}"]).AppendLine()
                .AppendLine(t["支援が必要なときは、支援要請を登録してください。まず同じブロックの協会に届きます。"])
                .AppendLine(t["支援要請の登録：{0}", $"{baseUrl.Value}/disasters/{disaster.Id}/requests/new"]);
            return (t["{0}：貴協会の状況を報告してください", disaster.Name(english)], BoardLink(body, disaster));
        });
        return sent + frame.Send((await EmergencyContacts.OfAsync(db, neighbours, ct)).Select(DisasterRecipient.Of), disaster, book.Name, (to, english) =>
        {
            var hit = allAffected.Where(c => book.BlockOf(c) == book.BlockOf(to.AssociationCode!)).Order(StringComparer.Ordinal)
                .Select(c => book.Name(c, english));
            var body = Opening(disaster, book, english)
                .AppendLine(t["貴協会のブロックでは、次の協会が被災地の協会です：{0}", string.Join(english ? ", " : "、", hit)]).AppendLine()
                .AppendLine(t["ブロック内の協定に基づき、支援要請はまず同じブロックの協会に届きます。要請が登録されるたびにメールでお知らせします。"]);
            return (t["{0}：ブロック内で災害対応が始まりました", disaster.Name(english)], BoardLink(body, disaster));
        });
    }

    static IEnumerable<string> BlockMembers(AssociationBook book, string block) =>
        book.MembersIn(Prefectures.All.Select(p => p.Code)).Where(c => book.BlockOf(c) == block);

    StringBuilder Opening(Disaster d, AssociationBook book, bool english)
    {
        var who = d.DeclaredByAssociationCode is null ? t["事務局"].Value : book.Name(d.DeclaredByAssociationCode, english);
        var places = string.Join(english ? ", " : "、", d.PrefectureCodes.Select(c => Prefectures.All.Single(p => p.Code == c).Name(english)));
        return new StringBuilder().AppendLine(t["{0}（{1}、{2}）について、{3}が災害時広域支援の対応を開始しました。", d.Name(english), DisasterLabels.Kind(d.Kind, english), places, who]);
    }

    StringBuilder BoardLink(StringBuilder body, Disaster d) => body.AppendLine().AppendLine(t["調整ボード：{0}", $"{baseUrl.Value}/disasters/{d.Id}"]);
}
