using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Accounts;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Features.Disasters.Demo;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// Disaster support's demo data, seeded at start in demo mode: preparedness for every member, a finished and an
/// ongoing drill whose boards read as described (coverage through <see cref="Coverage.Of"/>, visibility through the
/// block rule's own queries), and nothing added twice.
/// </summary>
public class DisastersDemoTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    Task<T> With<T>(Func<IServiceProvider, RenkeiDbContext, Task<T>> work) =>
        factory.WithServices(sp => work(sp, sp.GetRequiredService<RenkeiDbContext>()));

    Task<Disaster> DrillAsync(DisasterStatus status) => With((_, db) => db.Disasters.AsNoTracking().Include(d => d.Affected)
        .Include(d => d.Requests).ThenInclude(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery()
        .SingleAsync(d => d.IsSample && d.Status == status));

    Task<Responder> ResponderAsync(string email) => With(async (sp, db) =>
    {
        var users = sp.GetRequiredService<UserManager<RenkeiUser>>();
        ClaimsPrincipal user = await sp.GetRequiredService<IUserClaimsPrincipalFactory<RenkeiUser>>().CreateAsync((await users.FindByEmailAsync(email))!);
        return await Responder.OfAsync(db, user, TimeProvider.System);
    });

    [Fact]
    public async Task Seeding_again_adds_nothing_and_the_demo_holds_one_finished_and_one_ongoing_sample_drill()
    {
        factory.CreateClient().Dispose(); // start the app, which seeds in demo mode
        var before = await FingerprintAsync();

        var again = await DisastersDemo.SeedAsync(factory.Services);

        Assert.False(again.Any);
        Assert.Equal((0, 0), (again.Preparedness, again.Drills.Count));
        Assert.Equal(before, await FingerprintAsync());
        var demo = await With((_, db) => db.Disasters.Where(d => d.IsSample).OrderBy(d => d.Id).ToListAsync());
        Assert.Equal([DisasterStatus.Closed, DisasterStatus.Open], demo.Select(d => d.Status));
        Assert.All(demo, d => Assert.True(d.IsDrill && d.IsSample));
        Assert.Equal([DisasterKind.Earthquake, DisasterKind.Flood], demo.Select(d => d.Kind));
        // No real disaster: real statistics have nothing to count.
        Assert.False(await With((_, db) => db.Disasters.AnyAsync(d => !d.IsDrill)));
    }

    Task<List<string>> FingerprintAsync() => With(async (_, db) => new List<string>
    {
        $"disasters {await db.Disasters.CountAsync()} {string.Join(",", await db.Disasters.Select(d => d.ConcurrencyStamp).ToListAsync())}",
        $"affected {await db.AffectedAssociations.CountAsync()} requests {await db.SupportRequests.CountAsync()}",
        $"offers {await db.SupportOffers.CountAsync()} steps {await db.OfferSteps.CountAsync()} events {await db.DisasterEvents.CountAsync()}",
        $"preparedness {await db.Preparedness.CountAsync()} {string.Join(",", await db.Preparedness.OrderBy(p => p.AssociationCode).Select(p => p.ConcurrencyStamp).ToListAsync())}",
        $"languages {await db.PreparednessLanguages.CountAsync()}",
    });

    [Fact]
    public async Task Every_member_has_made_up_preparedness_and_a_few_need_confirming()
    {
        factory.CreateClient().Dispose();
        var now = DateTime.UtcNow;
        var all = await With((_, db) => db.Preparedness.AsNoTracking().Include(p => p.Languages).ToListAsync());
        var members = await With((_, db) => db.Associations.Where(a => a.WithdrawnOn == null).Select(a => a.Code).ToListAsync());

        Assert.Equal(63, members.Count);
        Assert.Equal(members.Order(), all.Select(p => p.AssociationCode).Order());
        Assert.All(all, p =>
        {
            Assert.True(p.IsSample);
            Assert.Matches(@"^0[789]0-0000-\d{4}$", p.Phone24h);
            Assert.Matches(@"^0[789]0-0000-\d{4}$", p.BackupPhone);
            Assert.Equal($"bousai@{p.AssociationCode}.demo.renkei.jp", p.Email);
            Assert.EndsWith(".demo.renkei.jp", p.BackupEmail);
            Assert.Matches("^(見本|例山|仮田|試野|架空) ", p.BackupName);
            Assert.InRange(p.DispatchableStaff, 0, 4);
            Assert.Equal(p.RemoteSupport, p.RemoteSupportNote is not null);
            Assert.All(p.Languages, l => Assert.True(SupportLanguages.IsKnown(l.Language) && l.Interpreters + l.Translators > 0));
        });
        Assert.Equal(63, all.Select(p => p.Phone24h).Distinct().Count());
        Assert.Equal(63, all.Select(p => p.BackupName).Distinct().Count());
        Assert.InRange(all.Count(p => p.RemoteSupport), 20, 43);
        Assert.Equal(DemoPreparedness.Stale.Order(), all.Where(p => p.NeedsConfirmation(now)).Select(p => p.AssociationCode).Order());
        foreach (var common in new[] { "en", "zh", "vi", "tl", "ja-easy" })
            Assert.All(all, p => Assert.Contains(p.Languages, l => l.Language == common));
        Assert.All(all.Where(p => p.AssociationCode is "210005" or "220001" or "230006"), p => Assert.True(p.Languages.Single(l => l.Language == "pt").Interpreters >= 8));
        Assert.Contains(all, p => p.Languages.Any(l => l.Language == "ne" && l.Interpreters > 0));
    }

    [Fact]
    public async Task The_ongoing_flood_drill_shows_open_needs_as_described()
    {
        factory.CreateClient().Dispose();
        var drill = await DrillAsync(DisasterStatus.Open);

        Assert.Equal(["21", "23"], drill.PrefectureCodes);
        Assert.InRange(DateTime.UtcNow - drill.StartedAt, TimeSpan.FromHours(4), TimeSpan.FromHours(6));
        var affected = drill.Affected.ToDictionary(a => a.AssociationCode);
        Assert.Equal(["210005", "230006", "231002"], affected.Keys.Order());
        Assert.Equal((OperatingStatus.Limited, true), (affected["210005"].Status, affected["210005"].SupportCentreOpen));
        Assert.Equal(OperatingStatus.Operating, affected["230006"].Status);

        var requests = drill.Requests.OrderBy(r => r.Urgency).ThenBy(r => r.Number).ToList();
        var immediate = Coverage.Of(requests[0]);
        Assert.Equal(Urgency.Immediate, requests[0].Urgency);
        Assert.Equal((4, 3, RequestState.PartlyCovered), (immediate.Needed, immediate.Covered, immediate.State));
        Assert.Equal(["vi"], immediate.MissingLanguages);
        Assert.Equal("あと1名（ベトナム語）", immediate.MissingText(english: false));
        Assert.Equal("1 more (Vietnamese)", immediate.MissingText(english: true));
        Assert.False(requests[0].IsEscalated);

        var waiting = drill.Requests.Single(r => r.AssociationCode == "230006");
        Assert.Equal((2, RequestState.Open), (Coverage.Of(waiting).Pending, Coverage.Of(waiting).State));
        Assert.False(waiting.IsEscalated);
        var blocks = await With((_, db) => DisasterAccess.BlocksAsync(db));
        Assert.All(waiting.Offers, o => Assert.Equal("chubu", blocks[o.AssociationCode]));

        var escalated = Assert.Single(drill.Requests, r => r.IsEscalated);
        Assert.Equal(DemoHistory.Secretariat.Name, escalated.EscalatedBy);
        var fromAfar = Assert.Single(escalated.Offers);
        Assert.NotEqual("chubu", blocks[fromAfar.AssociationCode]);
        Assert.Equal(OfferState.Pending, fromAfar.State);

        var onTheWay = Assert.Single(drill.Requests, r => r.Offers.Any(o => o.State == OfferState.Dispatched));
        Assert.Equal(RequestState.Covered, Coverage.Of(onTheWay).State);
        Assert.NotNull(onTheWay.CoveredAt);
        Assert.All(drill.Requests, r => Assert.True(r.EscalateAfter > DateTime.UtcNow || r.IsEscalated || r.CoveredAt is not null));
    }

    [Fact]
    public async Task Sendai_sees_only_the_escalated_request_and_Aichi_has_an_offer_to_decide_and_a_need_to_offer_for()
    {
        factory.CreateClient().Dispose();
        var drill = await DrillAsync(DisasterStatus.Open);
        var sendai = await ResponderAsync("admin.sendai@demo.renkei.jp");
        var aichi = await ResponderAsync("admin.aichi@demo.renkei.jp");

        var seenBySendai = await With((_, db) => db.SupportRequests.VisibleTo(sendai).Where(r => r.DisasterId == drill.Id).Select(r => r.Id).ToListAsync());
        Assert.Equal([drill.Requests.Single(r => r.IsEscalated).Id], seenBySendai);
        var offersSeen = await With((_, db) => db.SupportOffers.VisibleTo(sendai).CountAsync(o => o.DisasterId == drill.Id));
        Assert.Equal(1, offersSeen);
        var eventsSeen = await With((_, db) => db.DisasterEvents.VisibleTo(sendai).Where(e => e.DisasterId == drill.Id && e.RequestId != null)
            .Select(e => e.RequestId).Distinct().ToListAsync());
        Assert.Equal(seenBySendai.Cast<int?>(), eventsSeen);

        Assert.All(drill.Requests, r => Assert.True(aichi.Sees(r)));
        Assert.Contains(drill.Requests, r => aichi.Decides(r) && r.Offers.Any(o => o.State == OfferState.Pending));
        Assert.Contains(drill.Requests, r => r.AssociationCode != aichi.AssociationCode && !Coverage.Of(r).IsCovered
            && Coverage.Of(r).MissingLanguages.Contains("vi") && r.Offers.All(o => o.AssociationCode != aichi.AssociationCode));
    }

    [Fact]
    public async Task The_finished_joint_drill_escalated_one_request_automatically_and_every_request_was_completed()
    {
        factory.CreateClient().Dispose();
        var drill = await DrillAsync(DisasterStatus.Closed);
        var events = await With((_, db) => db.DisasterEvents.AsNoTracking().Where(e => e.DisasterId == drill.Id).OrderBy(e => e.Id).ToListAsync());
        var blocks = await With((_, db) => DisasterAccess.BlocksAsync(db));

        Assert.Equal(DisasterKind.Earthquake, drill.Kind);
        Assert.Equal(["30", "36", "39"], drill.PrefectureCodes);
        Assert.NotNull(drill.ClosingNote);
        Assert.True(drill.ClosedAt < DateTime.UtcNow);
        Assert.Contains(drill.Affected, a => a.SupportCentreOpen);
        Assert.InRange(drill.Requests.Count, 4, 6);
        Assert.All(drill.Requests, r => Assert.Equal(RequestState.Completed, Coverage.Of(r).State));
        Assert.True(drill.Requests.Select(r => r.Kind).Distinct().Count() >= 4);
        Assert.True(drill.Requests.Select(r => r.Urgency).Distinct().Count() == 3);

        var escalated = Assert.Single(drill.Requests, r => r.IsEscalated);
        Assert.Null(escalated.EscalatedBy);
        Assert.Equal(escalated.PostedAt.AddHours(24), escalated.EscalatedAt);
        Assert.True(events.Single(e => e.Kind == DisasterEventKind.RequestEscalated).Automatic);
        Assert.All(escalated.Offers.Where(o => o.Counts), o => Assert.NotEqual(escalated.BlockId, blocks[o.AssociationCode]));
        var states = drill.Requests.SelectMany(r => r.Offers).Select(o => o.State).ToList();
        Assert.Contains(OfferState.Declined, states);
        Assert.Contains(OfferState.Withdrawn, states);
        Assert.All(drill.Requests.SelectMany(r => r.Offers).Where(o => o.State == OfferState.Completed),
            o => Assert.Contains(o.Steps, s => s.Kind == OfferStepKind.Dispatched));

        // The timeline holds every step, in order, at the step's own moment and by its author.
        Assert.Equal(events.OrderBy(e => e.At).Select(e => e.Id), events.Select(e => e.Id));
        Assert.Equal((DisasterEventKind.Declared, DisasterEventKind.Closed), (events[0].Kind, events[^1].Kind));
        foreach (var offer in drill.Requests.SelectMany(r => r.Offers))
        {
            var made = Assert.Single(events, e => e.OfferId == offer.Id && e.Kind == DisasterEventKind.OfferMade);
            Assert.Equal((offer.OfferedAt, offer.AssociationCode, offer.RequestId), (made.At, made.ActorAssociationCode, made.RequestId));
            var stepEvents = events.Where(e => e.OfferId == offer.Id && e.Kind != DisasterEventKind.OfferMade).ToList();
            Assert.Equal(offer.Steps.OrderBy(s => s.Sequence).Select(s => (OfferSteps.EventOf(s.Kind), s.At, s.ByAssociationCode, s.Note)),
                stepEvents.Select(e => (e.Kind, e.At, e.ActorAssociationCode, e.Note)));
        }
        Assert.Equal(drill.Requests.Count, events.Count(e => e.Kind == DisasterEventKind.RequestPosted));
        Assert.Equal(drill.Requests.Select(r => (r.Id, r.CoveredAt)).OrderBy(x => x.Id),
            events.Where(e => e.Kind == DisasterEventKind.RequestCovered).Select(e => (e.RequestId!.Value, (DateTime?)e.At)).OrderBy(x => x.Item1));
    }
    [Fact]
    public async Task The_ids_the_readme_names_are_those_of_a_fresh_demo_database()
    {
        factory.CreateClient().Dispose();
        var drill = await DrillAsync(DisasterStatus.Open);

        Assert.Equal(2, drill.Id);
        var byNumber = drill.Requests.ToDictionary(r => r.Number);
        Assert.Equal((6, "210005", Urgency.Immediate), (byNumber[1].Id, byNumber[1].AssociationCode, byNumber[1].Urgency));
        Assert.Equal(7, drill.Requests.Single(r => r.IsEscalated).Id);
        Assert.Equal((9, "230006"), (byNumber[4].Id, byNumber[4].AssociationCode));
        Assert.Equal([(15, "220001"), (16, "240001")], byNumber[4].Offers.OrderBy(o => o.Id).Select(o => (o.Id, o.AssociationCode)));
        // The README's walk-through creates disaster 3, request 10 and offer 17 next.
        Assert.Equal((2, 9, 16), await With(async (_, db) => (await db.Disasters.MaxAsync(d => d.Id), await db.SupportRequests.MaxAsync(r => r.Id), await db.SupportOffers.MaxAsync(o => o.Id))));
    }
}
