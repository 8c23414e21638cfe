using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Demo;

/// <summary>
/// Next year's general assembly, hybrid, convened and open: registration and written votes (書面表決) run until
/// deadlines ahead, so the demo accounts can try both at once. Aichi (the chair's association, holding the chair's
/// proxies) answered on site with two people and named admin.aichi its representative; Sendai online with admin.sendai;
/// Kumamoto sent a proxy to the chair. A third of the others answered; a few written votes are in.
/// </summary>
static class DemoUpcomingAssembly
{
    /// <summary>Late May, at least 30 days ahead: the first Friday from 20 May of this year or the next.</summary>
    public static DateOnly Day(DateOnly today)
    {
        for (var year = today.Year; ; year++)
        {
            var day = new DateOnly(year, 5, 20);
            while (day.DayOfWeek != DayOfWeek.Friday) day = day.AddDays(1);
            if (day >= today.AddDays(30)) return day;
        }
    }

    const int OnSite = 14, Online = 8, Absent = 3, ProxyToChair = 2;
    /// <summary>Gave its proxy to another member association (委任状 to a member, not the chair): Sapporo to Hokkaido.</summary>
    public const string ProxyGiver = "011002", ProxyHolder = "010006";

    public static DemoMeeting Build(DemoSetting s, DateOnly day)
    {
        var year = FiscalYear.Of(day);
        var era = $"令和{year - 2018}年度";
        var noticeSent = DemoSetting.At(s.Today.AddDays(-10), 10);
        var meeting = new Meeting
        {
            Kind = MeetingKind.GeneralAssembly,
            Format = MeetingFormat.Hybrid,
            Status = MeetingStatus.Convened,
            FiscalYear = year,
            TitleJa = $"{era} 地域国際化協会連絡協議会総会",
            TitleEn = $"FY{year} General Assembly of the Liaison Council of Regional International Associations",
            StartsAt = DemoSetting.At(day, 13, 30),
            EndsAt = DemoSetting.At(day, 15, 30),
            VenueJa = "東京都千代田区（会場名はサンプル）",
            VenueEn = "Chiyoda-ku, Tokyo (the venue's name is sample data)",
            OnlineUrl = $"https://meet.example.jp/renkei-assembly-{year}",
            RegistrationDeadline = DemoSetting.At(day.AddDays(-14), 17),
            WrittenVoteDeadline = DemoSetting.At(day.AddDays(-3), 17),
            Quorum = QuorumRule.Majority,
            ChairName = MeetingsDemo.ChairName,
            ChairAssociationCode = MeetingsDemo.ChairCode,
            Guests = "総務省自治行政局国際室長\n出入国在留管理庁在留管理支援部在留支援課長",
            NoticeJa = $"{era}地域国際化協会連絡協議会総会を下記のとおり開催します。会場での出席とオンラインでの出席のいずれかをお選びください。\n出欠は登録期限までにご回答ください。ご欠席の場合は、委任状のご提出又は書面表決をお願いいたします。議案書は添付資料をご覧ください。",
            NoticeEn = $"The FY{year} General Assembly of the Liaison Council will be held as below, on site or online at each association's choice.\nPlease answer by the registration deadline. If you cannot attend, please give a proxy or vote in writing before the meeting. The motions are in the attached booklet.",
            NoticeSentAt = noticeSent,
            CreatedAt = noticeSent.AddDays(-4),
        };
        AddAgenda(meeting, year, day);
        Answer(meeting, s, noticeSent);
        return new DemoMeeting(meeting, m => Ballots(m, s), Documents: m => DemoBooklet.Documents(m, s));
    }

    static void AddAgenda(Meeting m, int year, DateOnly day)
    {
        m.Items.Add(new AgendaItem { Number = 1, Kind = AgendaItemKind.Report, TitleJa = "事務局報告", TitleEn = "Report of the secretariat",
            DescriptionJa = $"{year - 1}年度の研修会、課題研究会及び災害時広域支援の取組について", DescriptionEn = $"Trainings, study groups and wide-area disaster support in FY{year - 1}" });
        var election = new AgendaItem
        {
            Number = 2, Kind = AgendaItemKind.Election, ElectionMode = ElectionMode.PerCandidate, TitleJa = "役員の改選", TitleEn = "Election of officers",
            DescriptionJa = "会長、副会長及び監事の候補者について、候補者ごとにお諮りします。任期は2年です。",
            DescriptionEn = "Each candidate for chair, vice-chair and auditor is put to the vote separately. The term is two years.",
        };
        var n = 1;
        foreach (var (position, name, title, code) in new[]
        {
            (1, MeetingsDemo.ChairName, "会長", MeetingsDemo.ChairCode),
            (2, DemoSetting.Person(70), "理事長", "140007"), (2, DemoSetting.Person(71), "理事長", "261009"),
            (3, DemoSetting.Person(72), "専務理事", "170003"), (3, DemoSetting.Person(73), "常務理事", "380008"),
        })
            election.Candidates.Add(new ElectionCandidate
            {
                Number = n++, OfficerPositionId = position, PersonName = name, PersonTitle = title, AssociationCode = code, TermFrom = day, TermTo = day.AddYears(2),
            });
        m.Items.Add(election);
        m.Items.Add(new AgendaItem { Number = 3, Kind = AgendaItemKind.Motion, TitleJa = $"{year - 1}年度事業報告・収支決算", TitleEn = $"FY{year - 1} business report and financial settlement",
            DescriptionJa = "監事による監査報告とあわせてお諮りします。", DescriptionEn = "With the auditors' report." });
        m.Items.Add(new AgendaItem { Number = 4, Kind = AgendaItemKind.Motion, TitleJa = $"{year}年度事業計画（案）・収支予算（案）", TitleEn = $"FY{year} business plan and budget (draft)",
            DescriptionJa = "収支予算書（案）は添付資料をご覧ください。", DescriptionEn = "See the attached draft budget." });
        m.Items.Add(new AgendaItem
        {
            Number = 5, Kind = AgendaItemKind.Motion, Majority = MajorityRule.TwoThirds, Wording = PassWording.Carried,
            TitleJa = "地域国際化協会連絡協議会規約の一部改正", TitleEn = "Amendment of the council's rules",
            DescriptionJa = "オンラインによる出席及び書面表決を規約に明記する改正です。出席団体の3分の2以上の賛成を要します。",
            DescriptionEn = "Writes online attendance and written votes into the rules. Needs two thirds of the associations present.",
        });
    }

    static void Answer(Meeting m, DemoSetting s, DateTime noticeSent)
    {
        var r = new Random(m.FiscalYear);
        var fixedCodes = new[] { MeetingsDemo.AichiCode, MeetingsDemo.SendaiCode, MeetingsDemo.KumamotoCode, ProxyGiver, ProxyHolder };
        var others = s.MembersOn(s.Today).Where(c => !fixedCodes.Contains(c)).OrderBy(_ => r.Next()).ToList();
        var modes = new Dictionary<string, AttendanceMode>
        {
            [MeetingsDemo.AichiCode] = AttendanceMode.OnSite, [MeetingsDemo.SendaiCode] = AttendanceMode.Online,
            [MeetingsDemo.KumamotoCode] = AttendanceMode.Proxy, [ProxyGiver] = AttendanceMode.Proxy, [ProxyHolder] = AttendanceMode.OnSite,
        };
        for (var i = 0; i < others.Count; i++)
            modes[others[i]] = i < OnSite ? AttendanceMode.OnSite : i < OnSite + Online ? AttendanceMode.Online
                : i < OnSite + Online + Absent ? AttendanceMode.Absent : i < OnSite + Online + Absent + ProxyToChair ? AttendanceMode.Proxy
                : AttendanceMode.Unanswered;

        var person = 74;
        var answered = 0;
        foreach (var code in s.MembersOn(s.Today))
        {
            var a = new Attendance { AssociationCode = code, Mode = modes[code] };
            m.Attendances.Add(a);
            if (a.Mode == AttendanceMode.Unanswered) continue;
            var admin = DemoSetting.Admin(code);
            a.AnsweredBy = DemoSetting.AnswererOf(code);
            a.AnsweredAt = Min(noticeSent.AddDays(1 + answered % 8).AddHours(answered % 6), s.Now.AddHours(-1));
            a.ProxyHolderCode = code == ProxyGiver ? ProxyHolder : null;
            answered++;
            if (a.Mode is not (AttendanceMode.OnSite or AttendanceMode.Online)) continue;
            var mode = a.Mode == AttendanceMode.OnSite ? AttendeeMode.OnSite : AttendeeMode.Online;
            if (code == MeetingsDemo.AichiCode) a.Attendees.Add(new Attendee { Name = MeetingsDemo.ChairName, Title = "会長", Mode = mode });
            for (var k = code == MeetingsDemo.AichiCode || answered % 4 == 0 ? 1 : 0; k < 2; k++)
                a.Attendees.Add(new Attendee { Name = DemoSetting.Person(person++), Title = DemoSetting.Title(person), Mode = mode });
            a.RepresentativeName = admin?.DisplayName ?? a.Attendees[0].Name;
            if (admin is not null) a.RepresentativeUserId = s.UserId(admin.Email);
        }
    }

    static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>
    /// Written votes already in: Sendai's representative on the settlement (abstained first, then changed to for) and on the
    /// chair; two absent associations' paper forms (書面表決書), recorded by the secretariat on every item.
    /// </summary>
    static IEnumerable<Ballot> Ballots(Meeting m, DemoSetting s)
    {
        var settlement = m.Items.Single(i => i.Number == 3);
        var election = m.Items.Single(i => i.Kind == AgendaItemKind.Election);
        var sendai = DemoSetting.Admin(MeetingsDemo.SendaiCode)!;
        var sendaiId = s.UserId(sendai.Email);
        var at = Min(m.NoticeSentAt!.Value.AddDays(3), s.Now.AddHours(-3));
        yield return DemoSetting.Vote(m, settlement, MeetingsDemo.SendaiCode, BallotChoice.Abstain, BallotChannel.Written, at, sendaiId, sendai.Email);
        yield return DemoSetting.Vote(m, settlement, MeetingsDemo.SendaiCode, BallotChoice.For, BallotChannel.Written, at.AddHours(1), sendaiId, sendai.Email, sequence: 2);
        yield return DemoSetting.Vote(m, election, MeetingsDemo.SendaiCode, BallotChoice.For, BallotChannel.Written, at.AddHours(1), sendaiId, sendai.Email, candidate: 1);

        var paper = m.Attendances.Where(a => a.Mode == AttendanceMode.Absent).OrderBy(a => a.AssociationCode, StringComparer.Ordinal).Take(2);
        foreach (var a in paper)
            foreach (var item in m.Items.Where(i => i.IsVoted))
            {
                var recorded = Min(a.AnsweredAt!.Value.AddDays(2), s.Now.AddHours(-2));
                var candidates = item.Kind == AgendaItemKind.Election ? item.Candidates.Select(c => c.Number) : [0];
                foreach (var c in candidates)
                    yield return DemoSetting.Vote(m, item, a.AssociationCode, BallotChoice.For, BallotChannel.Recorded, recorded, s.SecretariatId, DemoSetting.Secretariat, candidate: c);
            }
    }
}
