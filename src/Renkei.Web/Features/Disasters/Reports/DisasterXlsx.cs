using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory.Files;
using Renkei.Web.Features.Meetings;
using W = Renkei.Web.Features.Disasters.Reports.ReportWords;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>
/// The disaster as a workbook: 要請 Requests, 申し出 Offers (a row per offer and per step), 被災協会 Affected, 経過 Timeline
/// and 集計 Summary. Each sheet: the title (【訓練】 for a drill) and what the copy holds in rows 1–2, headers in Japanese
/// and English in rows 3–4 (frozen, printed on every page), A4 landscape like the directory's workbook. Values are in
/// the reader's language; only what the reader may see (<see cref="SituationReport"/>) is in it.
/// </summary>
public static class DisasterXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string RequestsSheet = "要請 Requests";
    public const string OffersSheet = "申し出 Offers";
    public const string AffectedSheet = "被災協会 Affected";
    public const string TimelineSheet = "経過 Timeline";
    public const string SummarySheet = "集計 Summary";

    public static void Write(SituationReport r, bool english, Stream output)
    {
        using var book = new XlsxBook(output);
        var title = $"{r.Title(english)}　{W.Export[english]}";
        var notes = Notes(r, english);
        object? Time(DateTime? t) => t is { } v ? JapanTime.Format(v, english) : null;

        Sheet(book, RequestsSheet, title, notes,
            [(W.Request, 9), (W.AssociationCode, 9), (W.Association, 22), (W.Block, 12), (W.SupportKind, 16), (W.Languages, 16), (W.People, 7),
                (W.Covered, 7), (W.Missing, 16), (W.State, 10), (W.Urgency, 8), (W.From, 13), (W.To, 13), (W.Place, 24), (W.Details, 30),
                (W.Reach, 10), (W.PostedAt, 20), (W.EscalateAfter, 20), (W.EscalatedAt, 20), (W.CoveredAt, 20), (W.WithdrawnAt, 20)],
            r.Requests.Select(x => Cells(x.Request.Label(english), x.Request.AssociationCode, r.Name(x.Request.AssociationCode, english),
                r.BlockName(x.Request.BlockId, english), DisasterLabels.Support(x.Request.Kind, english), SupportLanguages.Names(x.Request.Languages, english),
                (long)x.Request.People, (long)x.Coverage.Covered, x.Coverage.MissingText(english), DisasterLabels.Request(x.Coverage.State, english),
                DisasterLabels.Urgent(x.Request.Urgency, english), Date(x.Request.From, english), x.Request.To is { } to ? Date(to, english) : null,
                x.Request.Place, x.Request.Details, DisasterLabels.Reach(x.Request.IsEscalated, english), Time(x.Request.PostedAt),
                Time(x.Request.EscalateAfter), Time(x.Request.EscalatedAt), Time(x.Request.CoveredAt), Time(x.Request.ClosedAt))));

        Sheet(book, OffersSheet, title, notes,
            [(W.Offer, 8), (W.Request, 9), (W.HelpedAssociation, 22), (W.AssociationCode, 9), (W.OfferedBy, 22), (W.Block, 12), (W.People, 7),
                (W.Who, 18), (W.Languages, 16), (W.From, 13), (W.To, 13), (W.Days, 7), (W.PersonDays, 8), (W.Mode, 10), (W.State, 10),
                (W.Step, 10), (W.StepAt, 20), (W.Note, 36)],
            r.Requests.SelectMany(x => x.Request.Offers.OrderBy(o => o.OfferedAt).SelectMany(o =>
            {
                var head = new object?[] { (long)o.Id, x.Request.Label(english), r.Name(x.Request.AssociationCode, english), o.AssociationCode,
                    r.Name(o.AssociationCode, english), r.BlockName(r.BlockOf(o.AssociationCode), english), (long)o.People, o.Who,
                    SupportLanguages.Names(o.Languages, english), Date(o.From, english), Date(o.To, english), (long)o.Days, (long)o.PersonDays,
                    DisasterLabels.Mode(o.Mode, english), DisasterLabels.Offer(o.State, english) };
                // The offer itself, then each step on a row of its own, every row carrying the offer so that a filter keeps it whole.
                return new[] { Cells([.. head, W.Offer[english], Time(o.OfferedAt), o.Details]) }
                    .Concat(o.Steps.OrderBy(s => s.Sequence).Select(s => Cells([.. head, DisasterLabels.Offer(StateAfter(s.Kind), english), Time(s.At), s.Note])));
            })));

        Sheet(book, AffectedSheet, title, notes,
            [(W.AssociationCode, 9), (W.Association, 24), (W.Block, 12), (W.Status, 14), (W.SupportCentre, 26), (W.Note, 36), (W.ReportedAt, 20)],
            r.Affected.Select(a => Cells(a.AssociationCode, r.Name(a.AssociationCode, english), r.BlockName(r.BlockOf(a.AssociationCode), english),
                DisasterLabels.Operating(a.Status, english), DisasterLabels.SupportCentre(a.SupportCentreOpen, english), a.Note, Time(a.ReportedAt))));

        Sheet(book, TimelineSheet, title, notes,
            [(W.At, 20), (W.EventKind, 16), (W.Event, 50), (W.Request, 9), (W.Note, 40)],
            r.Events.Select(e => Cells(Time(e.At), DisasterLabels.Code(e.Kind), r.Describe(e, english), r.RequestLabel(e.RequestId, english), e.Note)));

        Summary(book, r, english, title, notes);
    }

    static string Date(DateOnly d, bool english) => JapanDate.Format(d, english);

    static OfferState StateAfter(OfferStepKind kind) => kind switch
    {
        OfferStepKind.Accepted => OfferState.Accepted,
        OfferStepKind.Declined => OfferState.Declined,
        OfferStepKind.Withdrawn => OfferState.Withdrawn,
        OfferStepKind.Dispatched => OfferState.Dispatched,
        _ => OfferState.Completed,
    };

    static string Notes(SituationReport r, bool english) => string.Join("　", new[]
    {
        r.AsOfText(english),
        r.Disaster.IsDrill ? W.DrillNotice[english] : null,
        r.Disaster.IsSample ? W.SampleNotice[english] : null,
        r.SeesAll ? null : W.BlockNotice[english],
    }.OfType<string>());

    static IEnumerable<(object?, XlsxStyle)> Cells(params object?[] values) =>
        values.Select(v => (v, v is long ? XlsxStyle.Number : XlsxStyle.Text));

    static void Sheet(XlsxBook book, string name, string title, string notes, IReadOnlyList<(Words Words, double Width)> columns,
        IEnumerable<IEnumerable<(object?, XlsxStyle)>> rows, int? headerColumns = null)
    {
        var headers = columns.Take(headerColumns ?? columns.Count).ToList();
        IEnumerable<IEnumerable<(object?, XlsxStyle)>> All()
        {
            yield return [(title, XlsxStyle.Title)];
            yield return [(notes, XlsxStyle.Note)];
            yield return headers.Select(c => ((object?)c.Words.Ja, XlsxStyle.Header));
            yield return headers.Select(c => ((object?)c.Words.En, XlsxStyle.Key));
            foreach (var row in rows) yield return row;
        }
        book.AddSheet(name, columns.Select(c => c.Width).ToList(), All(), 3, 2, $"{title}　{name}", null);
    }

    static readonly Words ItemEnglish = new("項目（英語）", "Item (English)");
    static readonly Words Helper = new("支援した協会", "Helping association");

    /// <summary>The figures of <see cref="SupportSummary"/> (label in both languages, value), then who helped whom.</summary>
    static void Summary(XlsxBook book, SituationReport r, bool english, string title, string notes)
    {
        var s = SupportSummary.Of(r.Disaster, r.Requests, r.BlockOf);
        var state = s.Final ? new Words("最終集計", "Final") : new Words("途中集計", "So far");
        (Words, object?)[] figures =
        [
            (new("集計の区分", "Figures"), state[english]),
            (new("要請の件数", "Requests"), (long)s.Requests),
            (new("要請された人数", "People requested"), (long)s.PeopleRequested),
            (new("申し出の件数", "Offers made"), (long)s.Offers.Made),
            (new("承諾された申し出", "Offers accepted"), (long)s.Offers.Accepted),
            (new("見送られた申し出", "Offers declined"), (long)s.Offers.Declined),
            (new("取り下げられた申し出", "Offers withdrawn"), (long)s.Offers.Withdrawn),
            (new("完了した支援", "Support completed"), (long)s.Offers.Completed),
            (new("回答待ちの申し出", "Offers awaiting a decision"), (long)s.Offers.Pending),
            (new("支援した人数（延べ）", "People who helped (total)"), (long)s.People),
            (new("支援日数（延べ）", "Days of support (total)"), (long)s.SupportDays),
            (new("人日", "Person-days"), (long)s.PersonDays),
            (new("うち現地派遣（人日）", "of which on site (person-days)"), (long)s.OnSitePersonDays),
            (new("うち遠隔（人日）", "of which remote (person-days)"), (long)s.RemotePersonDays),
            (new("ブロック内の支援（人日）", "Support within the block (person-days)"), (long)s.InBlockPersonDays),
            (new("他ブロックからの支援（人日）", "Support from other blocks (person-days)"), (long)s.OtherBlocksPersonDays),
            (new("ブロック内で充足した要請", "Requests covered within the block"), (long)s.Routing.CoveredInBlock),
            (new("全ブロックに広げた要請", "Requests escalated to all blocks"), (long)s.Routing.Escalated),
            (new("うち期限による自動", "of which automatically at the deadline"), (long)s.Routing.EscalatedAutomatically),
            (new("最初の申し出までの時間（中央値）", "Time to the first offer (median)"), SupportSummary.Duration(s.MedianToFirstOffer, english)),
            (new("充足までの時間（中央値）", "Time to coverage (median)"), SupportSummary.Duration(s.MedianToCoverage, english)),
        ];
        IEnumerable<IEnumerable<(object?, XlsxStyle)>> Rows()
        {
            foreach (var (words, value) in figures) yield return Cells(words.Ja, words.En, value);
            yield return [];
            // Who helped whom: a second table under the figures, with its own two header rows.
            Words[] columns = [Helper, W.HelpedAssociation, W.SupportKind, W.Mode, W.People, W.Days, W.PersonDays];
            yield return columns.Select(c => ((object?)c.Ja, XlsxStyle.Header));
            yield return columns.Select(c => ((object?)c.En, XlsxStyle.Key));
            foreach (var h in s.Help)
                yield return Cells(r.Name(h.Helper, english), r.Name(h.Helped, english), DisasterLabels.Support(h.Kind, english),
                    DisasterLabels.Mode(h.Mode, english), (long)h.People, (long)h.Days, (long)h.PersonDays);
        }
        Sheet(book, SummarySheet, title, notes, [(W.Item, 30), (ItemEnglish, 30), (W.Value, 16), (W.Mode, 10), (W.People, 8), (W.Days, 8), (W.PersonDays, 10)],
            Rows(), headerColumns: 3);
    }
}
