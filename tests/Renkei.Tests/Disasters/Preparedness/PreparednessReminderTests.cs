using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Disasters.Readiness;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.DisastersFeature;

/// <summary>The app on a clock the test moves, with the daily reminder loop off: each test runs the pass itself.</summary>
public class PreparednessClockFactory : RenkeiFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public PreparednessClockFactory() => Settings["Disasters:PreparednessReminderWorker"] = "false";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>
/// The reminder to confirm preparedness: not before 12 months, then once to the admins in their language with a link
/// to /preparedness, again at most every 30 days, and no more once confirmed; associations without a row are reminded
/// too. Each test uses associations of its own, since the pass looks at all of them.
/// </summary>
public class PreparednessReminderTests(PreparednessClockFactory factory) : IClassFixture<PreparednessClockFactory>
{
    Task<List<string>> RunOnceAsync() => factory.WithServices(sp =>
    {
        sp.GetRequiredService<CurrentActor>().ActAs(PreparednessReminders.Actor);
        return sp.GetRequiredService<PreparednessReminders>().RunOnceAsync();
    });

    DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A registered preparedness confirmed <paramref name="days"/> days before the fake clock's now.</summary>
    Task ConfirmedAsync(string code, double days) => PreparednessTesting.SetAsync(factory, code, configure: p =>
    {
        p.ConfirmedAt = Now.AddDays(-days);
        p.ReminderSentAt = null;
    });

    [Fact]
    public async Task Not_before_12_months_then_once_then_every_30_days_until_confirmed()
    {
        const string code = "170003"; // Ishikawa
        var admin = await factory.AssociationAdmin(code);
        await ConfirmedAsync(code, 330);

        Assert.DoesNotContain(code, await RunOnceAsync());
        Assert.Empty(await factory.OutboxToAsync(admin.Email));

        factory.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Contains(code, await RunOnceAsync());
        var mail = Assert.Single(await factory.OutboxToAsync(admin.Email));
        Assert.Equal("【連携】緊急連絡先・支援体制の確認のお願い", mail.Subject);
        Assert.Contains("/preparedness", mail.BodyText);
        Assert.Contains("に確認されたのが最後です", mail.BodyText);
        Assert.Equal(Now, (await PreparednessTesting.StoredAsync(factory, code))!.ReminderSentAt!.Value, TimeSpan.FromSeconds(1));

        factory.Clock.Advance(TimeSpan.FromDays(29));
        Assert.DoesNotContain(code, await RunOnceAsync());
        Assert.Single(await factory.OutboxToAsync(admin.Email));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains(code, await RunOnceAsync());
        Assert.Equal(2, (await factory.OutboxToAsync(admin.Email)).Count);

        // Someone confirms: no reminder after 30 more days, nor just before the next 12 months are up.
        await factory.WithServices(sp => sp.GetRequiredService<PreparednessEditing>().ConfirmAsync(code, null, admin.Email));
        factory.Clock.Advance(TimeSpan.FromDays(31));
        Assert.DoesNotContain(code, await RunOnceAsync());
        factory.Clock.Advance(TimeSpan.FromDays(300));
        Assert.DoesNotContain(code, await RunOnceAsync());
        Assert.Equal(2, (await factory.OutboxToAsync(admin.Email)).Count);
    }

    [Fact]
    public async Task An_association_without_preparedness_is_reminded_its_admins_each_in_their_language()
    {
        const string code = "180009"; // Fukui
        await PreparednessTesting.ClearAsync(factory, code);
        var japanese = await factory.AssociationAdmin(code);
        var english = await factory.AssociationAdmin(code);
        await factory.PrefersEnglishAsync(english);
        var staff = await factory.AssociationStaff(code);

        Assert.Contains(code, await RunOnceAsync());

        Assert.Contains("まだ確認されていません", Assert.Single(await factory.OutboxToAsync(japanese.Email)).BodyText);
        var mail = Assert.Single(await factory.OutboxToAsync(english.Email));
        Assert.Equal("[Renkei] Please confirm your emergency contacts and support capacity", mail.Subject);
        Assert.Contains("have not been confirmed yet", mail.BodyText);
        Assert.Contains("/preparedness", mail.BodyText);
        Assert.Empty(await factory.OutboxToAsync(staff.Email));
        var row = await PreparednessTesting.StoredAsync(factory, code);
        Assert.Equal(Now, row!.ReminderSentAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Null(row.Phone24h);

        Assert.DoesNotContain(code, await RunOnceAsync());
        Assert.Single(await factory.OutboxToAsync(japanese.Email));
    }

    [Fact]
    public async Task An_association_with_no_admin_to_write_to_is_left_for_its_first_admin()
    {
        const string code = "240001"; // Mie
        await PreparednessTesting.ClearAsync(factory, code);

        Assert.DoesNotContain(code, await RunOnceAsync());
        Assert.Null(await PreparednessTesting.StoredAsync(factory, code));

        var admin = await factory.AssociationAdmin(code);
        Assert.Contains(code, await RunOnceAsync());
        Assert.Single(await factory.OutboxToAsync(admin.Email));
    }

    [Fact]
    public async Task Confirming_through_the_page_stops_the_reminders()
    {
        const string code = "160008"; // Toyama
        var admin = await factory.AssociationAdmin(code);
        await ConfirmedAsync(code, 400);
        Assert.Contains(code, await RunOnceAsync());

        var client = await factory.SignedInClient(admin);
        await client.PostForm("/preparedness", "form#confirm-preparedness");
        factory.Clock.Advance(TimeSpan.FromDays(31));

        Assert.DoesNotContain(code, await RunOnceAsync());
        Assert.Single(await factory.OutboxToAsync(admin.Email));
        Assert.False((await PreparednessTesting.StoredAsync(factory, code))!.NeedsConfirmation(Now));
    }

    [Fact]
    public void The_loop_is_off_when_the_setting_says_so()
    {
        var hosted = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.Contains("OutboxWorker", hosted);
        Assert.DoesNotContain("PreparednessReminderWorker", hosted);
    }
}
