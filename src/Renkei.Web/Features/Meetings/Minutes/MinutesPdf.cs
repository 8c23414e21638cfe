using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Renkei.Web.Features.Directory.Files;

namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>
/// The minutes as an A4 PDF: the text as approved, line for line (the secretariat laid it out), IPAexGothic embedded,
/// "page / pages" in every footer, and the sample-data and draft marks where they apply.
/// </summary>
public static class MinutesPdf
{
    public const string ContentType = "application/pdf";
    static readonly XBrush Red = new XSolidBrush(XColor.FromArgb(156, 0, 6));

    /// <summary>Texts in the reader's language: the sample-data and draft marks, and the footer (the title, marked too).</summary>
    public sealed record Labels(string Sample, string Draft, string Footer);

    public static byte[] Write(ReadableMinutes read, bool english, Labels labels)
    {
        var meeting = read.Meeting;
        var lines = read.Minutes.Body(english).Replace("\r\n", "\n").TrimEnd().Split('\n');
        using var document = new PdfDocument();
        document.Info.Title = lines.FirstOrDefault() ?? meeting.Title(english);
        document.Info.Creator = "Renkei";
        using (var flow = new PdfFlow(document))
        {
            flow.NewPage();
            if (meeting.IsSample) flow.Text(labels.Sample, flow.Bold, brush: Red);
            if (read.IsDraft) flow.Text(labels.Draft, PdfFlow.Font(12, bold: true), brush: Red);
            if (meeting.IsSample || read.IsDraft) flow.Space(8);
            var body = PdfFlow.Font(10.5);
            flow.Text(lines[0], PdfFlow.Font(15, bold: true));
            flow.Space(10);
            foreach (var line in lines.Skip(1))
            {
                // A wrapped line keeps its line's indent, so a long item still reads as one under its heading.
                var text = line.TrimStart();
                var indent = text.Length == 0 ? 0 : flow.G.MeasureString(line[..^text.Length], body).Width;
                flow.Text(text, body, Math.Min(indent, flow.Width / 3));
            }
        }
        Footers(document, labels.Footer);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    static void Footers(PdfDocument document, string title)
    {
        var font = PdfFlow.Font(8);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - PdfFlow.Margin + 14;
            var width = page.Width.Point - 2 * PdfFlow.Margin;
            g.DrawString(title, font, XBrushes.DimGray, new XRect(PdfFlow.Margin, y, width - 60, 12), XStringFormats.CenterLeft);
            g.DrawString($"{i + 1} / {document.PageCount}", font, XBrushes.Black, new XRect(PdfFlow.Margin, y, width, 12), XStringFormats.CenterRight);
        }
    }
}
