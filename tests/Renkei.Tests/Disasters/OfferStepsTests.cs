using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.DisastersFeature;

/// <summary>The core rule every part uses to move an offer on: who may, what may follow what, coverage, and two
/// coordinators deciding the same offer at once.</summary>
public class OfferStepsTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static Responder Secretariat => new(true, null, null, new HashSet<string>(), "secretariat@test.renkei.jp");
    static Responder Of(string code, string block, params string[] chairs) => new(false, code, block, chairs.ToHashSet(), $"user@{code}.test");

    Task<StepResult> Take(int disasterId, int requestId, int offerId, OfferStepKind kind, Responder who, string? note = null) =>
        factory.WithServices(s => s.GetRequiredService<OfferSteps>().TakeAsync(disasterId, requestId, offerId, kind, note, who));

    [Fact]
    public async Task Accepting_part_of_a_request_shows_what_is_still_missing_and_covering_it_records_the_moment()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id, people: 4, languages: ["vi", "en"]);
        var first = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya, people: 3, languages: ["en"]);
        var second = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Aichi, people: 1, languages: ["vi"]);
        var requester = Of(DisasterData.Gifu, "chubu");

        Assert.True((await Take(disaster.Id, request.Id, first.Id, OfferStepKind.Accepted, requester)).Succeeded);
        var partly = Coverage.Of(await DisasterData.LoadRequestAsync(factory, request.Id));
        Assert.Equal((3, 1, RequestState.PartlyCovered, false), (partly.Covered, partly.Missing, partly.State, partly.IsCovered));
        Assert.Equal(["vi"], partly.MissingLanguages);
        Assert.Equal("あと1名（ベトナム語）", partly.MissingText(english: false));
        Assert.Equal("1 more (Vietnamese)", partly.MissingText(english: true));
        Assert.Null((await DisasterData.LoadRequestAsync(factory, request.Id)).CoveredAt);

        Assert.True((await Take(disaster.Id, request.Id, second.Id, OfferStepKind.Accepted, requester)).Succeeded);
        var loaded = await DisasterData.LoadRequestAsync(factory, request.Id);
        Assert.Equal(RequestState.Covered, Coverage.Of(loaded).State);
        Assert.NotNull(loaded.CoveredAt);
        var events = await factory.WithDb(db => db.DisasterEvents.Where(e => e.RequestId == request.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal(2, events.Count(k => k == DisasterEventKind.OfferAccepted));
        Assert.Single(events, DisasterEventKind.RequestCovered);

        // Withdrawing an accepted offer uncovers the request again, so it can still be escalated.
        Assert.True((await Take(disaster.Id, request.Id, second.Id, OfferStepKind.Withdrawn, Of(DisasterData.Aichi, "chubu"))).Succeeded);
        Assert.Null((await DisasterData.LoadRequestAsync(factory, request.Id)).CoveredAt);
    }

    [Fact]
    public async Task Only_the_requester_its_block_chair_and_the_secretariat_decide_and_another_block_does_not_see_a_request_in_its_block()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);

        Assert.Equal(StepOutcome.NotFound, (await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Accepted, Of(DisasterData.Sendai, "hokkaido-tohoku"))).Outcome);
        Assert.Equal(StepOutcome.Forbidden, (await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Accepted, Of(DisasterData.Shizuoka, "chubu"))).Outcome);
        Assert.Equal(StepOutcome.Forbidden, (await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Accepted, Of(DisasterData.Nagoya, "chubu"))).Outcome);
        Assert.Empty((await DisasterData.LoadRequestAsync(factory, request.Id)).Offers.Single().Steps);

        Assert.True((await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Accepted, Of(DisasterData.Aichi, "chubu", "chubu"))).Succeeded);
    }

    [Fact]
    public async Task Steps_follow_in_order_and_completion_needs_a_report()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var request = await DisasterData.RequestAsync(factory, disaster.Id, people: 1);
        var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
        var offerer = Of(DisasterData.Nagoya, "chubu");

        Assert.Equal(StepOutcome.Closed, (await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Dispatched, offerer)).Outcome);
        Assert.True((await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Accepted, Secretariat)).Succeeded);
        var declined = await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Declined, Secretariat);
        Assert.Equal(StepOutcome.Closed, declined.Outcome);
        Assert.Contains("承諾", declined.Message);
        Assert.True((await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Dispatched, offerer)).Succeeded);
        Assert.Equal(StepOutcome.Invalid, (await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Completed, offerer, " ")).Outcome);
        Assert.True((await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Completed, offerer, "3日間、避難所で通訳")).Succeeded);

        var loaded = await DisasterData.LoadRequestAsync(factory, request.Id);
        Assert.Equal([OfferStepKind.Accepted, OfferStepKind.Dispatched, OfferStepKind.Completed], loaded.Offers.Single().Steps.OrderBy(s => s.Sequence).Select(s => s.Kind));
        Assert.Equal(RequestState.Completed, Coverage.Of(loaded).State);
    }

    [Fact]
    public async Task Two_coordinators_deciding_the_same_offer_at_once_get_one_decision_and_a_clear_message_for_the_other()
    {
        for (var round = 0; round < 5; round++)
        {
            var disaster = await DisasterData.DeclareAsync(factory);
            var request = await DisasterData.RequestAsync(factory, disaster.Id);
            var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
            var results = await Task.WhenAll(
                Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Accepted, Secretariat),
                Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Declined, Of(DisasterData.Gifu, "chubu")));

            Assert.Single(results, r => r.Succeeded);
            var other = Assert.Single(results, r => !r.Succeeded);
            Assert.Equal(409, other.StatusCode);
            Assert.Contains("画面を更新", other.Message);
            var steps = await factory.WithDb(db => db.OfferSteps.Where(s => s.OfferId == offer.Id).ToListAsync());
            Assert.Single(steps);
            var events = await factory.WithDb(db => db.DisasterEvents.CountAsync(e => e.OfferId == offer.Id));
            Assert.Equal(1, events);
        }
    }

    [Fact]
    public async Task Nothing_moves_once_the_disaster_is_closed()
    {
        var disaster = await DisasterData.DeclareAsync(factory, configure: d => d.Status = DisasterStatus.Closed);
        var request = await DisasterData.RequestAsync(factory, disaster.Id);
        var offer = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
        var result = await Take(disaster.Id, request.Id, offer.Id, OfferStepKind.Accepted, Secretariat);
        Assert.Equal(StepOutcome.Closed, result.Outcome);
        Assert.Equal("この災害対応は終了しています。", result.Message);
    }
}
