using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Meetings.Convening;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The app on a clock the test moves; the reminder loop is off in tests, so each test runs the pass itself.</summary>
public class MeetingClockFactory : RenkeiFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The automatic reminder: not before its day, once in it, never twice, only to those who have not answered.</summary>
public class MeetingReminderTests(MeetingClockFactory factory) : IClassFixture<MeetingClockFactory>
{
    Task<List<int>> RunOnceAsync() => factory.WithServices(sp => sp.GetRequiredService<MeetingReminders>().RunOnceAsync());

    DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A convened meeting whose notice went out today and whose registration closes in <paramref name="days"/> days.</summary>
    Task<Meeting> MeetingAsync(double days, params string[] codes) => MeetingData.CreateAsync(factory, codes, m =>
    {
        m.NoticeSentAt = Now;
        m.RegistrationDeadline = Now.AddDays(days);
        m.WrittenVoteDeadline = Now.AddDays(days + 1);
        m.StartsAt = Now.AddDays(days + 2);
        m.EndsAt = Now.AddDays(days + 2).AddHours(2);
    });

    [Fact]
    public async Task The_reminder_goes_out_once_on_its_day_to_those_who_have_not_answered()
    {
        var silent = await factory.AssociationAdmin("230006");
        var answered = await factory.AssociationAdmin("041009");
        var meeting = await MeetingAsync(10, "230006", "041009");
        await MeetingData.AnswerAsync(factory, meeting.Id, "041009", AttendanceMode.Online, null, null, "オンライン 花子");

        // Ten days before the deadline: the default reminder day (three days before) has not come.
        Assert.DoesNotContain(meeting.Id, await RunOnceAsync());
        Assert.Empty(await factory.OutboxToAsync(silent.Email));

        factory.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Contains(meeting.Id, await RunOnceAsync());
        var mail = Assert.Single(await factory.OutboxToAsync(silent.Email));
        Assert.StartsWith("【連携】出欠登録のお願い", mail.Subject);
        Assert.Contains(JapanTime.Format(meeting.RegistrationDeadline, false), mail.BodyText);
        Assert.Empty(await factory.OutboxToAsync(answered.Email));
        Assert.Equal(Now, (await factory.StoredAsync(meeting.Id)).ReminderSentAt!.Value, TimeSpan.FromSeconds(1));

        factory.Clock.Advance(TimeSpan.FromHours(12));
        Assert.DoesNotContain(meeting.Id, await RunOnceAsync());
        Assert.Single(await factory.OutboxToAsync(silent.Email));
    }

    [Fact]
    public async Task A_notice_sent_on_the_reminder_day_is_reminder_enough()
    {
        var admin = await factory.AssociationAdmin("011002");
        var meeting = await MeetingAsync(2, "011002");

        Assert.DoesNotContain(meeting.Id, await RunOnceAsync());
        Assert.Empty(await factory.OutboxToAsync(admin.Email));
        Assert.Null((await factory.StoredAsync(meeting.Id)).ReminderSentAt);
    }

    [Fact]
    public async Task Drafts_cancelled_meetings_and_closed_registrations_get_no_reminder()
    {
        var admin = await factory.AssociationAdmin("130001");
        var draft = await MeetingAsync(9, "130001");
        var cancelled = await MeetingAsync(9, "130001");
        var late = await MeetingAsync(8.5, "130001");
        await factory.WithDb(async db =>
        {
            (await db.Meetings.FindAsync(draft.Id))!.Status = MeetingStatus.Draft;
            (await db.Meetings.FindAsync(cancelled.Id))!.Status = MeetingStatus.Cancelled;
            await db.SaveChangesAsync();
        });
        var before = (await factory.OutboxToAsync(admin.Email)).Count;

        factory.Clock.Advance(TimeSpan.FromDays(9) - TimeSpan.FromHours(1));
        var sent = await RunOnceAsync();

        Assert.DoesNotContain(draft.Id, sent);
        Assert.DoesNotContain(cancelled.Id, sent);
        Assert.DoesNotContain(late.Id, sent);
        Assert.Equal(before, (await factory.OutboxToAsync(admin.Email)).Count);
    }

    [Fact]
    public void The_loop_is_off_in_tests()
    {
        var hosted = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.Contains("OutboxWorker", hosted);
        Assert.DoesNotContain("MeetingReminderWorker", hosted);
    }
}
