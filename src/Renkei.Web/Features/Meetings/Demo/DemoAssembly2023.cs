namespace Renkei.Web.Features.Meetings.Demo;

/// <summary>
/// 令和5年度 総会 (2023-05-22), as the council's report tells it: in person after COVID-19 moved to category 5, 51
/// associations with 61 people, chaired by 神田真秋 (愛知県国際交流協会 会長), the election of officers, the 2022
/// business report and settlement and the 2023 plan and budget all approved unanimously, two government guests. What the
/// report does not say is made up and plausible: who sent a proxy to the chair (8) and who was absent (4), who came with
/// two people, the officers other than the chair (fictional names), the times and the venue's name.
/// </summary>
static class DemoAssembly2023
{
    static readonly DateOnly Day = new(2023, 5, 22);

    /// <summary>Gave a proxy (委任状) to the chair.</summary>
    public static readonly string[] ProxyToChair = ["050008", "060003", "180009", "300004", "320005", "360007", "410004", "450006"];
    public static readonly string[] Absent = ["020001", "151009", "390003", "470007"];
    /// <summary>Came with two people: 41 associations with one and these 10 with two make 51団体61名.</summary>
    static readonly string[] TwoPeople = ["011002", "130001", "140007", "141003", "230006", "231002", "270008", "271004", "340006", "400009"];

    public const string Guests = "総務省自治行政局国際室 草壁室長\n法務省出入国在留管理庁在留管理支援部在留支援課 渡邉課長";

    /// <summary>The officers elected by slate (一括承認); the chair as in the report, the others fictional.</summary>
    static IEnumerable<ElectionCandidate> Officers()
    {
        var n = 1;
        ElectionCandidate C(int position, string name, string title, string code) => new()
        {
            Number = n++, OfficerPositionId = position, PersonName = name, PersonTitle = title, AssociationCode = code, TermFrom = Day,
        };
        yield return C(1, MeetingsDemo.ChairName, "会長", MeetingsDemo.ChairCode);
        yield return C(2, DemoSetting.Person(60), "理事長", "130001");
        yield return C(2, DemoSetting.Person(61), "理事長", "271004");
        yield return C(3, DemoSetting.Person(62), "専務理事", "011002");
        yield return C(3, DemoSetting.Person(63), "常務理事", "401307");
        // 運営幹事: one association from each of the six blocks.
        foreach (var (code, i) in new[] { "040002", "110001", "220001", "280003", "340006", "430005" }.Select((c, i) => (c, i)))
            yield return C(4, DemoSetting.Person(64 + i), "事務局長", code);
    }

    public static DemoMeeting Build(DemoSetting s)
    {
        var noticeSent = DemoSetting.At(new DateOnly(2023, 4, 24), 10);
        var meeting = new Meeting
        {
            Kind = MeetingKind.GeneralAssembly,
            Format = MeetingFormat.InPerson,
            Status = MeetingStatus.Closed,
            FiscalYear = MeetingsDemo.InPersonYear,
            TitleJa = "令和5年度 地域国際化協会連絡協議会総会",
            TitleEn = "FY2023 General Assembly of the Liaison Council of Regional International Associations",
            StartsAt = DemoSetting.At(Day, 14),
            EndsAt = DemoSetting.At(Day, 15),
            VenueJa = "東京都千代田区（会場名はサンプル）",
            VenueEn = "Chiyoda-ku, Tokyo (the venue's name is sample data)",
            RegistrationDeadline = DemoSetting.At(new DateOnly(2023, 5, 12), 17),
            VoteDeadline = DemoSetting.At(Day, 15),
            Quorum = QuorumRule.Majority,
            ChairName = MeetingsDemo.ChairName,
            ChairAssociationCode = MeetingsDemo.ChairCode,
            Guests = Guests,
            NoticeJa = "令和5年度地域国際化協会連絡協議会総会を下記のとおり開催しますので、ご出席くださいますようお願いいたします。\n新型コロナウイルス感染症の5類への移行を踏まえ、今年度は対面形式で開催します。総会終了後、会場にて交流会を予定しています。\nご欠席の場合は、委任状のご提出をお願いいたします。",
            NoticeEn = "The FY2023 General Assembly of the Liaison Council will be held as below; we look forward to your attendance.\nWith COVID-19 moved to category 5, this year's assembly is held in person, followed by a networking session at the venue.\nIf you cannot attend, please send a proxy.",
            NoticeSentAt = noticeSent,
            ResultsPublic = true,
            CreatedAt = noticeSent.AddDays(-4),
        };
        meeting.Items.Add(new AgendaItem
        {
            Number = 1, Kind = AgendaItemKind.Report, TitleJa = "事務局報告", TitleEn = "Report of the secretariat",
            DescriptionJa = "2022年度の連絡協議会の活動状況（研修会、課題研究会、災害時広域支援）について",
            DescriptionEn = "The council's activities in FY2022 (trainings, study groups, wide-area disaster support)",
            ClosedAt = DemoSetting.At(Day, 14, 10),
        });
        var election = new AgendaItem
        {
            Number = 2, Kind = AgendaItemKind.Election, ElectionMode = ElectionMode.Slate, TitleJa = "役員の改選", TitleEn = "Election of officers",
            DescriptionJa = "会長、副会長、監事及び運営幹事の候補者を一括してお諮りします。任期は令和5年5月22日から後任者の選任まで。",
            DescriptionEn = "The candidates for chair, vice-chairs, auditors and steering committee members are put to the vote together. Their term runs from 22 May 2023 until their successors are elected.",
            ClosedAt = DemoSetting.At(Day, 14, 25), ClosedBy = DemoSetting.Secretariat,
        };
        election.Candidates.AddRange(Officers());
        meeting.Items.Add(election);
        meeting.Items.Add(new AgendaItem
        {
            Number = 3, Kind = AgendaItemKind.Motion, TitleJa = "2022年度事業報告・収支決算", TitleEn = "FY2022 business report and financial settlement",
            DescriptionJa = "2022年度の事業報告及び収支決算について、監事による監査報告とあわせてお諮りします。",
            DescriptionEn = "The FY2022 business report and settlement, with the auditors' report.",
            ClosedAt = DemoSetting.At(Day, 14, 40), ClosedBy = DemoSetting.Secretariat,
        });
        meeting.Items.Add(new AgendaItem
        {
            Number = 4, Kind = AgendaItemKind.Motion, TitleJa = "2023年度事業計画（案）・収支予算（案）", TitleEn = "FY2023 business plan and budget (draft)",
            DescriptionJa = "担当者研修・管理職研修、研修への助成、運営幹事会及び課題研究会の開催を柱とする2023年度の事業計画と収支予算です。",
            DescriptionEn = "The FY2023 plan and budget: staff and manager trainings, training subsidies, steering committee and study group meetings.",
            ClosedAt = DemoSetting.At(Day, 14, 55), ClosedBy = DemoSetting.Secretariat,
        });

        var n = 0;
        var person = 0;
        foreach (var code in s.MembersOn(Day))
        {
            var a = new Attendance { AssociationCode = code, AnsweredBy = DemoSetting.AnswererOf(code) };
            a.AnsweredAt = noticeSent.AddDays(1 + n % 17).AddHours(n % 7);
            if (ProxyToChair.Contains(code)) a.Mode = AttendanceMode.Proxy;
            else if (Absent.Contains(code)) a.Mode = AttendanceMode.Absent;
            else
            {
                a.Mode = AttendanceMode.OnSite;
                var people = code == MeetingsDemo.ChairCode
                    ? new[] { (MeetingsDemo.ChairName, "会長"), (DemoSetting.Person(person++), "事務局長") }
                    : Enumerable.Range(0, TwoPeople.Contains(code) ? 2 : 1).Select(i => (DemoSetting.Person(person++), DemoSetting.Title(n + i))).ToArray();
                foreach (var (name, title) in people)
                    a.Attendees.Add(new Attendee
                    {
                        Name = name, Title = title, Mode = AttendeeMode.OnSite,
                        CheckedInAt = DemoSetting.At(Day, 13, 20 + n % 38), CheckedInBy = DemoSetting.Secretariat,
                    });
                a.RepresentativeName = people[0].Item1;
                if (DemoSetting.Admin(code) is { } admin) a.RepresentativeUserId = s.UserId(admin.Email);
            }
            meeting.Attendances.Add(a);
            n++;
        }
        return new DemoMeeting(meeting, m => Ballots(m, s), (m, r) => DemoMinutes.Assembly2023(m, r, s));
    }

    /// <summary>Every motion by show of hands, recorded per association by the secretariat; the chair voted the proxies it held.</summary>
    static IEnumerable<Ballot> Ballots(Meeting m, DemoSetting s)
    {
        foreach (var item in m.Items.Where(i => i.IsVoted))
        {
            var at = item.ClosedAt!.Value.AddMinutes(-2);
            foreach (var a in m.Attendances.Where(a => a.Mode is AttendanceMode.OnSite or AttendanceMode.Proxy))
                yield return DemoSetting.Vote(m, item, a.AssociationCode, BallotChoice.For, BallotChannel.Recorded, at, s.SecretariatId, DemoSetting.Secretariat,
                    a.GaveProxy ? Ballot.ChairHolder : null);
        }
    }
}
