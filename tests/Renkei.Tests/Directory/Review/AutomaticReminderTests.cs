using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The app on a clock the test moves; the reminder loop runs only when a test asks for it.</summary>
public class ReminderClockFactory : RenkeiFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Automatic reminders, one pass at a time: not before the reminder day, once in it, never twice, only to those not submitted.</summary>
public class AutomaticReminderTests(ReminderClockFactory factory) : IClassFixture<ReminderClockFactory>
{
    DateOnly Today => JapanDate.Today(factory.Clock);

    Task<List<int>> RunOnceAsync() => factory.WithServices(sp => sp.GetRequiredService<AutomaticReminders>().RunOnceAsync());

    async Task<int> EditionAsync(DateOnly deadline, int daysBefore, params (string Code, EntryStatus Status)[] entries)
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, EditionStatus.Collecting, entries, deadline);
        await factory.WithDb(async db =>
        {
            (await db.DirectoryEditions.FindAsync(year))!.ReminderDaysBefore = daysBefore;
            await db.SaveChangesAsync();
        });
        return year;
    }

    [Fact]
    public async Task The_reminder_goes_out_once_on_its_day_to_those_not_submitted()
    {
        var draftAdmin = await factory.AssociationAdmin("230006");
        var submittedAdmin = await factory.AssociationAdmin("041009");
        var year = await EditionAsync(Today.AddDays(10), 7, ("230006", EntryStatus.Draft), ("041009", EntryStatus.Submitted));

        Assert.DoesNotContain(year, await RunOnceAsync());
        Assert.Empty(await factory.MailsToAsync(draftAdmin.Email));
        Assert.Null((await factory.EditionAsync(year)).AutomaticReminderSentAt);

        factory.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Contains(year, await RunOnceAsync());
        var mail = Assert.Single(await factory.MailsToAsync(draftAdmin.Email));
        Assert.Contains("提出期限は", mail.BodyText);
        Assert.Empty(await factory.MailsToAsync(submittedAdmin.Email));
        var edition = await factory.EditionAsync(year);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, edition.AutomaticReminderSentAt!.Value, TimeSpan.FromSeconds(1));
        var reminded = (await DirectoryData.EntryAsync(factory, year, "230006")).Events.Single(e => e.Kind == EntryEventKind.Reminded);
        Assert.Equal(AutomaticReminders.Actor, reminded.Actor);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.DoesNotContain(year, await RunOnceAsync());
        Assert.Single(await factory.MailsToAsync(draftAdmin.Email));
    }

    [Fact]
    public void The_loop_is_off_in_tests_unless_a_test_turns_it_on()
    {
        var hosted = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.Contains("OutboxWorker", hosted);
        Assert.DoesNotContain("DirectoryReminderWorker", hosted);
    }

    [Fact]
    public async Task Editions_not_collecting_get_no_automatic_reminder()
    {
        var admin = await factory.AssociationAdmin("130001");
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, EditionStatus.Reviewing, [("130001", EntryStatus.Draft)], Today);

        Assert.DoesNotContain(year, await RunOnceAsync());
        Assert.Empty(await factory.MailsToAsync(admin.Email));
    }

    [Fact]
    public async Task Two_instances_running_at_once_send_it_once()
    {
        var admin = await factory.AssociationAdmin("010006");
        var year = await EditionAsync(Today.AddDays(2), 7, ("010006", EntryStatus.Draft));

        var passes = await Task.WhenAll(RunOnceAsync(), RunOnceAsync(), RunOnceAsync());

        Assert.Equal(1, passes.Count(p => p.Contains(year)));
        Assert.Single(await factory.MailsToAsync(admin.Email));
        Assert.Single((await DirectoryData.EntryAsync(factory, year, "010006")).Events, e => e.Kind == EntryEventKind.Reminded);
    }
}

/// <summary>The background loop itself: with Directory:ReminderWorker on, it sends when the clock reaches its next poll.</summary>
public class DirectoryReminderWorkerTests : IDisposable
{
    readonly ReminderClockFactory factory = new();

    public DirectoryReminderWorkerTests()
    {
        factory.Settings["Directory:ReminderWorker"] = "true";
        factory.Settings["Directory:ReminderPollMinutes"] = "30";
    }

    [Fact]
    public async Task The_worker_sends_the_reminder_on_a_later_pass()
    {
        var admin = await factory.AssociationAdmin("230006");
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, EditionStatus.Collecting, [("230006", EntryStatus.Draft)], JapanDate.Today(factory.Clock).AddDays(3));

        // Its first pass ran at start, before the edition existed; the next one comes after 30 minutes on the app's clock.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await factory.MailsToAsync(admin.Email)).Count == 0 && DateTime.UtcNow < deadline)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(31));
            await Task.Delay(200);
        }

        Assert.Single(await factory.MailsToAsync(admin.Email));
        Assert.NotNull((await factory.EditionAsync(year)).AutomaticReminderSentAt);
        Assert.True(await factory.WithDb(db => db.DirectoryEntryEvents.AnyAsync(e => e.Kind == EntryEventKind.Reminded && e.Actor == AutomaticReminders.Actor)));
    }

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
