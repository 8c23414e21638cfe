namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>One line of the reception roster: a person, or an association with nobody coming (its answer alone).</summary>
public sealed record RosterLine(string Block, string Code, string Association, string Answer, string Person, string Title, string Mode,
    string Representative, string ProxyHolder, bool CheckedIn);

/// <summary>
/// The reception desk's roster of a meeting (受付名簿), what the xlsx and the PDF print: by block and association code,
/// one line per person, an association without people on one line with its answer; a column to tick or sign.
/// </summary>
public sealed record Roster(Meeting Meeting, IReadOnlyList<InvitedAssociation> Invited, AttendanceFigures Figures)
{
    public static Roster Of(Meeting meeting, IReadOnlyList<InvitedAssociation> invited) =>
        new(meeting, invited, AttendanceFigures.Of(invited.Select(r => r.Attendance).ToList()));

    /// <summary>The columns: Japanese label, English label, width in xlsx characters (also the PDF's shares).</summary>
    public static readonly IReadOnlyList<(string Ja, string En, double Width)> Columns =
    [
        ("ブロック", "Block", 12), ("協会コード", "Code", 9), ("協会名", "Association", 30), ("回答", "Answer", 12),
        ("氏名", "Name", 18), ("役職", "Title", 16), ("参加方法", "Mode", 10), ("代表者", "Representative", 18),
        ("委任先", "Proxy to", 18), ("受付・署名", "Check-in", 16),
    ];

    public string Title(bool english) => english ? $"Reception roster: {Meeting.Title(true)}" : $"受付名簿　{Meeting.Title(false)}";

    /// <summary>Date, place and format under the title.</summary>
    public string Subtitle(bool english) =>
        string.Join(english ? " / " : "　", new[]
        {
            JapanTime.Format(Meeting.StartsAt, english),
            Meeting.Venue(english),
            AttendanceLabels.Format(Meeting.Format, english),
        }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>What the file says beside the title: sample data, a cancelled meeting.</summary>
    public IEnumerable<string> Notes(bool english)
    {
        if (Meeting.IsSample)
            yield return english ? "Sample data: made up for demonstration, not real associations or people."
                : "サンプルデータ：デモ用に作成した架空のものです。実在の協会・人物ではありません。";
        if (Meeting.Status == MeetingStatus.Cancelled) yield return english ? "This meeting was cancelled." : "この会議は中止になりました。";
    }

    public string Headline(bool english) => english
        ? $"Registered: {Figures.Registered.Text(true)} (on site {Figures.RegisteredOnSite.Text(true)}, online {Figures.RegisteredOnline.Text(true)}); absent {Figures.Absent}, proxies {Figures.Proxies}, no answer {Figures.Unanswered}"
        : $"出席登録 {Figures.Registered.Text(false)}（現地 {Figures.RegisteredOnSite.Text(false)}、オンライン {Figures.RegisteredOnline.Text(false)}）　欠席 {Figures.Absent}団体　委任状 {Figures.Proxies}団体　未回答 {Figures.Unanswered}団体";

    public IEnumerable<RosterLine> Lines(bool english)
    {
        var names = Invited.ToDictionary(r => r.Code, r => r.Name(english));
        foreach (var r in Invited)
        {
            var a = r.Attendance;
            var answer = AttendanceLabels.Mode(a.Mode, english, Meeting.Format);
            var proxy = a.GaveProxy ? AttendanceLabels.ProxyHolder(Meeting, a.ProxyHolderCode, c => names.GetValueOrDefault(c, c), english) : "";
            var representative = a.RepresentativeName ?? "";
            if (a.Attendees.Count == 0)
            {
                yield return new RosterLine(r.Block.Name(english), r.Code, r.Name(english), answer, "", "", "", representative, proxy, false);
                continue;
            }
            foreach (var p in a.Attendees)
                yield return new RosterLine(r.Block.Name(english), r.Code, r.Name(english), answer, p.Name, p.Title ?? "",
                    AttendanceLabels.Person(p.Mode, english), representative, proxy, p.CheckedInAt is not null);
        }
    }

    /// <summary>"受付名簿_20270521.xlsx" (the meeting's date in Japan).</summary>
    public string FileName(string extension) => $"受付名簿_{JapanTime.ToLocal(Meeting.StartsAt):yyyyMMdd}.{extension}";

    public string AsciiFileName(string extension) => $"renkei-meeting-{Meeting.Id}-roster.{extension}";
}
