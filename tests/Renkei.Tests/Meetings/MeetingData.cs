using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>
/// Builders for meeting tests: meetings made straight in the database, each test with its own meeting. The default is a
/// convened hybrid general assembly a week away, taking written votes, with an agenda of a report, a motion and a slate
/// election for the chair (candidate from the first invited association).
/// </summary>
public static class MeetingData
{
    public static Task<Meeting> CreateAsync(RenkeiFactory factory, IEnumerable<string> invited, Action<Meeting>? configure = null) =>
        factory.WithDb(async db =>
        {
            var now = DateTime.UtcNow;
            var codes = invited.ToList();
            var meeting = new Meeting
            {
                Kind = MeetingKind.GeneralAssembly,
                Format = MeetingFormat.Hybrid,
                Status = MeetingStatus.Convened,
                FiscalYear = 2026,
                TitleJa = $"テスト総会 {Guid.NewGuid():N}"[..20],
                TitleEn = "Test general assembly",
                StartsAt = now.AddDays(7),
                EndsAt = now.AddDays(7).AddHours(2),
                VenueJa = "東京都千代田区 クレア会議室",
                VenueEn = "CLAIR meeting room, Chiyoda, Tokyo",
                OnlineUrl = "https://meet.example.jp/renkei-test",
                RegistrationDeadline = now.AddDays(5),
                WrittenVoteDeadline = now.AddDays(6),
                ChairName = "神田 真秋",
                ChairAssociationCode = codes.FirstOrDefault(),
                NoticeSentAt = now,
                CreatedAt = now,
            };
            meeting.Items.Add(new AgendaItem { Number = 1, Kind = AgendaItemKind.Report, TitleJa = "事務局報告", TitleEn = "Secretariat report" });
            meeting.Items.Add(new AgendaItem { Number = 2, Kind = AgendaItemKind.Motion, TitleJa = "2025年度事業報告及び収支決算", TitleEn = "FY2025 business report and settlement" });
            var election = new AgendaItem { Number = 3, Kind = AgendaItemKind.Election, TitleJa = "役員の選任", TitleEn = "Election of officers" };
            if (codes.Count > 0)
                election.Candidates.Add(new ElectionCandidate
                {
                    Number = 1, OfficerPositionId = 1, PersonName = "候補 太郎", PersonTitle = "会長", AssociationCode = codes[0],
                    TermFrom = DateOnly.FromDateTime(now.AddDays(7)), TermTo = DateOnly.FromDateTime(now.AddDays(7)).AddYears(2),
                });
            meeting.Items.Add(election);
            foreach (var code in codes) meeting.Attendances.Add(new Attendance { AssociationCode = code });
            configure?.Invoke(meeting);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting;
        });

    public static Task<Meeting> CreateAsync(RenkeiFactory factory, params string[] invited) => CreateAsync(factory, invited, null);

    /// <summary>Current member codes in code order, for meetings that invite many (the 63 of the reference data).</summary>
    public static Task<List<string>> MemberCodesAsync(RenkeiFactory factory) =>
        factory.WithDb(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var all = await db.Associations.AsNoTracking().OrderBy(a => a.Code).ToListAsync();
            return all.Where(a => a.IsCurrentMember(today)).Select(a => a.Code).ToList();
        });

    /// <summary>Answers an association's attendance: mode, optional representative, optional proxy holder (null with Proxy: the chair), people coming.</summary>
    public static Task AnswerAsync(RenkeiFactory factory, int meetingId, string code, AttendanceMode mode, TestUser? representative = null,
        string? proxyHolder = null, params string[] people) =>
        factory.WithDb(async db =>
        {
            var a = await db.Attendances.Include(x => x.Attendees).SingleAsync(x => x.MeetingId == meetingId && x.AssociationCode == code);
            a.Mode = mode;
            a.ProxyHolderCode = proxyHolder;
            a.RepresentativeUserId = representative?.Id;
            a.RepresentativeName = representative?.Email;
            a.AnsweredAt = DateTime.UtcNow;
            a.AnsweredBy = "test";
            a.ConcurrencyStamp = Guid.NewGuid();
            foreach (var name in people)
                a.Attendees.Add(new Attendee { Name = name, Title = "課長", Mode = mode == AttendanceMode.Online ? AttendeeMode.Online : AttendeeMode.OnSite });
            await db.SaveChangesAsync();
        });

    /// <summary>Checks in every person of an association (present on the day).</summary>
    public static Task CheckInAsync(RenkeiFactory factory, int meetingId, string code) =>
        factory.WithDb(async db =>
        {
            var a = await db.Attendances.Include(x => x.Attendees).SingleAsync(x => x.MeetingId == meetingId && x.AssociationCode == code);
            if (a.Attendees.Count == 0) a.Attendees.Add(new Attendee { Name = "出席 者", Mode = AttendeeMode.OnSite });
            foreach (var p in a.Attendees) p.CheckedInAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

    /// <summary>Adds a ballot straight to the table (as history would hold it), bypassing the ballot box's checks.</summary>
    public static Task AddBallotAsync(RenkeiFactory factory, int meetingId, int itemId, string code, BallotChoice choice,
        BallotChannel channel = BallotChannel.Written, int candidate = 0) =>
        factory.WithDb(async db =>
        {
            var last = await db.Ballots.Where(b => b.AgendaItemId == itemId && b.AssociationCode == code && b.CandidateNumber == candidate).MaxAsync(b => (int?)b.Sequence) ?? 0;
            db.Ballots.Add(new Ballot
            {
                MeetingId = meetingId, AgendaItemId = itemId, CandidateNumber = candidate, AssociationCode = code, Sequence = last + 1,
                Choice = choice, Channel = channel, CastByUserId = "test", CastByName = "test", CastAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

    public static Task<Meeting> LoadAsync(RenkeiFactory factory, int meetingId) =>
        factory.WithDb(db => db.Meetings.AsNoTracking()
            .Include(m => m.Items).ThenInclude(i => i.Candidates)
            .Include(m => m.Attendances).ThenInclude(a => a.Attendees)
            .AsSplitQuery().SingleAsync(m => m.Id == meetingId));

    public static AgendaItem Item(this Meeting meeting, AgendaItemKind kind) => meeting.Items.OrderBy(i => i.Number).First(i => i.Kind == kind);

    /// <summary>Moves a meeting's times so that it began an hour ago (online votes open, registration closed).</summary>
    public static void InSession(Meeting m)
    {
        var now = DateTime.UtcNow;
        m.StartsAt = now.AddHours(-1);
        m.EndsAt = now.AddHours(2);
        m.RegistrationDeadline = now.AddDays(-1);
        m.WrittenVoteDeadline = now.AddHours(-2);
    }

    public static DateOnly Today => JapanDate.Today(TimeProvider.System);

    /// <summary>The matrix's meetings, made once per run; <paramref name="ownAdmin"/> is named 230006's representative.</summary>
    public static async Task<MatrixMeetings> MatrixAsync(RenkeiFactory factory, TestUser ownAdmin)
    {
        var convened = await CreateAsync(factory, ["230006", "041009"], InSession);
        await AnswerAsync(factory, convened.Id, "230006", AttendanceMode.Online, ownAdmin, null, "代表 者");
        var document = await factory.WithDb(async db =>
        {
            var doc = new MeetingDocument
            {
                MeetingId = convened.Id, Title = "議案書", FileName = "giansho.pdf", ContentType = "application/pdf",
                Content = "%PDF-1.4 test"u8.ToArray(), Length = 13, UploadedAt = DateTime.UtcNow, UploadedBy = "test",
            };
            db.MeetingDocuments.Add(doc);
            await db.SaveChangesAsync();
            return doc.Id;
        });
        var block = await CreateAsync(factory, ["230006"], m => { m.Kind = MeetingKind.BlockMeeting; m.BlockId = "chubu"; m.TitleJa = "中部ブロック会議"; });
        var closed = await CreateAsync(factory, ["230006", "041009"], m =>
        {
            InSession(m);
            m.Status = MeetingStatus.Closed;
            m.VoteDeadline = DateTime.UtcNow.AddMinutes(-5);
            m.Minutes = new MeetingMinutes
            {
                Status = MinutesStatus.Approved, BodyJa = "議事録本文", UpdatedAt = DateTime.UtcNow, UpdatedBy = "test",
                ApprovedAt = DateTime.UtcNow, ApprovedBy = "test",
            };
        });
        var draft = await CreateAsync(factory, ["230006", "041009"], m => { m.Status = MeetingStatus.Draft; m.NoticeSentAt = null; });
        return new MatrixMeetings(convened.Id, convened.Item(AgendaItemKind.Motion).Id, block.Id, closed.Id, draft.Id, document);
    }
}

/// <summary>The meetings the authorization matrix points at (see <see cref="MeetingData.MatrixAsync"/>).</summary>
/// <param name="Convened">In session, inviting both associations; the own admin is 230006's representative, 041009 has none.</param>
/// <param name="Motion">A motion of <paramref name="Convened"/>.</param>
/// <param name="BlockMeeting">A convened Chubu block meeting: only 230006 is invited, so 041009's users get 404.</param>
/// <param name="Closed">A closed meeting inviting both, with approved minutes; results are not public.</param>
/// <param name="Draft">Not convened: only the secretariat sees it.</param>
public record MatrixMeetings(int Convened, int Motion, int BlockMeeting, int Closed, int Draft, int Document);
