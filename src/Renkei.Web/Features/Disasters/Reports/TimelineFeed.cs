using System.Globalization;
using System.Xml.Linq;
using W = Renkei.Web.Features.Disasters.Reports.ReportWords;

namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>
/// The timeline as an Atom 1.0 feed (RFC 4287): one entry per event the reader may see, newest first, titled as the
/// board says it (【訓練】 before every entry of a drill, so a notification alone is never mistaken for a real
/// disaster), linking to the request page or the board. Ids are tag URIs (RFC 4151) that stay the same for an event,
/// so a feed reader shows each event once.
/// </summary>
public static class TimelineFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="baseUrl">Where links start (<see cref="Infrastructure.Email.PublicBaseUrl"/>).</param>
    public static XDocument Of(SituationReport r, bool english, string baseUrl)
    {
        var d = r.Disaster;
        var host = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : "renkei";
        var tagDate = d.DeclaredAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Tag(string rest) => $"tag:{host},{tagDate}:disasters/{d.Id}{rest}";
        var culture = english ? "?culture=en" : "";
        string Link(string path) => $"{baseUrl}{path}{culture}";
        var prefix = DisasterLabels.DrillPrefix(d.IsDrill, english);
        var updated = r.Events.Count > 0 ? r.Events[^1].At : d.DeclaredAt;

        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", english ? "en" : "ja"),
            new XElement(Atom + "id", Tag("")),
            new XElement(Atom + "title", $"{r.Title(english)} {W.Timeline[english]}"),
            new XElement(Atom + "subtitle", string.Join(" ", new[]
            {
                $"{DisasterLabels.Kind(d.Kind, english)}・{r.PrefectureNames(english)}",
                DisasterLabels.Status(d.Status, english),
                d.IsDrill ? W.DrillNotice[english] : null,
                d.IsSample ? W.SampleNotice[english] : null,
            }.OfType<string>())),
            new XElement(Atom + "updated", Time(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", Link(r.BoardPath))),
            // The self link leaves the personal key out: the address a reader shares should not carry it.
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"),
                new XAttribute("href", $"{baseUrl}{r.BoardPath}/timeline.atom")),
            new XElement(Atom + "author", new XElement(Atom + "name", english ? "Liaison Council of Regional International Associations" : "地域国際化協会連絡協議会")),
            new XElement(Atom + "generator", "Renkei"),
            r.Events.Reverse().Select(e => Entry(r, e, english, prefix, Tag, Link)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    static XElement Entry(SituationReport r, DisasterEvent e, bool english, string prefix, Func<string, string> tag, Func<string, string> link)
    {
        var text = r.Describe(e, english);
        var author = e.Automatic ? (english ? "Renkei (automatic)" : "自動処理")
            : e.ActorAssociationCode is { } code ? r.Name(code, english) : W.Secretariat[english];
        var content = $"{JapanTimeText(e.At, english)}\n{text}" + (e.Note is { Length: > 0 } note ? $"\n{note}" : "");
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", tag($"/events/{e.Id}")),
            new XElement(Atom + "title", prefix + text),
            new XElement(Atom + "updated", Time(e.At)),
            new XElement(Atom + "published", Time(e.At)),
            new XElement(Atom + "author", new XElement(Atom + "name", author)),
            new XElement(Atom + "category", new XAttribute("term", DisasterLabels.Code(e.Kind))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                new XAttribute("href", link(e.RequestId is { } id ? r.RequestPath(id) : r.BoardPath))),
            new XElement(Atom + "content", new XAttribute("type", "text"), content));
    }

    static string JapanTimeText(DateTime utc, bool english) => Meetings.JapanTime.Format(utc, english);

    /// <summary>RFC 3339 in UTC, as Atom wants it.</summary>
    static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
