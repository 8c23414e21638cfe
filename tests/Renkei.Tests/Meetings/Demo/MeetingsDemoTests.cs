using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Accounts;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Meetings.Demo;
using Renkei.Web.Infrastructure.Data;
using UglyToad.PdfPig;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>
/// The meetings' demo data, seeded at start in demo mode: the 2023 assembly computes as the council's report tells it,
/// the 2021 written resolution passes with every consent, and the upcoming assembly takes the demo admins' answers and
/// votes at once. Results are checked through the same rules the pages use (MeetingResults, AttendanceFigures).
/// </summary>
public class MeetingsDemoTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    Task<T> With<T>(Func<IServiceProvider, RenkeiDbContext, Task<T>> work) =>
        factory.WithServices(sp => work(sp, sp.GetRequiredService<RenkeiDbContext>()));

    /// <summary>The one demo meeting matching <paramref name="which"/>, loaded as the results page loads it.</summary>
    Task<Meeting> DemoMeetingAsync(Expression<Func<Meeting, bool>> which) => With(async (sp, db) =>
    {
        var id = await db.Meetings.Where(m => m.IsSample).Where(which).Select(m => m.Id).SingleAsync();
        return (await sp.GetRequiredService<MeetingResults>().LoadAsync(id))!;
    });

    Task<Meeting> DemoAssemblyAsync(int fiscalYear) => DemoMeetingAsync(m => m.Kind == MeetingKind.GeneralAssembly && m.FiscalYear == fiscalYear);

    Task<MeetingResultsReport> ResultsAsync(Meeting meeting) => With((sp, _) => sp.GetRequiredService<MeetingResults>().ComputeAsync(meeting));

    [Fact]
    public async Task Seeding_again_adds_nothing_and_everything_seeded_is_sample_data()
    {
        factory.CreateClient().Dispose(); // start the app, which seeds in demo mode
        var before = await FingerprintAsync();

        var added = await MeetingsDemo.SeedAsync(factory.Services);

        Assert.Empty(added);
        Assert.Equal(before, await FingerprintAsync());
        await With(async (_, db) =>
        {
            var demo = await db.Meetings.Where(m => m.IsSample).ToListAsync();
            Assert.Equal(5, demo.Count);
            Assert.Equal(
                [MeetingKind.GeneralAssembly, MeetingKind.GeneralAssembly, MeetingKind.GeneralAssembly, MeetingKind.SteeringCommittee, MeetingKind.BlockMeeting],
                demo.OrderBy(m => m.Id).Select(m => m.Kind));
            var demoIds = demo.Select(m => m.Id).ToList();
            var electionItems = await db.AgendaItems.Where(i => demoIds.Contains(i.MeetingId) && i.Kind == AgendaItemKind.Election).Select(i => i.Id).ToListAsync();
            var terms = await db.OfficerTerms.Where(t => t.ElectedAtItemId != null && electionItems.Contains(t.ElectedAtItemId.Value)).ToListAsync();
            Assert.Equal(11, terms.Count);
            Assert.All(terms, t => Assert.True(t.IsSample));
            return 0;
        });
    }

    Task<List<string>> FingerprintAsync() => With(async (_, db) =>
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.IsSample).Include(m => m.Items).Include(m => m.Attendances).ThenInclude(a => a.Attendees)
            .Include(m => m.Documents).Include(m => m.Minutes).AsSplitQuery().ToListAsync();
        var ids = meetings.Select(m => m.Id).ToList();
        var ballots = await db.Ballots.Where(b => ids.Contains(b.MeetingId)).GroupBy(b => b.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var terms = await db.OfficerTerms.Where(t => t.IsSample).CountAsync();
        return meetings.Select(m => $"{m.Id} {m.TitleJa} {m.ConcurrencyStamp} {m.Items.Count} {m.Attendances.Count} {m.Attendances.Sum(a => a.Attendees.Count)} " +
                $"{m.Documents.Count} {m.Minutes?.ConcurrencyStamp} {ballots.SingleOrDefault(b => b.Key == m.Id)?.Count}")
            .Append($"terms {terms}").Order().ToList();
    });

    [Fact]
    public async Task The_2023_assembly_had_51_associations_with_61_people_and_approved_every_motion_unanimously()
    {
        factory.CreateClient().Dispose();
        var meeting = await DemoAssemblyAsync(2023);

        Assert.Equal((MeetingFormat.InPerson, MeetingStatus.Closed, true), (meeting.Format, meeting.Status, meeting.ResultsPublic));
        Assert.Equal(new DateOnly(2023, 5, 22), JapanTime.Date(meeting.StartsAt));
        Assert.Equal(("神田 真秋", "230006"), (meeting.ChairName, meeting.ChairAssociationCode));
        Assert.Contains("草壁室長", meeting.Guests);
        Assert.Contains("渡邉課長", meeting.Guests);
        var figures = AttendanceFigures.Of(meeting.Attendances);
        Assert.Equal(63, figures.Invited);
        Assert.Equal("51団体61名", figures.Came.Text(english: false));
        Assert.Equal(new Headcount(51, 61), figures.CameOnSite);
        Assert.Equal(12, figures.Proxies + figures.Absent);
        Assert.True(figures.Proxies > 0 && figures.Absent > 0);

        var report = await ResultsAsync(meeting);
        Assert.True(report.Quorum.Met);
        Assert.Equal(51 + figures.Proxies, report.Quorum.Present);
        var voted = report.Items.Where(i => i.Item.IsVoted).ToList();
        Assert.Equal(["役員の改選", "2022年度事業報告・収支決算", "2023年度事業計画（案）・収支予算（案）"], voted.Select(i => i.Item.TitleJa));
        Assert.Equal(AgendaItemKind.Report, report.Items[0].Item.Kind);
        var labels = await With((sp, _) => Task.FromResult(voted.Select(i => sp.GetRequiredService<MeetingResults>().Label(i.Verdict)).ToList()));
        Assert.All(labels, label => Assert.Equal("承認（全会一致）", label));
        Assert.All(voted, i =>
        {
            Assert.True(i.Final);
            Assert.Equal(VerdictKind.Approved, i.Verdict.Kind);
            Assert.Equal(report.Quorum.Present, i.Verdict.Count!.For);
            Assert.Equal(figures.Proxies, i.ByProxy);
            Assert.All(i.Counted.Where(b => b.ProxyHolderCode is not null), b => Assert.Equal(Ballot.ChairHolder, b.ProxyHolderCode));
            Assert.Equal(i.Counted.Count, i.ByChannel(BallotChannel.Recorded));
        });

        var minutes = await With((_, db) => db.MeetingMinutes.SingleAsync(x => x.MeetingId == meeting.Id));
        Assert.Equal(MinutesStatus.Approved, minutes.Status);
        Assert.Contains("51団体61名", minutes.BodyJa);
        Assert.Contains("全会一致で承認", minutes.BodyJa);
        Assert.Contains("51 associations, 61 people", minutes.BodyEn);
    }

    [Fact]
    public async Task The_2023_election_fills_the_officer_register_with_the_chair_named_in_the_report()
    {
        factory.CreateClient().Dispose();
        var meeting = await DemoAssemblyAsync(2023);
        var election = meeting.Item(AgendaItemKind.Election);

        var current = await factory.WithServices(sp => sp.GetRequiredService<OfficerRegister>().CurrentAsync(JapanDate.Today(TimeProvider.System)));

        var chair = Assert.Single(current, t => t.Position!.Code == "chair");
        Assert.Equal(("神田 真秋", "230006", new DateOnly(2023, 5, 22), election.Id), (chair.PersonName, chair.AssociationCode, chair.From, chair.ElectedAtItemId));
        var elected = current.Where(t => t.ElectedAtItemId == election.Id).ToList();
        Assert.Equal(election.Candidates.Count, elected.Count);
        Assert.Equal(2, elected.Count(t => t.Position!.Code == "vice-chair"));
        Assert.Equal(2, elected.Count(t => t.Position!.Code == "auditor"));
        Assert.All(elected, t => Assert.True(t.IsSample));
        // Everyone but the chair is a made-up person, named as the directory demo names its people.
        Assert.All(elected.Where(t => t != chair), t => Assert.Matches("^(見本|例山|仮田|試野|架空) ", t.PersonName));
    }

    [Fact]
    public async Task The_2021_written_assembly_passed_every_motion_with_every_association_consenting()
    {
        factory.CreateClient().Dispose();
        var meeting = await DemoAssemblyAsync(2021);

        Assert.Equal((MeetingFormat.InWriting, MeetingStatus.Closed, true), (meeting.Format, meeting.Status, meeting.ResultsPublic));
        var report = await ResultsAsync(meeting);
        var motions = report.Items.Where(i => i.Item.IsVoted).ToList();
        Assert.Equal(2, motions.Count);
        Assert.All(motions, i =>
        {
            Assert.Equal(MajorityRule.AllMembersConsent, i.Item.Majority);
            Assert.Equal(VerdictKind.Approved, i.Verdict.Kind);
            Assert.True(i.Verdict.Unanimous);
            Assert.Equal((63, 63, 0), (i.Verdict.Count!.Base, i.Verdict.Count.For, i.Verdict.Count.NotVoted));
            Assert.Equal(meeting.Attendances.Select(a => a.AssociationCode).Order(), i.Counted.Select(b => b.AssociationCode).Order());
            Assert.All(i.Counted, b =>
            {
                Assert.Equal(BallotChoice.For, b.Choice);
                Assert.Equal(JapanTime.Date(b.CastAt).AddYears(10), b.KeepUntil);
                Assert.True(b.CastAt < meeting.WrittenVoteDeadline);
            });
        });
        var minutes = await With((_, db) => db.MeetingMinutes.SingleAsync(x => x.MeetingId == meeting.Id));
        Assert.Equal(MinutesStatus.Approved, minutes.Status);
        Assert.Contains("書面決議", minutes.BodyJa);
    }

    [Fact]
    public async Task The_upcoming_assembly_is_open_and_the_demo_admins_can_vote_in_writing_now()
    {
        factory.CreateClient().Dispose();
        var now = DateTime.UtcNow;
        var meeting = await DemoMeetingAsync(m => m.Kind == MeetingKind.GeneralAssembly && m.Status == MeetingStatus.Convened);

        Assert.Equal(MeetingFormat.Hybrid, meeting.Format);
        Assert.True(meeting.StartsAt >= now.AddDays(30));
        Assert.Equal(5, JapanTime.ToLocal(meeting.StartsAt).Month);
        Assert.True(meeting.IsRegistrationOpen(now));
        Assert.Equal(BallotChannel.Written, BallotBox.Channel(meeting, now));
        Assert.NotNull(meeting.OnlineUrl);
        var rows = meeting.Attendances.ToDictionary(a => a.AssociationCode);
        Assert.Equal(63, rows.Count);
        Assert.Equal(AttendanceMode.OnSite, rows["230006"].Mode);
        Assert.Equal(2, rows["230006"].Attendees.Count);
        Assert.Equal(AttendanceMode.Online, rows["041009"].Mode);
        Assert.True(rows["430005"].ProxyToChair);
        Assert.Contains(rows.Values, a => a.Mode == AttendanceMode.Unanswered);
        var report = await ResultsAsync(meeting);
        Assert.All(report.Items.Where(i => i.Item.IsVoted), i => Assert.Equal(VerdictKind.Open, i.Verdict.Kind));
        Assert.NotEmpty(report.Items.SelectMany(i => i.Counted));

        var plan = meeting.Items.Single(i => i.Number == 4);
        var aichi = await CastAsync("admin.aichi@demo.renkei.jp", new BallotRequest(meeting.Id, plan.Id, BallotChoice.For));
        var forKumamoto = await CastAsync("admin.aichi@demo.renkei.jp", new BallotRequest(meeting.Id, plan.Id, BallotChoice.For, ForAssociation: "430005"));
        var sendai = await CastAsync("admin.sendai@demo.renkei.jp", new BallotRequest(meeting.Id, meeting.Item(AgendaItemKind.Election).Id, BallotChoice.Against, CandidateNumber: 2));
        var kumamoto = await CastAsync("admin.kumamoto@demo.renkei.jp", new BallotRequest(meeting.Id, plan.Id, BallotChoice.For));

        Assert.True(aichi.Succeeded, aichi.Message);
        Assert.True(forKumamoto.Succeeded, forKumamoto.Message);
        Assert.True(sendai.Succeeded, sendai.Message);
        Assert.Equal(StepOutcome.Forbidden, kumamoto.Outcome); // gave its proxy to the chair
        var cast = await With((_, db) => db.Ballots.Where(b => b.AgendaItemId == plan.Id && (b.AssociationCode == "230006" || b.AssociationCode == "430005")).ToListAsync());
        Assert.All(cast, b => Assert.Equal(BallotChannel.Written, b.Channel));
        Assert.Null(cast.Single(b => b.AssociationCode == "230006").ProxyHolderCode);
        Assert.Equal(Ballot.ChairHolder, cast.Single(b => b.AssociationCode == "430005").ProxyHolderCode);
    }

    Task<StepResult> CastAsync(string email, BallotRequest request) => factory.WithServices(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<RenkeiUser>>();
        ClaimsPrincipal user = await sp.GetRequiredService<IUserClaimsPrincipalFactory<RenkeiUser>>().CreateAsync((await users.FindByEmailAsync(email))!);
        return await sp.GetRequiredService<BallotBox>().CastAsync(request, user);
    });

    [Fact]
    public async Task The_upcoming_assembly_has_its_motions_booklet_as_a_japanese_pdf()
    {
        factory.CreateClient().Dispose();
        var documents = await With((_, db) => db.MeetingDocuments
            .Where(d => db.Meetings.Any(m => m.Id == d.MeetingId && m.IsSample && m.Status == MeetingStatus.Convened && m.Kind == MeetingKind.GeneralAssembly))
            .ToListAsync());

        Assert.Equal(2, documents.Count);
        var booklet = documents.Single(d => d.AgendaItemId is null);
        Assert.Equal("application/pdf", booklet.ContentType);
        Assert.Equal(booklet.Content.Length, booklet.Length);
        Assert.True(booklet.Length < MeetingDocument.MaxLength);
        using var pdf = PdfDocument.Open(booklet.Content);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("議案書", text);
        Assert.Contains("役員の改選", text);
        Assert.Contains("サンプルデータ", text);
        Assert.NotNull(documents.Single(d => d.AgendaItemId is not null).AgendaItemId);
    }
}
