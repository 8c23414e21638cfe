using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Directory.Files;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>Secretariat: the reception roster of a meeting as xlsx (to edit and print) and PDF (to print), Japanese with English headers.</summary>
public static class RosterFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string PdfType = "application/pdf";
    const string Check = "□";

    public static void Map(WebApplication app)
    {
        var files = app.MapGroup("/meetings/manage/{id:int}").ExcludeFromDescription()
            .RequireAuthorization(new AuthorizeAttribute { Policy = Policies.Secretariat });
        files.MapGet("/roster.xlsx", (int id, HttpContext http, RenkeiDbContext db, AttendanceBook book, CancellationToken ct) =>
            SendAsync(id, http, db, book, "xlsx", XlsxType, WriteXlsx, ct));
        files.MapGet("/roster.pdf", (int id, HttpContext http, RenkeiDbContext db, AttendanceBook book, CancellationToken ct) =>
            SendAsync(id, http, db, book, "pdf", PdfType, WritePdf, ct));
    }

    static async Task<IResult> SendAsync(int id, HttpContext http, RenkeiDbContext db, AttendanceBook book, string extension, string type,
        Action<Roster, Stream> write, CancellationToken ct)
    {
        if (await db.Meetings.FindAsync([id], ct) is not { } meeting) return Results.NotFound();
        var roster = Roster.Of(meeting, await book.InvitedAsync(meeting, ct));
        using var buffer = new MemoryStream();
        // The writers are synchronous (the libraries are); Kestrel refuses synchronous writes to the response.
        write(roster, buffer);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        { FileName = roster.AsciiFileName(extension), FileNameStar = roster.FileName(extension) }.ToString();
        // Names of people: no shared cache may keep them.
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.Bytes(buffer.ToArray(), type);
    }

    public static void WriteXlsx(Roster roster, Stream output)
    {
        using var book = new XlsxBook(output);
        var title = roster.Title(false);
        var notes = string.Join("　", roster.Notes(false));
        var columns = Roster.Columns;
        IEnumerable<IEnumerable<(object?, XlsxStyle)>> Rows()
        {
            yield return notes.Length == 0 ? [(title, XlsxStyle.Title)] : [(title, XlsxStyle.Title), (null, XlsxStyle.Default), (null, XlsxStyle.Default), (notes, XlsxStyle.Note)];
            yield return [(roster.Subtitle(false) + "　" + roster.Headline(false), XlsxStyle.Default)];
            yield return columns.Select(c => ((object?)c.Ja, XlsxStyle.Header));
            yield return columns.Select(c => ((object?)c.En, XlsxStyle.Key));
            foreach (var l in roster.Lines(false))
                yield return new object?[] { l.Block, l.Code, l.Association, l.Answer, l.Person, l.Title, l.Mode, l.Representative, l.ProxyHolder, l.CheckedIn ? "済" : "" }
                    .Select(v => (v, XlsxStyle.Text));
        }
        book.AddSheet("受付名簿", columns.Select(c => c.Width).ToList(), Rows(), 3, 2, title, notes.Length == 0 ? null : notes);

        var f = roster.Figures;
        (object?, XlsxStyle)[] Line(string ja, string en, int associations, int? people) =>
            [(ja, XlsxStyle.Text), (en, XlsxStyle.Text), ((long)associations, XlsxStyle.Number), (people is { } p ? (long)p : null, XlsxStyle.Number)];
        IEnumerable<IEnumerable<(object?, XlsxStyle)>> Summary()
        {
            yield return [($"集計　{roster.Meeting.Title(false)}", XlsxStyle.Title)];
            yield return [("区分", XlsxStyle.Header), ("", XlsxStyle.Header), ("団体", XlsxStyle.Header), ("名", XlsxStyle.Header)];
            yield return [("Category", XlsxStyle.Key), ("", XlsxStyle.Key), ("Associations", XlsxStyle.Key), ("People", XlsxStyle.Key)];
            yield return Line("招集", "Invited", f.Invited, null);
            yield return Line("出席登録", "Registered", f.Registered.Associations, f.Registered.People);
            yield return Line("うち現地", "On site", f.RegisteredOnSite.Associations, f.RegisteredOnSite.People);
            yield return Line("うちオンライン", "Online", f.RegisteredOnline.Associations, f.RegisteredOnline.People);
            yield return Line("欠席", "Absent", f.Absent, null);
            yield return Line("委任状", "Proxies", f.Proxies, null);
            yield return Line("未回答", "No answer", f.Unanswered, null);
            yield return Line("受付済み", "Checked in", f.Came.Associations, f.Came.People);
        }
        book.AddSheet("集計", [16, 14, 12, 12], Summary(), 2, 2, title, null);
    }

    public static void WritePdf(Roster roster, Stream output)
    {
        using var document = new PdfDocument();
        document.Info.Title = roster.Title(false);
        document.Info.Subject = roster.Title(true);
        document.Info.Creator = "Renkei";
        using (var flow = new PdfFlow(document))
        {
            flow.NewPage();
            flow.Text(roster.Title(false), PdfFlow.Font(15, bold: true));
            flow.Text(roster.Title(true), flow.Small, brush: XBrushes.DimGray);
            flow.Text(roster.Subtitle(false), flow.Body);
            var red = new XSolidBrush(XColor.FromArgb(156, 0, 6));
            foreach (var note in roster.Notes(false).Concat(roster.Notes(true))) flow.Text(note, flow.Bold, brush: red);
            flow.Text(roster.Headline(false), flow.Body);
            flow.Space(6);
            var headers = Roster.Columns.Skip(1).Select(c => $"{c.Ja}\n{c.En}").ToList();
            // A4 portrait: the six-digit code and the short answers get room to stay on one line; names wrap.
            double[] shares = [12, 28, 15, 17, 13, 11, 16, 15, 12];
            foreach (var block in roster.Lines(false).GroupBy(l => l.Block))
            {
                var rows = block.Select(l => (IReadOnlyList<string>)[l.Code, l.Association, l.Answer, l.Person, l.Title, l.Mode, l.Representative, l.ProxyHolder,
                    l.CheckedIn ? "済" : l.Person.Length > 0 ? Check : ""]).ToList();
                flow.Table(block.Key, headers, shares, rows);
            }
        }
        Footers(document, roster);
        document.Save(output, closeStream: false);
    }

    static void Footers(PdfDocument document, Roster roster)
    {
        var font = PdfFlow.Font(7.5);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"{roster.Title(false)}　{i + 1} / {document.PageCount}";
            g.DrawString(text, font, XBrushes.DimGray, new XRect(PdfFlow.Margin, page.Height.Point - PdfFlow.Margin + 6, page.Width.Point - 2 * PdfFlow.Margin, 12), XStringFormats.Center);
        }
    }
}
