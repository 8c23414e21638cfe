namespace Renkei.Web.Features.Meetings.Demo;

/// <summary>
/// 令和3年度 総会, held in writing (書面開催) because of COVID-19, as the report says of 2020 and 2021. Modelled as a
/// written resolution (書面決議/みなし決議): each motion needs every member's consent, and every member consented. The
/// consents came in on paper and by e-mail and the secretariat recorded each association's; they are kept ten years.
/// Dates and the agenda's wording are plausible, not from a source.
/// </summary>
static class DemoWrittenAssembly
{
    static readonly DateOnly Proposed = new(2021, 5, 10), Due = new(2021, 5, 28);

    public static DemoMeeting Build(DemoSetting s)
    {
        var due = DemoSetting.At(Due, 17);
        var meeting = new Meeting
        {
            Kind = MeetingKind.GeneralAssembly,
            Format = MeetingFormat.InWriting,
            Status = MeetingStatus.Closed,
            FiscalYear = MeetingsDemo.WrittenYear,
            TitleJa = "令和3年度 地域国際化協会連絡協議会総会（書面開催）",
            TitleEn = "FY2021 General Assembly of the Liaison Council of Regional International Associations (held in writing)",
            // A written meeting has no session: its date is the day answers are due, when the resolution is deemed made.
            StartsAt = due,
            RegistrationDeadline = due,
            WrittenVoteDeadline = due,
            VoteDeadline = due,
            Quorum = QuorumRule.Majority,
            ChairName = MeetingsDemo.ChairName,
            ChairAssociationCode = MeetingsDemo.ChairCode,
            NoticeJa = "新型コロナウイルス感染症の感染拡大防止のため、令和3年度総会は書面により開催します。\n各議案について、同封の同意書により、期限までに同意又は不同意の意思表示をお願いいたします。全会員の同意をもって、各議案は総会で承認されたものとみなします（書面決議）。",
            NoticeEn = "To prevent the spread of COVID-19, the FY2021 General Assembly is held in writing.\nPlease return the consent form for each motion by the deadline. A motion is deemed approved by the assembly when every member association consents (written resolution).",
            NoticeSentAt = DemoSetting.At(Proposed, 10),
            ResultsPublic = true,
            CreatedAt = DemoSetting.At(Proposed.AddDays(-4), 11),
        };
        meeting.Items.Add(new AgendaItem
        {
            Number = 1, Kind = AgendaItemKind.Report, TitleJa = "事務局報告", TitleEn = "Report of the secretariat",
            DescriptionJa = "新型コロナウイルス感染症の影響による2020年度事業の中止・オンライン化について",
            DescriptionEn = "FY2020 activities cancelled or moved online because of COVID-19",
        });
        meeting.Items.Add(Motion(2, "2020年度事業報告・収支決算", "FY2020 business report and financial settlement",
            "2020年度の事業報告及び収支決算（監事の監査報告を含む）", "The FY2020 business report and settlement, with the auditors' report"));
        meeting.Items.Add(Motion(3, "2021年度事業計画（案）・収支予算（案）", "FY2021 business plan and budget (draft)",
            "オンライン研修の実施を含む2021年度の事業計画と収支予算", "The FY2021 plan and budget, including online trainings"));
        foreach (var code in s.MembersOn(Proposed))
            meeting.Attendances.Add(new Attendance { AssociationCode = code });
        return new DemoMeeting(meeting, m => Consents(m, s), (m, r) => DemoMinutes.Written2021(m, r, s));
    }

    static AgendaItem Motion(int number, string ja, string en, string descriptionJa, string descriptionEn) => new()
    {
        Number = number, Kind = AgendaItemKind.Motion, Majority = MajorityRule.AllMembersConsent, Wording = PassWording.Approved,
        TitleJa = ja, TitleEn = en, DescriptionJa = descriptionJa, DescriptionEn = descriptionEn,
    };

    /// <summary>One consent form per association covering every motion, received over the answer period and recorded the day it arrived.</summary>
    static IEnumerable<Ballot> Consents(Meeting m, DemoSetting s)
    {
        var n = 0;
        foreach (var a in m.Attendances.OrderBy(a => a.AssociationCode, StringComparer.Ordinal))
        {
            var received = DemoSetting.At(Proposed.AddDays(1 + n * 7 % 17), 9 + n % 8, n * 13 % 60);
            foreach (var item in m.Items.Where(i => i.IsVoted))
                yield return DemoSetting.Vote(m, item, a.AssociationCode, BallotChoice.For, BallotChannel.Recorded, received, s.SecretariatId, DemoSetting.Secretariat);
            n++;
        }
    }
}
