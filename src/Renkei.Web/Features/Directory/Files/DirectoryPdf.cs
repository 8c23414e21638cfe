using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>
/// The printable booklet: a cover, the contents by block with page numbers, then one association per page
/// (continuing onto the next pages when its lists are long), page numbers in the footer. Japanese first,
/// English names beside them where the entry has them. IPAexGothic is embedded as a subset.
/// </summary>
public static class DirectoryPdf
{
    public const string ContentType = "application/pdf";
    static readonly XBrush Grey = XBrushes.DimGray;
    static readonly XBrush Red = new XSolidBrush(XColor.FromArgb(156, 0, 6));

    public static void Write(EditionFile file, Stream output)
    {
        using var document = new PdfDocument();
        document.Info.Title = file.Title(false);
        document.Info.Subject = file.Title(true);
        document.Info.Creator = "Renkei";
        var pages = new Dictionary<string, int>();
        var contents = new List<PdfPage>();
        using (var flow = new PdfFlow(document))
        {
            Cover(flow, file);
            // Reserved now, drawn last: an empty page gets no content stream (an empty one is an invalid flate stream).
            for (var i = 0; i < ContentsPages(file, flow); i++)
            {
                var page = document.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                contents.Add(page);
            }
            var running = "";
            flow.OnNewPage = f => f.G.DrawString(running, f.Small, Grey, new XRect(f.Left, PdfFlow.Margin - 20, f.Width, 12), XStringFormats.CenterLeft);
            foreach (var entry in file.Entries)
            {
                running = $"{entry.Block.NameJa}　{entry.AssociationName}";
                flow.NewPage();
                pages[entry.Code] = document.PageCount;
                Entry(flow, entry, file.Members);
            }
            flow.OnNewPage = null;
            Contents(flow, file, contents, pages);
        }
        Footers(document, file);
        document.Save(output, closeStream: false);
    }

    static void Cover(PdfFlow flow, EditionFile file)
    {
        flow.NewPage();
        var g = flow.G;
        void Center(string text, XFont font, XBrush brush, double y) =>
            g.DrawString(text, font, brush, new XRect(flow.Left, y, flow.Width, font.Size * 1.6), XStringFormats.Center);
        Center("地域国際化協会ダイレクトリー", PdfFlow.Font(26, bold: true), XBrushes.Black, 230);
        Center(Infrastructure.Localization.FiscalYear.Label(file.FiscalYear, false), PdfFlow.Font(16), XBrushes.Black, 285);
        Center($"Directory of Regional International Associations {Infrastructure.Localization.FiscalYear.Label(file.FiscalYear, true)}", PdfFlow.Font(12), Grey, 320);
        var y = 400.0;
        if (file.Edition.IsSample)
        {
            Center("サンプルデータ", PdfFlow.Font(20, bold: true), Red, y);
            y += 40;
        }
        foreach (var note in file.Notes(false))
        {
            flow.Y = y;
            foreach (var line in flow.Wrap(note, flow.Body, flow.Width - 80)) { Center(line, flow.Body, Red, flow.Y); flow.Y += 14; }
            y = flow.Y + 6;
        }
        Center("地域国際化協会連絡協議会", PdfFlow.Font(13), XBrushes.Black, 700);
        Center("Liaison Council of Regional International Associations", PdfFlow.Font(10), Grey, 725);
        if (file.Edition.PublishedAt is { } published && !file.WorkingCopy)
            Center($"{JapanDate.Format(DateOnly.FromDateTime(published.AddHours(9)), false)}発行", flow.Body, Grey, 750);
    }

    static double Pitch => 13.5;

    static int ContentsLines(EditionFile file) => 3 + file.Entries.Select(e => e.Block.Id).Distinct().Count() * 2 + file.Entries.Count;

    static int LinesPerPage(PdfFlow flow) => (int)((flow.Page.Height.Point - 2 * PdfFlow.Margin - 12) / Pitch) - 1;

    static int ContentsPages(EditionFile file, PdfFlow flow) => Math.Max(1, (ContentsLines(file) + LinesPerPage(flow) - 1) / LinesPerPage(flow));

    /// <summary>The contents, by block, drawn on the pages reserved for it once every entry's page is known.</summary>
    static void Contents(PdfFlow flow, EditionFile file, List<PdfPage> reserved, Dictionary<string, int> pages)
    {
        var page = 0;
        var line = 0;
        var perPage = LinesPerPage(flow);
        flow.Resume(reserved[0], PdfFlow.Margin);
        void Line(string left, string? right, XFont font, XBrush brush, double indent = 0)
        {
            if (line == perPage) { flow.Resume(reserved[++page], PdfFlow.Margin); line = 0; }
            var rect = new XRect(flow.Left + indent, flow.Y, flow.Width - indent - 40, Pitch);
            // One line each: a name too long for it is cut with an ellipsis rather than running into the page number.
            var lines = flow.Wrap(left, font, rect.Width - 10);
            flow.G.DrawString(lines.Count > 1 ? lines[0] + "…" : left, font, brush, rect, XStringFormats.CenterLeft);
            if (right is not null) flow.G.DrawString(right, font, brush, new XRect(flow.Left, flow.Y, flow.Width, Pitch), XStringFormats.CenterRight);
            flow.Y += Pitch;
            line++;
        }
        Line("目次　Contents", null, PdfFlow.Font(14, bold: true), XBrushes.Black);
        Line("", null, flow.Body, Grey);
        Line("", null, flow.Body, Grey);
        foreach (var block in file.Entries.GroupBy(e => e.Block.Id))
        {
            var b = block.First().Block;
            Line("", null, flow.Body, Grey);
            Line($"{b.NameJa}　{b.NameEn}", null, flow.Bold, XBrushes.Black);
            foreach (var e in block)
                Line($"{e.AssociationName}{(e.Content.NameEn is { } en ? "　" + en : "")}", pages[e.Code].ToString(System.Globalization.CultureInfo.InvariantCulture), flow.Body, XBrushes.Black, 12);
        }
    }

    static void Entry(PdfFlow flow, ExportEntry entry, bool members)
    {
        var c = entry.Content;
        var fields = EntryFields.Flatten(c, english: false).ToDictionary(f => f.Key);
        string V(string key) => fields.TryGetValue(key, out var f) ? f.Value : "";
        string L(string key) => DirectorySheetLayout.MainColumns.Single(x => x.Key == key).LabelJa;

        if (c.NameKana is { } kana) flow.Text(kana, flow.Small, brush: Grey);
        flow.Text(entry.AssociationName, PdfFlow.Font(16, bold: true));
        if (c.NameEn is { } nameEn) flow.Text(nameEn, PdfFlow.Font(11), brush: Grey);
        flow.Text($"{entry.Block.NameJa}（{entry.Block.NameEn}）　協会コード {entry.Code}", flow.Small, brush: Grey);
        flow.Space(4);
        flow.G.DrawLine(new XPen(XColors.Black, 1), flow.Left, flow.Y, flow.Left + flow.Width, flow.Y);
        flow.Space(6);

        flow.Field(L("legalForm"), V("legalForm"));
        flow.Field("代表者", string.Join("　", new[] { c.RepresentativeTitle, c.RepresentativeName }.OfType<string>()));
        flow.Field("所在地", string.Join("　", new[] { V("postalCode"), c.Address }.Where(s => !string.IsNullOrEmpty(s))));
        flow.Field(L("addressEn"), V("addressEn"));
        foreach (var key in new[] { "phone", "fax", "email", "website", "foundedOn", "certifiedOn", "endowmentYen", "annualBudgetYen", "consultationLanguages" })
            flow.Field(L(key), V(key));

        var staff = DirectorySheetLayout.MainColumns.Where(x => x.Key.StartsWith("staff.", StringComparison.Ordinal)).ToList();
        if (staff.Any(s => V(s.Key) != ""))
            flow.Table("職員数", [.. staff.Select(s => s.LabelJa[(s.LabelJa.IndexOf('：') + 1)..]), "合計"], [.. staff.Select(_ => 1.0), 1.0],
                [[.. staff.Select(s => V(s.Key)), EntryFields.Count(c.StaffTotal) ?? "0"]]);

        foreach (var group in DirectorySheetLayout.VisibleGroups(members))
        {
            var count = group.RowsOf(c).Count;
            var rows = Enumerable.Range(1, count)
                .Select(i => (IReadOnlyList<string>)group.Columns.Select(col => V($"{group.Key}[{i}].{col.Key}")).ToList()).ToList();
            // Money needs room for "123,456,789円" on one line.
            flow.Table(group.SheetName, group.Columns.Select(col => col.LabelJa).ToList(),
                group.Columns.Select(col => col.Kind == CellKind.Yen ? Math.Max(col.Width, 18) : col.Width).ToList(), rows);
        }
    }

    static void Footers(PdfDocument document, EditionFile file)
    {
        var font = PdfFlow.Font(8);
        var title = file.Title(false) + (file.Edition.IsSample ? "（サンプルデータ）" : "") + (file.WorkingCopy ? "（作業用コピー）" : "");
        for (var i = 1; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - PdfFlow.Margin + 14;
            g.DrawString(title, font, Grey, new XRect(PdfFlow.Margin, y, page.Width.Point - 2 * PdfFlow.Margin, 12), XStringFormats.CenterLeft);
            g.DrawString($"{i + 1} / {document.PageCount}", font, XBrushes.Black, new XRect(PdfFlow.Margin, y, page.Width.Point - 2 * PdfFlow.Margin, 12), XStringFormats.CenterRight);
        }
    }
}
