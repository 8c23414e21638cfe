using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>The two texts of a draft: Japanese (the record) and English.</summary>
public sealed record MinutesBodies(string Ja, string En);

/// <summary>
/// Writes the draft of a meeting's minutes (議事録) from what Renkei knows: when and how it was held, the attendance
/// and the quorum, the chair and guests, each agenda item in order with its verdict and the figures behind it (the same
/// <see cref="MeetingResults"/> the results page shows), the elected officers, the closing and the lines for the
/// signatures Japanese minutes carry. The secretariat edits it before approving.
/// </summary>
public class MinutesWriter(RenkeiDbContext db, MeetingResults results, IStringLocalizer<MinutesText> text)
{
    public async Task<MinutesBodies> WriteAsync(MeetingResultsReport report, CancellationToken ct = default)
    {
        var meeting = report.Meeting;
        var codes = meeting.Items.SelectMany(i => i.Candidates).Select(c => c.AssociationCode)
            .Append(meeting.ChairAssociationCode).OfType<string>().Distinct().ToList();
        var associations = await db.Associations.AsNoTracking().Include(a => a.Versions)
            .Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, ct);
        // Labels and explanations come from localizers that read the current UI culture: write each text in its own.
        string Write(string culture, bool english)
        {
            using var _ = new CultureScope(culture);
            return new Draft(text, results, report, associations, english).Text();
        }
        return new MinutesBodies(Write("ja", false), Write("en", true));
    }

    sealed class Draft(IStringLocalizer<MinutesText> t, MeetingResults results, MeetingResultsReport report, Dictionary<string, Association> associations, bool english)
    {
        readonly StringBuilder body = new();
        readonly Meeting meeting = report.Meeting;
        int section;

        string Indent => english ? "    " : "　　";

        public string Text()
        {
            body.AppendLine(t["{0} 議事録", meeting.Title(english)]).AppendLine();
            Section(t["日時"], When());
            Section(t["開催形式・場所"], Where());
            Section(t["出席"], Attendance().ToArray());
            Section(t["議長"], meeting.ChairName is { Length: > 0 } chair ? Person(chair, null, meeting.ChairAssociationCode) : t["（記入してください）"]);
            var guests = (meeting.Guests ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (guests.Length > 0) Section(t["来賓"], guests);
            Section(t["議事の経過及び結果"]);
            foreach (var item in report.Items) Item(item);
            Closing();
            return body.ToString().TrimEnd() + "\n";
        }

        void Section(string heading, params string[] lines)
        {
            section++;
            body.AppendLine(english ? $"{section}. {heading}" : $"{section}　{heading}");
            foreach (var line in lines) body.Append(Indent).AppendLine(line);
            if (lines.Length > 0) body.AppendLine();
        }

        string When()
        {
            if (meeting.Format == MeetingFormat.InWriting)
                return t["書面表決の締切：{0}", JapanTime.Format(Deadline, english)];
            var start = JapanTime.Format(meeting.StartsAt, english);
            if (meeting.EndsAt is not { } end) return start;
            var endLocal = JapanTime.ToLocal(end);
            if (JapanTime.Date(end) != JapanTime.Date(meeting.StartsAt)) return $"{start} – {JapanTime.Format(end, english)}";
            return english ? $"{start[..^4]}–{endLocal:HH:mm} JST" : $"{start}～{endLocal:HH:mm}";
        }

        DateTime Deadline => meeting.WrittenVoteDeadline ?? meeting.VoteDeadline ?? meeting.StartsAt;

        string[] Where()
        {
            var venue = meeting.Venue(english);
            return meeting.Format switch
            {
                MeetingFormat.InPerson => [t["対面"], .. Optional(venue)],
                MeetingFormat.Online => [t["オンライン"]],
                MeetingFormat.Hybrid => [t["ハイブリッド（現地出席とオンライン出席の選択制）"], .. Optional(venue)],
                _ => [t["書面開催（会員は書面表決書または委任状を提出）"]],
            };
        }

        static string[] Optional(string? line) => string.IsNullOrWhiteSpace(line) ? [] : [line];

        IEnumerable<string> Attendance()
        {
            var quorum = report.Quorum;
            yield return quorum.Rule == QuorumRule.None
                ? t["会員{0}団体のうち{1}団体が出席した（委任状・書面表決を含む）。", quorum.Invited, quorum.Present]
                : quorum.Met
                    ? t["会員{0}団体のうち{1}団体が出席し（委任状・書面表決を含む）、定足数（{2}団体）を満たした。", quorum.Invited, quorum.Present, quorum.Required]
                    : t["会員{0}団体のうち{1}団体が出席し（委任状・書面表決を含む）、定足数（{2}団体）に達しなかった。", quorum.Invited, quorum.Present, quorum.Required];
            var figures = AttendanceFigures.Of(meeting.Attendances);
            if (meeting.Format != MeetingFormat.InWriting)
            {
                var came = t["出席者：{0}", figures.Came.Text(english)].Value;
                if (meeting.Format == MeetingFormat.Hybrid)
                    came += t["（現地 {0}、オンライン {1}）", figures.CameOnSite.Text(english), figures.CameOnline.Text(english)];
                yield return came;
            }
            var proxies = meeting.Attendances.Where(a => a.GaveProxy).ToList();
            if (proxies.Count > 0)
                yield return t["委任状：{0}団体（議長へ {1}団体、他の会員協会へ {2}団体）", proxies.Count, proxies.Count(a => a.ProxyToChair), proxies.Count(a => !a.ProxyToChair)];
            var written = WrittenVoters();
            if (written > 0 || meeting.Format == MeetingFormat.InWriting) yield return t["書面表決：{0}団体", written];
        }

        /// <summary>Associations present only by their written vote (書面表決): not checked in, no proxy.</summary>
        int WrittenVoters()
        {
            var byWriting = report.Items.SelectMany(i => i.Counted).Where(b => b.Channel == BallotChannel.Written).Select(b => b.AssociationCode).ToHashSet();
            return meeting.Attendances.Count(a => byWriting.Contains(a.AssociationCode) && !a.CheckedIn && !a.GaveProxy);
        }

        void Item(ItemResult result)
        {
            var item = result.Item;
            body.Append(english ? "  " : "　").AppendLine($"{item.Label(meeting.Items, english)}{(english ? ": " : "　")}{item.Title(english)}");
            if (item.Kind == AgendaItemKind.Report)
            {
                body.Append(Indent).AppendLine(t["報告が行われた。"]);
                body.AppendLine();
                return;
            }
            // A per-candidate election has no verdict of its own worth printing: each candidate's follows.
            var perCandidate = item.Kind == AgendaItemKind.Election && item.ElectionMode == ElectionMode.PerCandidate;
            if (!perCandidate)
            {
                body.Append(Indent).AppendLine(t["結果：{0}", results.Label(result.Verdict)]);
                if (result.Verdict.Count is not null) body.Append(Indent).AppendLine(results.Explain(result.Verdict, report.Quorum, item));
            }
            if (item.Kind == AgendaItemKind.Election)
            {
                var elected = perCandidate
                    ? result.Candidates.Where(c => c.Verdict.Passed).Select(c => c.Candidate).ToList()
                    : result.Verdict.Passed ? item.Candidates.OrderBy(c => c.Number).ToList() : [];
                if (perCandidate)
                    foreach (var c in result.Candidates)
                        body.Append(Indent).AppendLine($"{Candidate(c.Candidate)}{(english ? ": " : "：")}{results.Label(c.Verdict)}")
                            .Append(Indent).Append(english ? "  " : "　").AppendLine(results.Explain(c.Verdict, report.Quorum, item));
                if (elected.Count > 0)
                {
                    body.Append(Indent).AppendLine(t["選任された役員："]);
                    foreach (var c in elected) body.Append(Indent).Append(english ? "  " : "　").AppendLine(Candidate(c) + (english ? " " : "") + Term(c));
                }
            }
            body.AppendLine();
        }

        string Candidate(ElectionCandidate c) =>
            $"{c.Position?.Name(english)}{(english ? " " : "　")}{Person(c.PersonName, c.PersonTitle, c.AssociationCode)}";

        string Term(ElectionCandidate c) => c.TermTo is { } to
            ? t["（任期 {0}～{1}）", JapanDate.Format(c.TermFrom, english), JapanDate.Format(to, english)]
            : t["（任期 {0}から）", JapanDate.Format(c.TermFrom, english)];

        /// <summary>神田 真秋（公益財団法人愛知県国際交流協会　会長）.</summary>
        string Person(string name, string? title, string? code)
        {
            var of = string.Join(english ? ", " : "　", new[] { code is not null && associations.TryGetValue(code, out var a) ? a.Current.DisplayName(english) : null, title }.OfType<string>());
            return of.Length == 0 ? name : english ? $"{name} ({of})" : $"{name}（{of}）";
        }

        void Closing()
        {
            if (meeting.Format == MeetingFormat.InWriting)
                Section(t["議決の確定"], t["書面表決の締切（{0}）をもって、上記のとおり議決が確定した。", JapanTime.Format(Deadline, english)]);
            else
                Section(t["閉会"], t["以上をもって全ての議事を終了し、議長は閉会を宣言した。"]);
            body.AppendLine(meeting.Format == MeetingFormat.InWriting
                ? t["上記のとおり書面により議決されたことを証するため、この議事録を作成し、議長及び議事録署名人が署名する。"]
                : t["以上の議事の経過の要領及びその結果を明確にするため、この議事録を作成し、議長及び議事録署名人が署名する。"]).AppendLine();
            var day = JapanTime.Date(meeting.Format == MeetingFormat.InWriting ? Deadline : meeting.StartsAt);
            body.AppendLine(JapanDate.Format(day, english));
            body.AppendLine(t["地域国際化協会連絡協議会"]).AppendLine();
            foreach (var role in new[] { t["議長"].Value, t["議事録署名人"].Value, t["議事録署名人"].Value })
                body.AppendLine(english ? $"{role}: ______________________________" : $"{role}　＿＿＿＿＿＿＿＿＿＿＿＿＿＿　印").AppendLine();
        }
    }
}
