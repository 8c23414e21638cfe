using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Renkei.Web.Features.Directory.Files;

namespace Renkei.Web.Features.Meetings.Demo;

/// <summary>
/// The upcoming assembly's documents, made as PDFs with the app's embedded Japanese font: the motions booklet (議案書)
/// for the whole meeting and the draft budget for its plan-and-budget motion. Figures are made up and say so.
/// </summary>
static class DemoBooklet
{
    const string ContentType = "application/pdf";
    const string SampleNote = "サンプルデータ：この資料はデモ用に作成した架空のものです。";

    public static IEnumerable<MeetingDocument> Documents(Meeting m, DemoSetting s)
    {
        var uploaded = m.NoticeSentAt!.Value.AddHours(-1);
        var plan = m.Items.Single(i => i.Number == 4);
        yield return Document(m, null, "議案書", $"giansho-{m.FiscalYear}.pdf", Booklet(m, s), uploaded);
        yield return Document(m, plan.Id, $"{m.FiscalYear}年度収支予算書（案）", $"yosan-{m.FiscalYear}.pdf", Budget(m), uploaded);
    }

    static MeetingDocument Document(Meeting m, int? itemId, string title, string fileName, byte[] content, DateTime at) => new()
    {
        MeetingId = m.Id, AgendaItemId = itemId, Title = title, FileName = fileName, ContentType = ContentType,
        Content = content, Length = content.Length, UploadedAt = at, UploadedBy = DemoSetting.Secretariat,
    };

    static byte[] Booklet(Meeting m, DemoSetting s) => Pdf(m.TitleJa + " 議案書", flow =>
    {
        flow.Text(m.TitleJa, PdfFlow.Font(16, bold: true));
        flow.Text("議案書", PdfFlow.Font(13));
        flow.Space(6);
        flow.Field("日時", $"{JapanTime.Format(m.StartsAt, false)}〜{JapanTime.ToLocal(m.EndsAt!.Value):HH:mm}");
        flow.Field("場所", $"{m.VenueJa}（オンライン併用）");
        flow.Field("議長", $"{m.ChairName}（{s.Name(m.ChairAssociationCode!)} 会長）");
        flow.Field("書面表決の期限", JapanTime.Format(m.WrittenVoteDeadline!.Value, false));
        flow.Heading("議事", flow.Bold);
        foreach (var item in m.Items.OrderBy(i => i.Number))
        {
            flow.Text($"{item.Label(m.Items, false)}　{item.TitleJa}", flow.Bold);
            if (item.DescriptionJa is { } d) flow.Text(d, flow.Body, indent: 12);
            flow.Space(4);
        }
        var election = m.Items.Single(i => i.Kind == AgendaItemKind.Election);
        flow.Table("役員候補者", ["番号", "役職", "氏名", "所属"], [1, 2, 3, 5],
            election.Candidates.OrderBy(c => c.Number).Select(c => (IReadOnlyList<string>)
            [
                c.Number.ToString(CultureInfo.InvariantCulture), OfficerRegister.Standard[c.OfficerPositionId - 1].NameJa, c.PersonName,
                $"{s.Name(c.AssociationCode)} {c.PersonTitle}",
            ]).ToList());
        flow.Text(SampleNote, flow.Small, brush: XBrushes.DarkRed);
    });

    static readonly (string Item, long Thousands)[] Income = [("会費収入", 6_300), ("助成金収入", 5_000), ("前年度繰越金", 1_200)];
    static readonly (string Item, long Thousands)[] Spending =
        [("研修事業費（担当者研修・管理職研修）", 5_200), ("研修助成事業費", 3_000), ("会議費（総会・運営幹事会・課題研究会）", 2_100), ("事務費", 1_000), ("予備費", 1_200)];

    static byte[] Budget(Meeting m) => Pdf($"{m.FiscalYear}年度収支予算書（案）", flow =>
    {
        flow.Text($"{m.FiscalYear}年度 地域国際化協会連絡協議会 収支予算書（案）", PdfFlow.Font(14, bold: true));
        flow.Text("（単位：千円）", flow.Small);
        IReadOnlyList<IReadOnlyList<string>> Rows((string Item, long Thousands)[] lines) =>
            [.. lines.Select(l => (IReadOnlyList<string>)[l.Item, l.Thousands.ToString("N0", CultureInfo.InvariantCulture)]),
             ["合計", lines.Sum(l => l.Thousands).ToString("N0", CultureInfo.InvariantCulture)]];
        flow.Table("収入の部", ["科目", "予算額"], [3, 1], Rows(Income));
        flow.Table("支出の部", ["科目", "予算額"], [3, 1], Rows(Spending));
        flow.Text(SampleNote, flow.Small, brush: XBrushes.DarkRed);
    });

    static byte[] Pdf(string title, Action<PdfFlow> draw)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "Renkei";
        using (var flow = new PdfFlow(document))
        {
            flow.NewPage();
            draw(flow);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
