using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.Email;

/// <summary>
/// The app with mail settings of the test's choosing. With <c>worker: false</c> the background sender
/// does not run and the test drives <see cref="OutboxSender"/> itself on a fake clock, so retries and
/// back-off are deterministic.
/// </summary>
public class MailFactory : RenkeiFactory
{
    public FakeTimeProvider? Clock { get; }

    public MailFactory(int? smtpPort, bool worker, double pollSeconds = 5, int maxAttempts = 10)
    {
        if (smtpPort is { } port)
        {
            Settings["Smtp:Host"] = "127.0.0.1";
            Settings["Smtp:Port"] = port.ToString();
            Settings["Smtp:UseStartTls"] = "false";
            Settings["Smtp:From"] = "連携 事務局 <office@renkei.example>";
            Settings["Smtp:TimeoutSeconds"] = "10";
        }
        Settings["Email:Worker"] = worker ? "true" : "false";
        Settings["Email:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Email:MaxAttempts"] = maxAttempts.ToString();
        if (!worker) Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (Clock is not null) builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public OutboxSender Sender => Services.GetRequiredService<OutboxSender>();

    /// <summary>Queues a message through the app's own Mailer and commits it; returns its outbox id.</summary>
    public Task<long> EnqueueAsync(string to, string subject, string text, string? html = null) => WithServices(async sp =>
    {
        var db = sp.GetRequiredService<Renkei.Web.Infrastructure.Data.RenkeiDbContext>();
        sp.GetRequiredService<Mailer>().Enqueue(to, subject, text, html);
        await db.SaveChangesAsync();
        return db.Outbox.Local.Single().Id;
    });

    public Task<OutboxMessage> MessageAsync(long id) => WithDb(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>Polls the outbox row until <paramref name="done"/> holds (the worker runs on its own schedule).</summary>
    public async Task<OutboxMessage> WaitForAsync(long id, Func<OutboxMessage, bool> done, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var message = await MessageAsync(id);
            if (done(message)) return message;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Outbox message {id} did not reach the expected state: attempts {message.Attempts}, error {message.LastError}.");
            await Task.Delay(50);
        }
    }
}
