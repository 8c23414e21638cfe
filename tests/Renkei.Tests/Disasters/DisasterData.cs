using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// Builders for disaster tests, straight in the database; each test makes its own disaster. The default is an ongoing
/// flood drill in Gifu (prefecture 21, Chubu block): Gifu's association 210005 is affected. Requests default to 2
/// Vietnamese interpreters for Gifu, still in the Chubu block, escalating in 24 hours.
/// </summary>
public static class DisasterData
{
    public const string Gifu = "210005";
    public const string Aichi = "230006";
    public const string Nagoya = "231002";
    public const string Shizuoka = "220001";
    public const string Sendai = "041009";
    public const string Miyagi = "040002";

    public static Task<Disaster> DeclareAsync(RenkeiFactory factory, string[]? prefectures = null, bool drill = true, Action<Disaster>? configure = null) =>
        factory.WithDb(async db =>
        {
            var now = DateTime.UtcNow;
            var codes = prefectures ?? ["21"];
            var disaster = new Disaster
            {
                NameJa = $"テスト洪水 {Guid.NewGuid():N}"[..16],
                NameEn = "Test flood",
                Kind = DisasterKind.Flood,
                IsDrill = drill,
                PrefectureCodes = codes.ToList(),
                StartedAt = now.AddHours(-2),
                DeclaredAt = now.AddHours(-1),
                DeclaredBy = "secretariat@test.renkei.jp",
            };
            var affected = await db.Associations.Where(a => codes.Contains(a.PrefectureCode) && a.WithdrawnOn == null).Select(a => a.Code).ToListAsync();
            foreach (var code in affected) disaster.Affected.Add(new AffectedAssociation { AssociationCode = code });
            configure?.Invoke(disaster);
            db.Disasters.Add(disaster);
            await db.SaveChangesAsync();
            return disaster;
        });

    public static Task<SupportRequest> RequestAsync(RenkeiFactory factory, int disasterId, string code = Gifu, int people = 2, string[]? languages = null,
        bool escalated = false, Action<SupportRequest>? configure = null) =>
        factory.WithDb(async db =>
        {
            var now = DateTime.UtcNow;
            var block = await db.AssociationVersions.Where(v => v.AssociationCode == code && v.ValidTo == null).Select(v => v.BlockId).SingleAsync();
            var number = (await db.SupportRequests.Where(r => r.DisasterId == disasterId).MaxAsync(r => (int?)r.Number) ?? 0) + 1;
            var request = new SupportRequest
            {
                DisasterId = disasterId,
                Number = number,
                AssociationCode = code,
                BlockId = block,
                Kind = SupportKind.Interpreters,
                Languages = (languages ?? ["vi"]).ToList(),
                People = people,
                From = DateOnly.FromDateTime(now),
                To = DateOnly.FromDateTime(now).AddDays(6),
                Place = "岐阜市 災害多言語支援センター",
                Urgency = Urgency.High,
                Details = "避難所巡回の通訳",
                PostedAt = now,
                PostedBy = "admin@test.renkei.jp",
                PostedByAssociationCode = code,
                EscalateAfter = now.AddHours(24),
                EscalatedAt = escalated ? now : null,
                EscalatedBy = escalated ? "secretariat@test.renkei.jp" : null,
            };
            configure?.Invoke(request);
            db.SupportRequests.Add(request);
            await db.SaveChangesAsync();
            return request;
        });

    public static Task<SupportOffer> OfferAsync(RenkeiFactory factory, int requestId, string code, int people = 1, string[]? languages = null,
        OfferMode mode = OfferMode.OnSite, Action<SupportOffer>? configure = null) =>
        factory.WithDb(async db =>
        {
            var request = await db.SupportRequests.SingleAsync(r => r.Id == requestId);
            var offer = new SupportOffer
            {
                RequestId = requestId,
                DisasterId = request.DisasterId,
                AssociationCode = code,
                People = people,
                Languages = (languages ?? request.Languages.ToArray()).ToList(),
                From = request.From,
                To = request.To ?? request.From.AddDays(2),
                Mode = mode,
                Who = "通訳ボランティア",
                OfferedAt = DateTime.UtcNow,
                OfferedBy = "staff@test.renkei.jp",
                OfferedByAssociationCode = code,
            };
            configure?.Invoke(offer);
            db.SupportOffers.Add(offer);
            await db.SaveChangesAsync();
            return offer;
        });

    /// <summary>Appends a step to an offer directly (no rules), as if it had been taken.</summary>
    public static Task StepAsync(RenkeiFactory factory, int offerId, OfferStepKind kind, string? note = null) =>
        factory.WithDb(async db =>
        {
            var last = await db.OfferSteps.Where(s => s.OfferId == offerId).MaxAsync(s => (int?)s.Sequence) ?? 0;
            db.OfferSteps.Add(new OfferStep { OfferId = offerId, Sequence = last + 1, Kind = kind, Note = note, At = DateTime.UtcNow, By = "test@test.renkei.jp" });
            await db.SaveChangesAsync();
        });

    public static Task<SupportRequest> LoadRequestAsync(RenkeiFactory factory, int requestId) =>
        factory.WithDb(db => db.SupportRequests.AsNoTracking().Include(r => r.Offers).ThenInclude(o => o.Steps).AsSplitQuery().SingleAsync(r => r.Id == requestId));

    /// <summary>Makes <paramref name="code"/> the chair association of <paramref name="blockId"/> for the current fiscal year.</summary>
    public static Task MakeChairAsync(RenkeiFactory factory, string blockId, string code) =>
        factory.WithDb(async db =>
        {
            var year = FiscalYear.Of(JapanDate.Today(TimeProvider.System));
            var row = await db.BlockRoles.SingleOrDefaultAsync(r => r.BlockId == blockId && r.FiscalYear == year && r.Role == BlockRoleKind.Chair);
            if (row is null) db.BlockRoles.Add(new BlockRole { BlockId = blockId, FiscalYear = year, Role = BlockRoleKind.Chair, AssociationCode = code });
            else row.AssociationCode = code;
            await db.SaveChangesAsync();
        });

    /// <summary>
    /// The disaster data the authorization matrix points at: 230006 (own, Chubu) chairs the Chubu block; a drill in Gifu
    /// with a request still in the Chubu block (041009, Hokkaido-Tohoku, gets 404) and an escalated one (seen by all),
    /// each with a pending offer from Nagoya; and a closed drill.
    /// </summary>
    public static async Task<MatrixDisasters> MatrixAsync(RenkeiFactory factory)
    {
        await MakeChairAsync(factory, "chubu", Aichi);
        var disaster = await DeclareAsync(factory);
        var inBlock = await RequestAsync(factory, disaster.Id);
        var escalated = await RequestAsync(factory, disaster.Id, escalated: true);
        var blockOffer = await OfferAsync(factory, inBlock.Id, Nagoya);
        var escalatedOffer = await OfferAsync(factory, escalated.Id, Nagoya);
        var closed = await DeclareAsync(factory, configure: d =>
        {
            d.Status = DisasterStatus.Closed;
            d.ClosedAt = DateTime.UtcNow;
            d.ClosedBy = "secretariat@test.renkei.jp";
        });
        return new MatrixDisasters(disaster.Id, inBlock.Id, escalated.Id, blockOffer.Id, escalatedOffer.Id, closed.Id);
    }
}

/// <summary>The disaster data the authorization matrix points at (see <see cref="DisasterData.MatrixAsync"/>).</summary>
/// <param name="Disaster">An ongoing drill in Gifu (Chubu); Gifu 210005 is affected.</param>
/// <param name="BlockRequest">Gifu's request, not escalated: Chubu users (own) see it, 041009's users get 404.</param>
/// <param name="EscalatedRequest">Gifu's request, escalated to all blocks: every member sees it.</param>
/// <param name="BlockOffer">Nagoya's pending offer on <paramref name="BlockRequest"/>.</param>
/// <param name="EscalatedOffer">Nagoya's pending offer on <paramref name="EscalatedRequest"/>.</param>
/// <param name="Closed">A closed drill.</param>
public record MatrixDisasters(int Disaster, int BlockRequest, int EscalatedRequest, int BlockOffer, int EscalatedOffer, int Closed);
