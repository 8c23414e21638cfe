using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Audit;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.Audit;

/// <summary>Makes audit entries for tests: real changes through the DbContext, or rows at chosen times.</summary>
static class AuditData
{
    public static string NewActor() => $"editor.{Guid.NewGuid():N}@test.renkei.jp";

    /// <summary>Renames an association's English city as <paramref name="actor"/>; returns (before, after).</summary>
    public static Task<(string? Before, string After)> EditCityAsync(this RenkeiFactory app, string actor, string code = "011002") =>
        app.WithServices(async sp =>
        {
            sp.GetRequiredService<CurrentActor>().ActAs(actor);
            var db = sp.GetRequiredService<RenkeiDbContext>();
            var association = await db.Associations.SingleAsync(a => a.Code == code);
            var before = association.CityEn;
            association.CityEn = $"City {Guid.NewGuid():N}";
            association.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync();
            return (before, association.CityEn!);
        });

    /// <summary>Adds log rows directly, at the given UTC times (the log itself is not audited).</summary>
    public static Task AddEntriesAsync(this RenkeiFactory app, string actor, params DateTime[] atUtc) => app.WithDb(async db =>
    {
        foreach (var at in atUtc)
            db.AuditEntries.Add(new AuditEntry
            {
                At = at,
                Actor = actor,
                Action = "Modified",
                EntityType = "Association",
                EntityKey = "230006",
                AssociationCode = "230006",
                Before = """{"CityEn":"A"}""",
                After = """{"CityEn":"B"}""",
            });
        await db.SaveChangesAsync();
    });
}
