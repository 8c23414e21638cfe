using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>What the review tests share: the cycle's services in a scope of their own, dates in Japan, the outbox.</summary>
public static class ReviewTesting
{
    /// <summary>Today in Japan moved by <paramref name="days"/>, on the real clock.</summary>
    public static DateOnly Day(int days) => JapanDate.Today(TimeProvider.System).AddDays(days);

    /// <summary>Runs a step on an entry loaded as the pages load it (with its edition, versions and history).</summary>
    public static Task<CycleResult> OnEntryAsync(this RenkeiFactory factory, int year, string code, Func<DirectoryCycle, DirectoryEntry, Task<CycleResult>> step) =>
        factory.WithServices(async sp =>
        {
            var cycle = sp.GetRequiredService<DirectoryCycle>();
            var entry = await cycle.FindAsync(year, code) ?? throw new InvalidOperationException($"No entry {year}/{code}.");
            return await step(cycle, entry);
        });

    /// <summary>Runs a step on an edition, tracked by the lifecycle's own DbContext.</summary>
    public static Task<T> OnEditionAsync<T>(this RenkeiFactory factory, int year, Func<EditionLifecycle, DirectoryEdition, Task<T>> step) =>
        factory.WithServices(async sp =>
        {
            var edition = await sp.GetRequiredService<Renkei.Web.Infrastructure.Data.RenkeiDbContext>().DirectoryEditions.SingleAsync(e => e.FiscalYear == year);
            return await step(sp.GetRequiredService<EditionLifecycle>(), edition);
        });

    public static Task<T> LifecycleAsync<T>(this RenkeiFactory factory, Func<EditionLifecycle, Task<T>> work) =>
        factory.WithServices(sp => work(sp.GetRequiredService<EditionLifecycle>()));

    public static Task<List<OutboxMessage>> MailsToAsync(this RenkeiFactory factory, string email) =>
        factory.WithDb(db => db.Outbox.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());

    public static Task<DirectoryEdition> EditionAsync(this RenkeiFactory factory, int year) =>
        factory.WithDb(db => db.DirectoryEditions.AsNoTracking().SingleAsync(e => e.FiscalYear == year));

    /// <summary>Changes an entry straight in the database (content, status), as if its association had edited it.</summary>
    public static Task SetEntryAsync(this RenkeiFactory factory, int year, string code, Action<DirectoryEntry> change) =>
        factory.WithDb(async db =>
        {
            var entry = await db.DirectoryEntries.Include(e => e.Versions).SingleAsync(e => e.FiscalYear == year && e.AssociationCode == code);
            change(entry);
            await db.SaveChangesAsync();
        });
}
