using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Accounts;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Features.Disasters.Support;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// The automatic escalation on a clock the test moves: not before the deadline, at it when not covered, never when covered
/// or withdrawn, and once only when two sweeps run at the same moment.
/// </summary>
public class EscalationTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    Task<int> SweepAsync(int disasterId) => factory.WithServices(sp => sp.GetRequiredService<EscalationSweep>().RunAsync(disasterId));

    Task<SupportRequest> RequestAsync(int disasterId, int people = 2, double hours = 24) =>
        DisasterData.RequestAsync(factory, disasterId, people: people, configure: r =>
        {
            r.PostedAt = Now;
            r.EscalateAfter = Now.AddHours(hours);
        });

    [Fact]
    public async Task A_request_not_covered_by_its_deadline_goes_to_every_block_automatically_and_not_before()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await RequestAsync(disaster.Id);
        var partly = await RequestAsync(disaster.Id, people: 3);
        var offer = await DisasterData.OfferAsync(factory, partly.Id, DisasterData.Nagoya, people: 1);
        await DisasterData.StepAsync(factory, offer.Id, OfferStepKind.Accepted);

        Assert.Equal(0, await SweepAsync(disaster.Id));
        factory.Clock.Advance(TimeSpan.FromHours(23.9));
        Assert.Equal(0, await SweepAsync(disaster.Id));
        Assert.Null((await DisasterData.LoadRequestAsync(factory, request.Id)).EscalatedAt);

        factory.Clock.Advance(TimeSpan.FromHours(0.2));
        Assert.Equal(2, await SweepAsync(disaster.Id));
        var loaded = await DisasterData.LoadRequestAsync(factory, request.Id);
        Assert.Equal(Now, loaded.EscalatedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Null(loaded.EscalatedBy);
        var escalation = Assert.Single(await SupportTesting.EventsAsync(factory, request.Id), e => e.Kind == DisasterEventKind.RequestEscalated);
        Assert.True(escalation.Automatic);
        Assert.Equal("system", escalation.ActorName);
        Assert.NotNull((await DisasterData.LoadRequestAsync(factory, partly.Id)).EscalatedAt);

        Assert.Equal(0, await SweepAsync(disaster.Id));
        Assert.Single(await SupportTesting.EventsAsync(factory, request.Id), e => e.Kind == DisasterEventKind.RequestEscalated);
    }

    [Fact]
    public async Task A_covered_or_withdrawn_request_and_a_closed_disaster_are_never_escalated()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var covered = await RequestAsync(disaster.Id, people: 1, hours: 1);
        var offer = await DisasterData.OfferAsync(factory, covered.Id, DisasterData.Nagoya, people: 1);
        var who = new Responder(true, null, null, new HashSet<string>(), "secretariat@test.renkei.jp");
        Assert.True((await factory.WithServices(sp => sp.GetRequiredService<OfferSteps>()
            .TakeAsync(disaster.Id, covered.Id, offer.Id, OfferStepKind.Accepted, null, who))).Succeeded);
        var withdrawn = await DisasterData.RequestAsync(factory, disaster.Id, configure: r =>
        {
            r.EscalateAfter = Now.AddHours(1);
            r.ClosedAt = Now;
            r.ClosedBy = "admin@test.renkei.jp";
        });
        var closed = await DisasterData.DeclareAsync(factory, configure: d => d.Status = DisasterStatus.Closed);
        var inClosed = await RequestAsync(closed.Id, hours: 1);

        factory.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, await SweepAsync(disaster.Id));
        Assert.Equal(0, await SweepAsync(closed.Id));
        foreach (var id in new[] { covered.Id, withdrawn.Id, inClosed.Id })
            Assert.Null((await DisasterData.LoadRequestAsync(factory, id)).EscalatedAt);
    }

    [Fact]
    public async Task Two_sweeps_at_the_same_moment_escalate_once_with_one_event_and_one_set_of_mails()
    {
        var sendai = await factory.AssociationAdmin(DisasterData.Sendai);
        for (var round = 0; round < 4; round++)
        {
            var disaster = await DisasterData.DeclareAsync(factory);
            var request = await RequestAsync(disaster.Id, hours: 1);
            factory.Clock.Advance(TimeSpan.FromHours(1.5));

            var swept = await Task.WhenAll(SweepAsync(disaster.Id), SweepAsync(disaster.Id), SweepAsync(disaster.Id));

            Assert.Equal(1, swept.Sum());
            Assert.Single(await SupportTesting.EventsAsync(factory, request.Id), e => e.Kind == DisasterEventKind.RequestEscalated);
            Assert.Single(await SupportTesting.MailsAsync(factory, disaster.Id, request.Id), m => m.To == sendai.Email);
        }
    }

    [Fact]
    public async Task Sweeping_every_open_disaster_reaches_each_of_them()
    {
        var first = await DisasterData.DeclareAsync(factory);
        var second = await DisasterData.DeclareAsync(factory);
        var a = await RequestAsync(first.Id, hours: 1);
        var b = await RequestAsync(second.Id, hours: 1);
        factory.Clock.Advance(TimeSpan.FromHours(2));

        Assert.True(await factory.WithServices(sp => sp.GetRequiredService<EscalationSweep>().RunAsync(null)) >= 2);

        Assert.NotNull((await DisasterData.LoadRequestAsync(factory, a.Id)).EscalatedAt);
        Assert.NotNull((await DisasterData.LoadRequestAsync(factory, b.Id)).EscalatedAt);
        Assert.Equal(0, await factory.WithDb(db => db.SupportRequests.CountAsync(r => (r.Id == a.Id || r.Id == b.Id) && r.EscalatedBy != null)));
    }
}
