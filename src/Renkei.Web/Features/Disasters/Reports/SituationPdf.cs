using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Renkei.Web.Features.Directory.Files;
using Renkei.Web.Features.Meetings;
using W = Renkei.Web.Features.Disasters.Reports.ReportWords;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>
/// The printable situation report (状況報告) on A4: the disaster, the affected associations and their status, open needs
/// by urgency with what is missing, offers awaiting a decision, who is on the way and the recent timeline, in the
/// reader's language. A drill says 【訓練】 in the running head and the footer of every page, so a printed page on a
/// wall cannot be taken for a real emergency. IPAexGothic is embedded (a subset).
/// </summary>
public static class SituationPdf
{
    public const string ContentType = "application/pdf";
    /// <summary>The timeline is the last entries only: the whole of it is in the workbook and the feed.</summary>
    public const int RecentEvents = 30;
    static readonly XBrush Grey = XBrushes.DimGray;
    static readonly XBrush Red = new XSolidBrush(XColor.FromArgb(156, 0, 6));

    public static void Write(SituationReport r, bool english, Stream output)
    {
        using var document = new PdfDocument();
        var title = $"{r.Title(english)}　{W.SituationReport[english]}";
        document.Info.Title = title;
        document.Info.Creator = "Renkei";
        using (var flow = new PdfFlow(document))
        {
            var asOf = r.AsOfText(english);
            flow.OnNewPage = f => f.G.DrawString($"{title}　{asOf}", f.Small, r.Disaster.IsDrill ? Red : Grey,
                new XRect(f.Left, PdfFlow.Margin - 24, f.Width, 12), XStringFormats.CenterLeft);
            flow.NewPage();
            Head(flow, r, english, asOf);
            Overview(flow, r, english);
            Affected(flow, r, english);
            OpenNeeds(flow, r, english);
            Pending(flow, r, english);
            OnTheWay(flow, r, english);
            Recent(flow, r, english);
        }
        Footers(document, title);
        document.Save(output, closeStream: false);
    }

    static void Head(PdfFlow flow, SituationReport r, bool english, string asOf)
    {
        var d = r.Disaster;
        if (d.IsDrill) flow.Text($"{DisasterLabels.DrillPrefix(true, english)}{W.DrillNotice[english]}", PdfFlow.Font(12, bold: true), brush: Red);
        if (d.IsSample) flow.Text(W.SampleNotice[english], flow.Bold, brush: Red);
        flow.Text(W.SituationReport[english], PdfFlow.Font(11), brush: Grey);
        flow.Text(r.Title(english), PdfFlow.Font(17, bold: true));
        flow.Text(asOf, flow.Body);
        flow.Space(4);
        flow.Field(W.Kind[english], DisasterLabels.Kind(d.Kind, english) + (d.IsDrill ? (english ? " (Drill)" : "（訓練）") : ""));
        flow.Field(W.Prefectures[english], r.PrefectureNames(english));
        flow.Field(W.Started[english], JapanTime.Format(d.StartedAt, english));
        flow.Field(W.Status[english], DisasterLabels.Status(d.Status, english) + (d.ClosedAt is { } closed ? (english ? $" ({JapanTime.Format(closed, true)})" : $"（{JapanTime.Format(closed, false)}）") : ""));
        flow.Field(W.DeclaredBy[english], $"{(d.DeclaredByAssociationCode is { } code ? r.Name(code, english) : W.Secretariat[english])}　{JapanTime.Format(d.DeclaredAt, english)}");
        flow.Field(W.Details[english], d.Details ?? "");
        flow.Field(W.ClosingNote[english], d.ClosingNote ?? "");
        if (!r.SeesAll) flow.Text(W.BlockNotice[english], flow.Small, brush: Grey);
    }

    static void Overview(PdfFlow flow, SituationReport r, bool english)
    {
        var open = r.OpenNeeds.ToList();
        var missing = open.Sum(n => n.Coverage.Missing);
        var values = new[]
        {
            $"{r.Requests.Count}", $"{open.Count}", english ? $"{missing}" : $"{missing}名", $"{r.PendingOffers.Count()}", $"{r.OnTheWay.Count()}",
        };
        flow.Table(W.Overview[english], [W.Requests[english], W.OpenNeeds[english], W.PeopleMissing[english], W.PendingOffers[english], W.OnTheWay[english]],
            [1, 1, 1, 1, 1], [values]);
    }

    static void Affected(PdfFlow flow, SituationReport r, bool english)
    {
        var rows = r.Affected.Select(a => (IReadOnlyList<string>)
        [
            r.Name(a.AssociationCode, english), DisasterLabels.Operating(a.Status, english), DisasterLabels.SupportCentre(a.SupportCentreOpen, english),
            a.Note ?? "", a.ReportedAt is { } at ? SituationReport.ShortTime(at, english) : "",
        ]).ToList();
        flow.Table(W.AffectedHeading[english], [W.Association[english], W.Status[english], W.SupportCentre[english], W.Note[english], W.ReportedAt[english]],
            [24, 14, 20, 26, 18], rows);
    }

    static void OpenNeeds(PdfFlow flow, SituationReport r, bool english)
    {
        var rows = r.OpenNeeds.Select(n => (IReadOnlyList<string>)
        [
            $"{n.Request.Label(english)}\n{DisasterLabels.Urgent(n.Request.Urgency, english)}",
            r.Name(n.Request.AssociationCode, english),
            $"{DisasterLabels.Support(n.Request.Kind, english)}\n{SupportLanguages.Names(n.Request.Languages, english)}",
            $"{n.Coverage.CoveredText(english)}\n{n.Coverage.MissingText(english)}",
            $"{SituationReport.ShortPeriod(n.Request.From, n.Request.To, english)}\n{n.Request.Place}",
            DisasterLabels.Reach(n.Request.IsEscalated, english),
        ]).ToList();
        Section(flow, W.OpenNeedsHeading[english], W.NothingOpen[english], rows,
            [$"{W.Request[english]}\n{W.Urgency[english]}", W.Association[english], $"{W.SupportKind[english]}\n{W.Languages[english]}",
                $"{W.Covered[english]}\n{W.Missing[english]}", $"{W.Period[english]}\n{W.Place[english]}", W.Reach[english]],
            [11, 19, 20, 13, 28, 9]);
    }

    static void Pending(PdfFlow flow, SituationReport r, bool english)
    {
        var rows = r.PendingOffers.Select(x => (IReadOnlyList<string>)
        [
            x.Request.Request.Label(english), r.Name(x.Offer.AssociationCode, english),
            $"{People(x.Offer.People, english)}\n{SupportLanguages.Names(x.Offer.Languages, english)}",
            SituationReport.ShortPeriod(x.Offer.From, x.Offer.To, english), DisasterLabels.Mode(x.Offer.Mode, english), SituationReport.ShortTime(x.Offer.OfferedAt, english),
        ]).ToList();
        Section(flow, W.PendingHeading[english], W.NothingPending[english], rows,
            [W.Request[english], W.OfferedBy[english], $"{W.People[english]}\n{W.Languages[english]}", W.Period[english], W.Mode[english], W.OfferedAt[english]],
            [10, 22, 18, 20, 10, 20]);
    }

    static void OnTheWay(PdfFlow flow, SituationReport r, bool english)
    {
        var rows = r.OnTheWay.Select(x => (IReadOnlyList<string>)
        [
            r.Name(x.Offer.AssociationCode, english), $"{r.Name(x.Request.Request.AssociationCode, english)}\n{x.Request.Request.Label(english)}",
            $"{People(x.Offer.People, english)}\n{SupportLanguages.Names(x.Offer.Languages, english)}",
            SituationReport.ShortPeriod(x.Offer.From, x.Offer.To, english), DisasterLabels.Mode(x.Offer.Mode, english), DisasterLabels.Offer(x.Offer.State, english),
        ]).ToList();
        Section(flow, W.OnTheWayHeading[english], W.NobodyOnTheWay[english], rows,
            [W.OfferedBy[english], W.HelpedAssociation[english], $"{W.People[english]}\n{W.Languages[english]}", W.Period[english], W.Mode[english], W.State[english]],
            [22, 22, 18, 20, 9, 9]);
    }

    static void Recent(PdfFlow flow, SituationReport r, bool english)
    {
        var rows = r.Events.Reverse().Take(RecentEvents).Select(e => (IReadOnlyList<string>)
        [
            SituationReport.ShortTime(e.At, english), r.Describe(e, english) + (e.Note is { Length: > 0 } note ? $"\n{note}" : ""),
        ]).ToList();
        Section(flow, W.TimelineHeading[english], W.NoEvents[english], rows, [W.At[english], W.Event[english]], [17, 83]);
    }

    /// <summary>A table, or its heading and a line saying there is nothing (an empty section still says so on paper).</summary>
    static void Section(PdfFlow flow, string caption, string empty, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<string> headers, IReadOnlyList<double> shares)
    {
        if (rows.Count > 0)
        {
            flow.Table(caption, headers, shares, rows);
            return;
        }
        flow.Heading(caption, flow.Bold);
        flow.Text(empty, flow.Body, brush: Grey);
        flow.Space(6);
    }

    static string People(int n, bool english) => english ? (n == 1 ? "1 person" : $"{n} people") : $"{n}名";

    /// <summary>The title (with 【訓練】 for a drill) and "page / pages" at the foot of every page.</summary>
    static void Footers(PdfDocument document, string title)
    {
        var font = PdfFlow.Font(7.5);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var rect = new XRect(PdfFlow.Margin, page.Height.Point - PdfFlow.Margin + 14, page.Width.Point - 2 * PdfFlow.Margin, 12);
            g.DrawString(title, font, Grey, rect, XStringFormats.CenterLeft);
            g.DrawString($"{i + 1} / {document.PageCount}", font, XBrushes.Black, rect, XStringFormats.CenterRight);
        }
    }
}
