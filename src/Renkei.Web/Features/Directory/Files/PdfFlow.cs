using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>
/// Text flowing down A4 pages: wrapped lines (Japanese breaks between any two characters, English between
/// words), label–value lines, and tables whose header is repeated when a table continues on the next page.
/// </summary>
public sealed class PdfFlow : IDisposable
{
    public const double Margin = 48;
    static readonly XPen Rule = new(XColor.FromArgb(160, 160, 160), 0.5);
    static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(221, 235, 247));
    // Characters that may not start a line (kinsoku): they stay at the end of the line before.
    const string NoLineStart = "、。，．・：；？！）」』】〕ー～…ゃゅょっャュョッァィゥェォ";

    readonly Dictionary<(XFont, char), double> widths = [];
    XGraphics? graphics;

    public PdfFlow(PdfDocument document)
    {
        JapaneseFont.EnsureInstalled();
        Document = document;
        Body = Font(9);
        Small = Font(7.5);
        Bold = Font(9, bold: true);
    }

    public XFont Body { get; }
    public XFont Small { get; }
    public XFont Bold { get; }

    public static XFont Font(double size, bool bold = false) => new(JapaneseFont.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public PdfDocument Document { get; }
    public PdfPage Page { get; private set; } = null!;
    public XGraphics G => graphics!;
    public double Y { get; set; }
    public double Left => Margin;
    public double Width => Page.Width.Point - 2 * Margin;
    double Bottom => Page.Height.Point - Margin - 12;

    /// <summary>Starts a new page; <see cref="OnNewPage"/> draws its running head.</summary>
    public void NewPage()
    {
        graphics?.Dispose();
        Page = Document.AddPage();
        Page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(Page);
        Y = Margin;
        OnNewPage?.Invoke(this);
    }

    public Action<PdfFlow>? OnNewPage { get; set; }

    /// <summary>Goes back to a page made earlier (the contents, filled in once the entries' pages are known).</summary>
    public void Resume(PdfPage page, double y)
    {
        graphics?.Dispose();
        Page = page;
        graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        Y = y;
    }

    public double BottomLimit => Bottom;

    public void Space(double points) => Y += points;

    /// <summary>Moves to a new page unless <paramref name="points"/> still fit on this one.</summary>
    public void Need(double points)
    {
        if (Y + points > Bottom) NewPage();
    }

    public static double LineHeight(XFont font) => font.Size * 1.5;

    /// <summary>A paragraph, wrapped to the width, continuing on the next page when it runs out.</summary>
    public void Text(string text, XFont font, double indent = 0, XBrush? brush = null)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Need(LineHeight(font));
            G.DrawString(line, font, brush ?? XBrushes.Black, new XRect(Left + indent, Y, Width - indent, LineHeight(font)), XStringFormats.CenterLeft);
            Y += LineHeight(font);
        }
    }

    /// <summary>A label in a column of its own and its value wrapped beside it (nothing when the value is empty).</summary>
    public void Field(string label, string value, double labelWidth = 118)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var lines = Wrap(value, Body, Width - labelWidth);
        var height = lines.Count * LineHeight(Body);
        Need(Math.Min(height, LineHeight(Body) * 3));
        G.DrawString(label, Bold, XBrushes.DimGray, new XRect(Left, Y, labelWidth, LineHeight(Body)), XStringFormats.CenterLeft);
        foreach (var line in lines)
        {
            Need(LineHeight(Body));
            G.DrawString(line, Body, XBrushes.Black, new XRect(Left + labelWidth, Y, Width - labelWidth, LineHeight(Body)), XStringFormats.CenterLeft);
            Y += LineHeight(Body);
        }
    }

    /// <summary>A section heading, kept with at least the first lines that follow it.</summary>
    public void Heading(string text, XFont font)
    {
        Need(LineHeight(font) + LineHeight(Body) * 3);
        Y += 4;
        G.DrawString(text, font, XBrushes.Black, new XRect(Left, Y, Width, LineHeight(font)), XStringFormats.CenterLeft);
        Y += LineHeight(font);
        G.DrawLine(Rule, Left, Y, Left + Width, Y);
        Y += 2;
    }

    /// <summary>A table; column widths are shares of the page width. A row never splits; the header repeats on a new page.</summary>
    public void Table(string caption, IReadOnlyList<string> headers, IReadOnlyList<double> shares, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0) return;
        var total = shares.Sum();
        var columns = shares.Select(s => s / total * Width).ToArray();
        var headerLines = headers.Select((h, i) => Wrap(h, Bold, columns[i] - 6)).ToList();
        var headerHeight = headerLines.Max(l => l.Count) * LineHeight(Body) + 4;
        var rowLines = rows.Select(r => r.Select((v, i) => Wrap(v, Body, columns[i] - 6)).ToList()).ToList();
        Heading(caption, Bold);
        Need(headerHeight + LineHeight(Body) + 4);
        DrawRow(headerLines, columns, headerHeight, Bold, HeaderFill);
        foreach (var lines in rowLines)
        {
            var height = Math.Min(lines.Max(l => l.Count) * LineHeight(Body) + 4, Bottom - Margin - headerHeight - LineHeight(Bold) * 2);
            if (Y + height > Bottom)
            {
                NewPage();
                G.DrawString($"{caption}（続き）", Bold, XBrushes.Black, new XRect(Left, Y, Width, LineHeight(Bold)), XStringFormats.CenterLeft);
                Y += LineHeight(Bold);
                DrawRow(headerLines, columns, headerHeight, Bold, HeaderFill);
            }
            DrawRow(lines, columns, height, Body, null);
        }
        Y += 6;
    }

    void DrawRow(List<List<string>> cells, double[] columns, double height, XFont font, XBrush? fill)
    {
        var x = Left;
        for (var i = 0; i < columns.Length; i++)
        {
            if (fill is not null) G.DrawRectangle(fill, x, Y, columns[i], height);
            G.DrawRectangle(Rule, x, Y, columns[i], height);
            var y = Y + 2;
            foreach (var line in cells[i])
            {
                if (y + LineHeight(font) > Y + height + 0.1) break; // a cell taller than a page is cut at the page
                G.DrawString(line, font, XBrushes.Black, new XRect(x + 3, y, columns[i] - 6, LineHeight(font)), XStringFormats.CenterLeft);
                y += LineHeight(font);
            }
            x += columns[i];
        }
        Y += height;
    }

    /// <summary>Lines no wider than <paramref name="width"/>; English words are not split unless longer than a line.</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            double lineWidth = 0;
            foreach (var ch in paragraph)
            {
                var w = CharWidth(font, ch);
                if (lineWidth + w > width && line.Length > 0 && !NoLineStart.Contains(ch))
                {
                    var breakAt = char.IsAsciiLetterOrDigit(ch) ? line.ToString().LastIndexOf(' ') : -1;
                    if (breakAt > 0)
                    {
                        lines.Add(line.ToString(0, breakAt));
                        var rest = line.ToString(breakAt + 1, line.Length - breakAt - 1);
                        line.Clear().Append(rest);
                        lineWidth = rest.Sum(c => CharWidth(font, c));
                    }
                    else
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }
                }
                line.Append(ch);
                lineWidth += w;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    double CharWidth(XFont font, char ch)
    {
        if (!widths.TryGetValue((font, ch), out var w))
            widths[(font, ch)] = w = G.MeasureString(ch.ToString(), font).Width;
        return w;
    }

    public void Dispose() => graphics?.Dispose();
}
