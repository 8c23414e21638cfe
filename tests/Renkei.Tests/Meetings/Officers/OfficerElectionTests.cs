using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>
/// Elections reach the officer register through the real closing (<see cref="MeetingClosing"/> → <see cref="OfficerRegister.ApplyAsync"/>):
/// a slate elects all or none, a per-candidate vote each on its own, a re-election ends the previous term the day the new
/// one starts, other holders of a several-seat position serve on, and applying twice changes nothing. Each test elects
/// to a position of its own, so the tests do not end each other's terms.
/// </summary>
public class OfficerElectionTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly DateOnly Today = MeetingData.Today;

    [Fact]
    public async Task A_passed_slate_enters_every_candidate_with_the_item_that_elected_them()
    {
        var position = await MinutesTesting.NewPositionAsync(factory, seats: 2);
        var meeting = await MinutesTesting.HeldAsync(factory, m => Election(m, ElectionMode.Slate,
            Candidate(1, position, "一括 一郎", "230006"), Candidate(2, position, "一括 二郎", "041009")));
        var item = meeting.Item(AgendaItemKind.Election);

        var terms = await TermsAsync(position);

        Assert.Equal(["一括 一郎", "一括 二郎"], terms.Select(t => t.PersonName).Order());
        Assert.All(terms, t =>
        {
            Assert.Equal(item.Id, t.ElectedAtItemId);
            Assert.Equal(Today, t.From);
            Assert.Equal(Today.AddYears(2), t.To);
        });
        Assert.Equal("041009", terms.Single(t => t.PersonName == "一括 二郎").AssociationCode);
    }

    [Fact]
    public async Task A_rejected_slate_enters_nobody()
    {
        var position = await MinutesTesting.NewPositionAsync(factory);
        var meeting = await MinutesTesting.HeldAsync(factory, m => Election(m, ElectionMode.Slate, Candidate(1, position, "否決 三郎", "230006")), close: false);
        foreach (var code in new[] { "230006", "041009" })
            await MeetingData.AddBallotAsync(factory, meeting.Id, meeting.Item(AgendaItemKind.Election).Id, code, BallotChoice.Against, BallotChannel.Online);

        Assert.True((await MinutesTesting.CloseAsync(factory, meeting.Id)).Succeeded);

        Assert.Empty(await TermsAsync(position));
    }

    [Fact]
    public async Task A_per_candidate_election_enters_only_the_candidates_who_passed()
    {
        var position = await MinutesTesting.NewPositionAsync(factory, seats: 2);
        var meeting = await MinutesTesting.HeldAsync(factory, m => Election(m, ElectionMode.PerCandidate,
            Candidate(1, position, "個別 当選", "230006"), Candidate(2, position, "個別 落選", "041009")), close: false);
        var election = meeting.Item(AgendaItemKind.Election);
        foreach (var code in new[] { "230006", "041009", "011002" })
        {
            await MeetingData.AddBallotAsync(factory, meeting.Id, election.Id, code, BallotChoice.For, BallotChannel.Online, candidate: 1);
            await MeetingData.AddBallotAsync(factory, meeting.Id, election.Id, code, code == "230006" ? BallotChoice.For : BallotChoice.Against, BallotChannel.Online, candidate: 2);
        }

        // Closing the item during the meeting is enough: the register does not wait for the meeting's close.
        Assert.True((await MinutesTesting.CloseItemAsync(factory, meeting.Id, election.Id)).Succeeded);

        var term = Assert.Single(await TermsAsync(position));
        Assert.Equal("個別 当選", term.PersonName);
        Assert.Equal(election.Id, term.ElectedAtItemId);
    }

    [Fact]
    public async Task A_re_election_ends_the_previous_term_the_day_the_new_one_starts()
    {
        var position = await MinutesTesting.NewPositionAsync(factory);
        var previous = await HandTermAsync(position, "再任 花子", "230006", Today.AddYears(-2), null);
        var fixedEnd = await HandTermAsync(position, "前任 太郎", "041009", Today.AddYears(-1), Today.AddDays(30));
        var past = await HandTermAsync(position, "元 役員", "011002", Today.AddYears(-6), Today.AddYears(-4));

        var meeting = await MinutesTesting.HeldAsync(factory, m => Election(m, ElectionMode.Slate, Candidate(1, position, "再任 花子", "230006")));

        var terms = await TermsAsync(position);
        Assert.Equal(Today, terms.Single(t => t.Id == previous).To);
        Assert.Equal(Today, terms.Single(t => t.Id == fixedEnd).To);
        Assert.Equal(Today.AddYears(-4), terms.Single(t => t.Id == past).To);
        var elected = terms.Single(t => t.ElectedAtItemId == meeting.Item(AgendaItemKind.Election).Id);
        Assert.Equal("再任 花子", elected.PersonName);
        Assert.Equal(Today, elected.From);
        var current = await factory.WithServices(sp => sp.GetRequiredService<OfficerRegister>().CurrentAsync(Today));
        Assert.Equal([elected.Id], current.Where(t => t.OfficerPositionId == position).Select(t => t.Id));
        var yesterday = await factory.WithServices(sp => sp.GetRequiredService<OfficerRegister>().CurrentAsync(Today.AddDays(-1)));
        Assert.Equal([previous, fixedEnd], yesterday.Where(t => t.OfficerPositionId == position).Select(t => t.Id).Order());
    }

    [Fact]
    public async Task On_a_position_with_several_seats_the_holders_not_replaced_serve_on()
    {
        // Four seats, half elected each year: two serve until next year, two are replaced now (one of them re-elected).
        var position = await MinutesTesting.NewPositionAsync(factory, seats: 4);
        var stayingA = await HandTermAsync(position, "継続 一", "130001", Today.AddYears(-1), Today.AddYears(1));
        var stayingB = await HandTermAsync(position, "継続 二", "270008", Today.AddYears(-1), Today.AddYears(1));
        var outgoing = await HandTermAsync(position, "退任 三", "011002", Today.AddYears(-2), null);
        var reElected = await HandTermAsync(position, "再任 四", "041009", Today.AddYears(-2), null);

        await MinutesTesting.HeldAsync(factory, m => Election(m, ElectionMode.Slate,
            Candidate(1, position, "新任 五", "230006"), Candidate(2, position, "再任 四", "041009")));

        var current = (await factory.WithServices(sp => sp.GetRequiredService<OfficerRegister>().CurrentAsync(Today)))
            .Where(t => t.OfficerPositionId == position).ToList();
        Assert.Equal(["再任 四", "新任 五", "継続 一", "継続 二"], current.Select(t => t.PersonName).Order());
        var terms = await TermsAsync(position);
        Assert.Equal(Today.AddYears(1), terms.Single(t => t.Id == stayingA).To);
        Assert.Equal(Today.AddYears(1), terms.Single(t => t.Id == stayingB).To);
        Assert.Equal(Today, terms.Single(t => t.Id == outgoing).To);
        Assert.Equal(Today, terms.Single(t => t.Id == reElected).To);
    }

    [Fact]
    public async Task Closing_the_item_and_then_the_meeting_and_applying_again_enter_the_result_once()
    {
        var position = await MinutesTesting.NewPositionAsync(factory);
        var meeting = await MinutesTesting.HeldAsync(factory, m => Election(m, ElectionMode.Slate, Candidate(1, position, "一度 だけ", "230006")), close: false);
        var election = meeting.Item(AgendaItemKind.Election);

        Assert.True((await MinutesTesting.CloseItemAsync(factory, meeting.Id, election.Id)).Succeeded);
        Assert.True((await MinutesTesting.CloseAsync(factory, meeting.Id)).Succeeded);
        await factory.WithServices(async sp =>
        {
            var results = sp.GetRequiredService<MeetingResults>();
            var report = await results.ComputeAsync((await results.LoadAsync(meeting.Id))!);
            await sp.GetRequiredService<OfficerRegister>().ApplyAsync(report.Items.Single(i => i.Item.Id == election.Id));
            return 0;
        });

        var term = Assert.Single(await TermsAsync(position));
        Assert.Equal(Today, term.From);
        Assert.True(term.To is null || term.To > Today);
    }

    static void Election(Meeting m, ElectionMode mode, params ElectionCandidate[] candidates)
    {
        var election = m.Items.Single(i => i.Kind == AgendaItemKind.Election);
        election.ElectionMode = mode;
        election.Candidates.Clear();
        election.Candidates.AddRange(candidates);
    }

    static ElectionCandidate Candidate(int number, int position, string name, string code) => new()
    {
        Number = number, OfficerPositionId = position, PersonName = name, PersonTitle = "理事長", AssociationCode = code,
        TermFrom = Today, TermTo = Today.AddYears(2),
    };

    Task<int> HandTermAsync(int position, string name, string code, DateOnly from, DateOnly? to) =>
        factory.WithDb(async db =>
        {
            var term = new OfficerTerm { OfficerPositionId = position, PersonName = name, AssociationCode = code, From = from, To = to };
            db.OfficerTerms.Add(term);
            await db.SaveChangesAsync();
            return term.Id;
        });

    Task<List<OfficerTerm>> TermsAsync(int position) =>
        factory.WithDb(db => db.OfficerTerms.AsNoTracking().Where(t => t.OfficerPositionId == position).OrderBy(t => t.Id).ToListAsync());
}
