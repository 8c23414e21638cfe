using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// The block-rule scenario every report is checked against: a drill in Gifu (Chubu) with request 要請1 still inside
/// the Chubu block (4 interpreters, 3 accepted from Nagoya for 2 days: 6 person-days) and request 要請2 escalated to
/// every block (2 people, 1 accepted from Sendai for 3 days: 3 person-days), each with its timeline. Each request's
/// place carries a marker unique to the test, to look for in the files.
/// </summary>
public sealed record BlockScenario(Disaster Disaster, SupportRequest InBlock, SupportRequest Escalated, string InBlockMarker, string EscalatedMarker)
{
    public int Id => Disaster.Id;
}

public static class ReportsData
{
    public const string Hamamatsu = "221309";

    public static async Task<BlockScenario> BlockScenarioAsync(RenkeiFactory factory, bool drill = true)
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (inMarker, outMarker) = ($"ZQ{tag}A", $"ZQ{tag}B");
        var disaster = await DisasterData.DeclareAsync(factory, drill: drill);
        await EventAsync(factory, disaster.Id, DisasterEventKind.Declared);
        var inBlock = await DisasterData.RequestAsync(factory, disaster.Id, people: 4, configure: r => r.Place = inMarker);
        await EventAsync(factory, disaster.Id, DisasterEventKind.RequestPosted, inBlock.Id, DisasterData.Gifu, DisasterData.Gifu);
        var escalated = await DisasterData.RequestAsync(factory, disaster.Id, people: 2, escalated: true, configure: r => r.Place = outMarker);
        await EventAsync(factory, disaster.Id, DisasterEventKind.RequestPosted, escalated.Id, DisasterData.Gifu, DisasterData.Gifu);
        await EventAsync(factory, disaster.Id, DisasterEventKind.RequestEscalated, escalated.Id, DisasterData.Gifu);

        var nagoya = await DisasterData.OfferAsync(factory, inBlock.Id, DisasterData.Nagoya, people: 3, configure: o => o.To = o.From.AddDays(1));
        await EventAsync(factory, disaster.Id, DisasterEventKind.OfferMade, inBlock.Id, DisasterData.Nagoya, DisasterData.Nagoya, nagoya.Id);
        await DisasterData.StepAsync(factory, nagoya.Id, OfferStepKind.Accepted);
        await EventAsync(factory, disaster.Id, DisasterEventKind.OfferAccepted, inBlock.Id, DisasterData.Nagoya, DisasterData.Gifu, nagoya.Id);
        var sendai = await DisasterData.OfferAsync(factory, escalated.Id, DisasterData.Sendai, people: 1, configure: o => o.To = o.From.AddDays(2));
        await EventAsync(factory, disaster.Id, DisasterEventKind.OfferMade, escalated.Id, DisasterData.Sendai, DisasterData.Sendai, sendai.Id);
        await DisasterData.StepAsync(factory, sendai.Id, OfferStepKind.Accepted);
        await EventAsync(factory, disaster.Id, DisasterEventKind.OfferAccepted, escalated.Id, DisasterData.Sendai, DisasterData.Gifu, sendai.Id, "よろしくお願いします");
        return new BlockScenario(disaster, inBlock, escalated, inMarker, outMarker);
    }

    /// <summary>Escalates a request to every block, as the chair or the deadline would.</summary>
    public static Task EscalateAsync(RenkeiFactory factory, int requestId) =>
        factory.WithDb(db => db.SupportRequests.Where(r => r.Id == requestId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EscalatedAt, DateTime.UtcNow).SetProperty(r => r.EscalatedBy, "secretariat@test.renkei.jp")));

    /// <summary>A timeline event, written with the core's <see cref="Timeline.Add"/>; <paramref name="actor"/> null: the secretariat.</summary>
    public static Task EventAsync(RenkeiFactory factory, int disasterId, DisasterEventKind kind, int? requestId = null, string? about = null,
        string? actor = null, int? offerId = null, string? note = null, DateTime? at = null) =>
        factory.WithDb(async db =>
        {
            var request = requestId is { } id ? await db.SupportRequests.SingleAsync(r => r.Id == id) : null;
            var who = actor is null
                ? new Responder(true, null, null, new HashSet<string>(), "secretariat@test.renkei.jp")
                : new Responder(false, actor, null, new HashSet<string>(), $"user@{actor}.test");
            Timeline.Add(db, disasterId, kind, who, at ?? DateTime.UtcNow, about, request, offerId, note);
            await db.SaveChangesAsync();
        });

    public static Task CloseAsync(RenkeiFactory factory, int disasterId, string note) =>
        factory.WithDb(db => db.Disasters.Where(d => d.Id == disasterId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DisasterStatus.Closed).SetProperty(d => d.ClosedAt, DateTime.UtcNow)
            .SetProperty(d => d.ClosedBy, "secretariat@test.renkei.jp").SetProperty(d => d.ClosingNote, note)));
}
