using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Disasters.Demo;

/// <summary>What one run of the demo seeding added: how many associations got preparedness, and the drills' names.</summary>
public sealed record DisastersDemoResult(int Preparedness, IReadOnlyList<string> Drills)
{
    public bool Any => Preparedness > 0 || Drills.Count > 0;

    /// <summary>"平常時の備え 63協会, 2025年度 ブロック間合同訓練（南海トラフ地震想定）, …" for the log and the command line.</summary>
    public override string ToString() =>
        string.Join(", ", Drills.Prepend(Preparedness > 0 ? $"平常時の備え {Preparedness}協会" : "").Where(s => s.Length > 0));
}

/// <summary>
/// Disaster support's demo data, for `--demo` and `seed-demo`: preparedness for every member association, last fiscal
/// year's finished inter-block joint drill (an earthquake) and this fiscal year's ongoing Chubu flood drill, started a
/// few hours before seeding. Only drills: no real disaster, so real statistics stay at zero. Every disaster and every
/// preparedness row is sample data. Idempotent: an association's preparedness is never overwritten, and a demo drill
/// of the same kind already there (even if closed since) is not added again. Each drill is written in one transaction,
/// so a failed run leaves nothing half-written behind.
/// </summary>
public static class DisastersDemo
{
    public static async Task<DisastersDemoResult> SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RenkeiDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var associations = await db.Associations.AsNoTracking().Include(a => a.Versions).ToListAsync(ct);
        if (associations.Count == 0) return new DisastersDemoResult(0, []);

        var preparedness = await AddPreparednessAsync(db, associations, now, ct);
        var blocks = await DisasterAccess.BlocksAsync(db, ct);
        var year = FiscalYear.Of(JapanDate.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()));
        var existing = await db.Disasters.Where(d => d.IsSample).Select(d => d.Kind).ToListAsync(ct);
        var drills = new List<string>();
        if (!existing.Contains(DisasterKind.Earthquake))
            drills.Add(await AddAsync(db, associations, blocks, DemoJointDrill.Declare(year - 1), h => DemoJointDrill.Write(h, year - 1), ct));
        if (!existing.Contains(DisasterKind.Flood))
            drills.Add(await AddAsync(db, associations, blocks, DemoFloodDrill.Declare(year, now), DemoFloodDrill.Write, ct));
        return new DisastersDemoResult(preparedness, drills);
    }

    static async Task<int> AddPreparednessAsync(RenkeiDbContext db, List<Association> associations, DateTime now, CancellationToken ct)
    {
        var today = JapanTime.Date(now);
        var members = associations.Where(a => a.IsCurrentMember(today)).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        var have = (await db.Preparedness.Select(p => p.AssociationCode).ToListAsync(ct)).ToHashSet();
        var added = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (have.Contains(members[i].Code)) continue;
            db.Preparedness.Add(DemoPreparedness.For(members[i], i, now));
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Declares the drill for the members of its prefectures on the day it started, then writes its history.</summary>
    static async Task<string> AddAsync(RenkeiDbContext db, List<Association> associations, IReadOnlyDictionary<string, string> blocks, Disaster disaster,
        Action<DemoHistory> write, CancellationToken ct)
    {
        var day = JapanTime.Date(disaster.StartedAt);
        disaster.IsSample = true;
        foreach (var a in associations.Where(a => disaster.PrefectureCodes.Contains(a.PrefectureCode) && a.IsCurrentMember(day)).OrderBy(a => a.Code, StringComparer.Ordinal))
            disaster.Affected.Add(new AffectedAssociation { AssociationCode = a.Code });
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Disasters.Add(disaster);
        await db.SaveChangesAsync(ct);
        var history = new DemoHistory(db, disaster, blocks);
        write(history);
        await history.SaveAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return disaster.NameJa;
    }
}
