using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Demo;

/// <summary>
/// The other kinds of meeting: the steering committee (運営幹事会) meeting online in three weeks, for the officers'
/// associations (Aichi and Kumamoto among them, Sendai not invited), and a Kinki block meeting held three months ago,
/// only for the block's eight associations. Dates follow "now"; contents are made up.
/// </summary>
static class DemoCommittees
{
    /// <summary>The chair's, the vice-chairs' and the steering members' associations, as the 2023 election left them.</summary>
    public static readonly string[] SteeringMembers = ["040002", "110001", "130001", "220001", "230006", "271004", "280003", "340006", "430005"];

    public static DemoMeeting Steering(DemoSetting s)
    {
        var day = s.Today.AddDays(21);
        var noticeSent = DemoSetting.At(s.Today.AddDays(-2), 10);
        var meeting = new Meeting
        {
            Kind = MeetingKind.SteeringCommittee,
            Format = MeetingFormat.Online,
            Status = MeetingStatus.Convened,
            FiscalYear = FiscalYear.Of(day),
            TitleJa = $"{FiscalYear.Of(day)}年度 第2回 運営幹事会",
            TitleEn = $"FY{FiscalYear.Of(day)} steering committee, second meeting",
            StartsAt = DemoSetting.At(day, 14),
            EndsAt = DemoSetting.At(day, 15, 30),
            OnlineUrl = "https://meet.example.jp/renkei-steering",
            RegistrationDeadline = DemoSetting.At(day.AddDays(-7), 17),
            Quorum = QuorumRule.Majority,
            ChairName = MeetingsDemo.ChairName,
            ChairAssociationCode = MeetingsDemo.ChairCode,
            NoticeJa = "第2回運営幹事会をオンラインで開催します。各ブロックの活動状況のご報告をお願いいたします。",
            NoticeEn = "The second steering committee meeting is held online. Each block is asked to report on its activities.",
            NoticeSentAt = noticeSent,
            CreatedAt = noticeSent.AddDays(-1),
        };
        meeting.Items.Add(new AgendaItem { Number = 1, Kind = AgendaItemKind.Report, TitleJa = "各ブロックの活動状況", TitleEn = "Activities of the blocks" });
        meeting.Items.Add(new AgendaItem
        {
            Number = 2, Kind = AgendaItemKind.Motion, TitleJa = "課題研究会のテーマ（案）", TitleEn = "Themes of the study groups (draft)",
            DescriptionJa = "災害時の多言語支援と、外国人住民の日本語学習支援の2テーマを提案します。",
            DescriptionEn = "Two themes are proposed: multilingual support in disasters, and Japanese-language learning for foreign residents.",
        });
        var person = 125;
        foreach (var code in SteeringMembers.Intersect(s.MembersOn(s.Today)))
        {
            var a = new Attendance { AssociationCode = code };
            if (DemoSetting.Admin(code) is { } admin)
            {
                a.Mode = AttendanceMode.Online;
                a.AnsweredAt = noticeSent.AddHours(5);
                a.AnsweredBy = admin.Email;
                a.RepresentativeUserId = s.UserId(admin.Email);
                a.RepresentativeName = admin.DisplayName;
                a.Attendees.Add(new Attendee { Name = DemoSetting.Person(person++), Title = "事務局長", Mode = AttendeeMode.Online });
            }
            meeting.Attendances.Add(a);
        }
        return new DemoMeeting(meeting, _ => []);
    }

    public static DemoMeeting Kinki(DemoSetting s)
    {
        var day = s.Today.AddDays(-95);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        var members = s.BlockMembers("kinki", day);
        var chair = members.Contains("280003") ? "280003" : members.FirstOrDefault() ?? MeetingsDemo.ChairCode;
        const string ProxyCode = "300004";
        var meeting = new Meeting
        {
            Kind = MeetingKind.BlockMeeting,
            Format = MeetingFormat.InPerson,
            Status = MeetingStatus.Closed,
            BlockId = "kinki",
            FiscalYear = FiscalYear.Of(day),
            TitleJa = $"{FiscalYear.Of(day)}年度 近畿ブロック会議",
            TitleEn = $"FY{FiscalYear.Of(day)} Kinki block meeting",
            StartsAt = DemoSetting.At(day, 13, 30),
            EndsAt = DemoSetting.At(day, 16),
            VenueJa = "大阪府大阪市（会場名はサンプル）",
            VenueEn = "Osaka City (the venue's name is sample data)",
            RegistrationDeadline = DemoSetting.At(day.AddDays(-10), 17),
            VoteDeadline = DemoSetting.At(day, 16),
            Quorum = QuorumRule.Majority,
            ChairName = DemoSetting.Person(135),
            ChairAssociationCode = chair,
            NoticeJa = "近畿ブロック会議を開催します。各協会の取組状況の共有と、災害時相互支援訓練についてご協議いただきます。",
            NoticeEn = "The Kinki block meeting shares each association's work and decides on the disaster mutual-support drill.",
            NoticeSentAt = DemoSetting.At(day.AddDays(-30), 10),
            CreatedAt = DemoSetting.At(day.AddDays(-31), 10),
        };
        meeting.Items.Add(new AgendaItem { Number = 1, Kind = AgendaItemKind.Report, TitleJa = "各協会の取組状況", TitleEn = "Each association's work", ClosedAt = DemoSetting.At(day, 14, 30) });
        meeting.Items.Add(new AgendaItem
        {
            Number = 2, Kind = AgendaItemKind.Motion, TitleJa = "近畿ブロック災害時相互支援訓練の実施", TitleEn = "Holding the Kinki disaster mutual-support drill",
            DescriptionJa = "秋に、災害多言語支援センターの設置・運営を想定した合同訓練をオンラインで実施します。",
            DescriptionEn = "A joint online drill in autumn, setting up and running a multilingual disaster support centre.",
            ClosedAt = DemoSetting.At(day, 15, 40), ClosedBy = DemoSetting.Secretariat,
        });
        var person = 136;
        foreach (var code in members)
        {
            var a = new Attendance { AssociationCode = code, AnsweredAt = DemoSetting.At(day.AddDays(-12), 11), AnsweredBy = DemoSetting.AnswererOf(code) };
            a.Mode = code == ProxyCode ? AttendanceMode.Proxy : AttendanceMode.OnSite;
            if (a.Mode == AttendanceMode.OnSite)
            {
                for (var k = 0; k < (code == chair ? 2 : 1); k++)
                    a.Attendees.Add(new Attendee
                    {
                        Name = code == chair && k == 0 ? meeting.ChairName : DemoSetting.Person(person++), Title = DemoSetting.Title(person),
                        Mode = AttendeeMode.OnSite, CheckedInAt = DemoSetting.At(day, 13, 10 + person % 15), CheckedInBy = DemoSetting.Secretariat,
                    });
                a.RepresentativeName = a.Attendees[0].Name;
            }
            meeting.Attendances.Add(a);
        }
        return new DemoMeeting(meeting, m => m.Items.Where(i => i.IsVoted).SelectMany(item => m.Attendances
                .Where(a => a.Mode is AttendanceMode.OnSite or AttendanceMode.Proxy)
                .Select(a => DemoSetting.Vote(m, item, a.AssociationCode, BallotChoice.For, BallotChannel.Recorded, item.ClosedAt!.Value.AddMinutes(-5),
                    s.SecretariatId, DemoSetting.Secretariat, a.GaveProxy ? Ballot.ChairHolder : null))),
            (m, r) => DemoMinutes.Block(m, r, s));
    }
}
