using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>The cell styles of the directory workbook (indexes into the stylesheet that <see cref="XlsxBook"/> writes).</summary>
public enum XlsxStyle : uint
{
    Default = 0,
    Title = 1,
    Header = 2,
    Key = 3,
    Text = 4,
    Number = 5,
    Decimal = 6,
    Year = 7,
    Note = 8,
}

/// <summary>
/// A small xlsx writer on the Open XML SDK, for workbooks meant to be printed: frozen header rows, explicit
/// column widths (measuring text would need a font renderer), wrapped text, A4 landscape fitted to one page
/// wide, header rows repeated on every printed page, a title in the page header and page numbers in the footer.
/// </summary>
public sealed class XlsxBook : IDisposable
{
    public const string NumberFormat = "#,##0";
    readonly SpreadsheetDocument document;
    readonly WorkbookPart workbook;
    readonly Sheets sheets = new();
    readonly DefinedNames names = new();

    public XlsxBook(Stream output)
    {
        document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
    }

    /// <summary>
    /// Adds a sheet. <paramref name="headerRows"/> rows from <paramref name="firstHeaderRow"/> are frozen and printed on every page;
    /// <paramref name="pageHeader"/> is printed at the top left of every page.
    /// </summary>
    public void AddSheet(string name, IReadOnlyList<double> widths, IEnumerable<IEnumerable<(object? Value, XlsxStyle Style)>> rows,
        int firstHeaderRow, int headerRows, string pageHeader, string? pageHeaderRight)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var lastHeader = firstHeaderRow + headerRows - 1;
        // The sheet's XML is written straight to its part: thousands of cells through the SDK's element objects
        // cost tens of milliseconds, an XmlWriter a fraction of that. The package, styles and workbook stay the SDK's.
        using (var stream = part.GetStream(FileMode.Create))
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("worksheet", Main);
            xml.WriteStartElement("sheetPr", Main);
            xml.WriteStartElement("pageSetUpPr", Main);
            xml.WriteAttributeString("fitToPage", "1");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("sheetViews", Main);
            xml.WriteStartElement("sheetView", Main);
            if (sheets.ChildElements.Count == 0) xml.WriteAttributeString("tabSelected", "1");
            xml.WriteAttributeString("workbookViewId", "0");
            xml.WriteStartElement("pane", Main);
            xml.WriteAttributeString("ySplit", Number(lastHeader));
            xml.WriteAttributeString("topLeftCell", $"A{lastHeader + 1}");
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("sheetFormatPr", Main);
            xml.WriteAttributeString("defaultRowHeight", "18");
            xml.WriteEndElement();
            xml.WriteStartElement("cols", Main);
            for (var i = 0; i < widths.Count; i++)
            {
                xml.WriteStartElement("col", Main);
                xml.WriteAttributeString("min", Number(i + 1));
                xml.WriteAttributeString("max", Number(i + 1));
                xml.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteStartElement("sheetData", Main);
            var r = 0;
            foreach (var row in rows)
            {
                r++;
                xml.WriteStartElement("row", Main);
                xml.WriteAttributeString("r", Number(r));
                var c = 0;
                foreach (var (value, style) in row)
                {
                    c++;
                    if (value is null && style == XlsxStyle.Default) continue;
                    WriteCell(xml, ColumnName(c) + Number(r), value, style);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteStartElement("pageMargins", Main);
            foreach (var (side, inches) in new[] { ("left", "0.4"), ("right", "0.4"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
                xml.WriteAttributeString(side, inches);
            xml.WriteEndElement();
            xml.WriteStartElement("pageSetup", Main);
            xml.WriteAttributeString("paperSize", "9"); // A4
            xml.WriteAttributeString("orientation", "landscape");
            xml.WriteAttributeString("fitToWidth", "1");
            xml.WriteAttributeString("fitToHeight", "0");
            xml.WriteEndElement();
            xml.WriteStartElement("headerFooter", Main);
            xml.WriteElementString("oddHeader", Main, $"&L{Escape(pageHeader)}" + (pageHeaderRight is null ? "" : $"&R{Escape(pageHeaderRight)}"));
            xml.WriteElementString("oddFooter", Main, "&C&P / &N");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        var id = (uint)sheets.ChildElements.Count + 1;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
        names.Append(new DefinedName($"'{name.Replace("'", "''")}'!${firstHeaderRow}:${lastHeader}") { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
    }

    public void Dispose()
    {
        workbook.Workbook = new Workbook(sheets, names);
        document.Dispose();
    }

    const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    static void WriteCell(XmlWriter xml, string reference, object? value, XlsxStyle style)
    {
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", reference);
        if (style != XlsxStyle.Default) xml.WriteAttributeString("s", Number((int)style));
        switch (value)
        {
            case null:
                break;
            case long or int or decimal or double:
                xml.WriteElementString("v", Main, Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            default:
                // Inline strings: the text is never read as a formula or a number (codes keep their leading zero).
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", Main);
                xml.WriteStartElement("t", Main);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(Clean(value.ToString()!));
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
        }
        xml.WriteEndElement();
    }

    /// <summary>XML cannot carry most control characters; they have no place in a directory anyway.</summary>
    static string Clean(string text) =>
        text.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\t')) ? new string(text.Where(ch => !char.IsControl(ch) || ch is '\n' or '\t').ToArray()) : text;

    static string Escape(string text) => text.Replace("&", "&&");

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    static Stylesheet Styles()
    {
        Font Font(double size, bool bold = false, string? color = null)
        {
            var f = new Font();
            if (bold) f.Append(new Bold());
            f.Append(new FontSize { Val = size });
            if (color is not null) f.Append(new Color { Rgb = color });
            f.Append(new FontName { Val = "游ゴシック" }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 128 });
            return f;
        }
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        CellFormat Format(uint font, uint fill, uint border, uint numberFormat, bool wrap, VerticalAlignmentValues vertical) =>
            new(new Alignment { WrapText = wrap, Vertical = vertical })
            {
                FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0,
                ApplyFont = true, ApplyFill = fill > 0, ApplyBorder = border > 0, ApplyNumberFormat = numberFormat > 0, ApplyAlignment = true,
            };
        var top = VerticalAlignmentValues.Top;
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = NumberFormat }) { Count = 1 },
            new Fonts(Font(10), Font(10, bold: true), Font(14, bold: true), Font(8, color: "FF595959"), Font(10, bold: true, color: "FF9C0006")) { Count = 5 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, FormatId = 0 },
                Format(2, 0, 0, 0, false, VerticalAlignmentValues.Center),   // title
                Format(1, 2, 1, 0, true, VerticalAlignmentValues.Center),    // header
                Format(3, 2, 1, 0, false, VerticalAlignmentValues.Center),   // key
                Format(0, 0, 1, 0, true, top),                               // text
                Format(0, 0, 1, 164, false, top),                            // number #,##0
                Format(0, 0, 1, 0, false, top),                              // decimal
                Format(0, 0, 1, 1, false, top),                              // year 0
                Format(4, 0, 0, 0, false, VerticalAlignmentValues.Center))   // note
            { Count = 9 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
