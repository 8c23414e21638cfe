using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.Email;

/// <summary>The outbox worker against a real SMTP server on loopback, and the .eml fallback.</summary>
public class OutboxSenderTests
{
    const string JapaneseSubject = "【連携】地域国際化協会連絡協議会からのお知らせ";
    const string JapaneseBody = "愛知県国際交流協会 御中\n\n総会の資料を掲載しました。ご確認ください。";

    [Fact]
    public async Task A_queued_message_goes_out_promptly_with_its_Japanese_subject_and_names_intact()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        // A poll far longer than the test's wait: only the wake-up on commit can send it in time.
        await using var app = new MailFactory(smtp.Port, worker: true, pollSeconds: 300);
        _ = app.Services;
        await Task.Delay(500); // the worker's first round finds nothing and it goes to sleep

        var to = $"hanako.{Guid.NewGuid():N}@example.jp";
        var id = await app.EnqueueAsync($"山田 花子 <{to}>", JapaneseSubject, JapaneseBody, "<p>総会の資料を掲載しました。</p>");

        var received = await smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == to), seconds: 10);
        Assert.Equal(JapaneseSubject, received.Subject);
        Assert.Equal("山田 花子", received.To.Mailboxes.Single().Name);
        Assert.Equal("連携 事務局", received.From.Mailboxes.Single().Name);
        Assert.Equal("office@renkei.example", received.From.Mailboxes.Single().Address);
        Assert.Equal(JapaneseBody, received.TextBody!.Replace("\r\n", "\n"));
        Assert.Contains("総会の資料を掲載しました。", received.HtmlBody!);
        var row = await app.WaitForAsync(id, m => m.SentAt is not null);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.FailedAt);
    }

    [Fact]
    public async Task Mail_queued_with_an_audited_change_goes_out_once_the_transaction_commits()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        await using var app = new MailFactory(smtp.Port, worker: true, pollSeconds: 300);
        _ = app.Services;
        await Task.Delay(500);
        var to = $"jiro.{Guid.NewGuid():N}@example.jp";

        // The audit rows make SaveChanges open a transaction: the sender must be woken by its commit.
        await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<RenkeiDbContext>();
            var association = await db.Associations.SingleAsync(a => a.Code == "130001");
            association.CityEn = $"Tokyo {Guid.NewGuid():N}";
            sp.GetRequiredService<Mailer>().Enqueue(to, JapaneseSubject, JapaneseBody);
            await db.SaveChangesAsync();
            return 0;
        });

        var received = await smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == to), seconds: 10);
        Assert.Equal(JapaneseSubject, received.Subject);
    }

    [Fact]
    public async Task A_From_address_that_is_not_one_stops_the_app_at_start_up()
    {
        await using var app = new MailFactory(smtpPort: null, worker: true);
        app.Settings["Smtp:From"] = "Renkei";

        var error = Record.Exception(() => app.Services);

        Assert.Contains("Smtp:From", error?.ToString());
    }

    [Fact]
    public async Task While_SMTP_is_down_the_message_stays_queued_and_a_later_attempt_delivers_it()
    {
        var port = TestSmtpServer.FreePort();
        await using var app = new MailFactory(port, worker: false);
        var to = $"taro.{Guid.NewGuid():N}@example.jp";
        var id = await app.EnqueueAsync(to, JapaneseSubject, JapaneseBody);

        Assert.Equal(1, await app.Sender.SendDueAsync());
        var queued = await app.MessageAsync(id);
        Assert.Null(queued.SentAt);
        Assert.Null(queued.FailedAt);
        Assert.Equal(1, queued.Attempts);
        Assert.Contains($"127.0.0.1:{port}", queued.LastError);
        Assert.Equal(app.Clock!.GetUtcNow().UtcDateTime.AddSeconds(30), queued.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        // Not due yet: nothing is attempted before the back-off has passed.
        Assert.Equal(0, await app.Sender.SendDueAsync());

        await using var smtp = new TestSmtpServer(port);
        await smtp.StartAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await app.Sender.SendDueAsync());

        var received = await smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == to));
        Assert.Equal(JapaneseSubject, received.Subject);
        var sent = await app.MessageAsync(id);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task After_the_last_allowed_attempt_the_message_is_marked_failed_and_kept()
    {
        await using var app = new MailFactory(TestSmtpServer.FreePort(), worker: false, maxAttempts: 3);
        var id = await app.EnqueueAsync($"x.{Guid.NewGuid():N}@example.jp", JapaneseSubject, JapaneseBody);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(1, await app.Sender.SendDueAsync());
            var row = await app.MessageAsync(id);
            waits.Add(row.NextAttemptAt - app.Clock!.GetUtcNow().UtcDateTime);
            app.Clock.Advance(TimeSpan.FromHours(2));
        }

        var failed = await app.MessageAsync(id);
        Assert.Equal(3, failed.Attempts);
        Assert.NotNull(failed.FailedAt);
        Assert.Null(failed.SentAt);
        Assert.NotNull(failed.LastError);
        Assert.Equal(30, waits[0].TotalSeconds, precision: 2);
        Assert.Equal(60, waits[1].TotalSeconds, precision: 2);
        Assert.Equal(0, await app.Sender.SendDueAsync());
    }

    [Fact]
    public async Task An_address_that_cannot_be_parsed_fails_at_once_without_retries()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        await using var app = new MailFactory(smtp.Port, worker: false);
        var id = await app.EnqueueAsync("not an address", JapaneseSubject, JapaneseBody);

        Assert.Equal(1, await app.Sender.SendDueAsync());

        var row = await app.MessageAsync(id);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.FailedAt);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task Two_senders_working_the_same_outbox_send_each_message_once()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        await using var app = new MailFactory(smtp.Port, worker: false);
        var tag = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 25; i++) await app.EnqueueAsync($"m{i}.{tag}@example.jp", $"件名 {i}", "本文");

        // Two rounds at once, as two app instances would run them (separate scopes and connections).
        var claims = await Task.WhenAll(app.Sender.SendDueAsync(), app.Sender.SendDueAsync());
        while (await app.Sender.SendDueAsync() > 0) { }

        var ours = smtp.Received.Where(m => m.To.Mailboxes.Single().Address.EndsWith($".{tag}@example.jp")).ToList();
        Assert.Equal(25, ours.Count);
        Assert.Equal(25, ours.Select(m => m.MessageId).Distinct().Count());
        Assert.True(claims.Sum() <= 25, $"claimed {claims.Sum()} times for 25 messages");
    }

    [Fact]
    public async Task Without_SMTP_each_message_is_written_as_an_eml_file_that_mail_programs_can_read()
    {
        await using var app = new MailFactory(smtpPort: null, worker: false);
        var id = await app.EnqueueAsync("鈴木 一郎 <ichiro@example.jp>", JapaneseSubject, JapaneseBody, "<p>総会の資料</p>");

        Assert.Equal(1, await app.Sender.SendDueAsync());

        var file = Assert.Single(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), $"*-{id}.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(JapaneseSubject, message.Subject);
        Assert.Equal("鈴木 一郎", message.To.Mailboxes.Single().Name);
        Assert.Equal(JapaneseBody, message.TextBody!.Replace("\r\n", "\n"));
        Assert.Contains("総会の資料", message.HtmlBody!);
        // Plain 7-bit on disk: the Japanese is encoded, not raw bytes some tools would mangle.
        Assert.All(await File.ReadAllBytesAsync(file), b => Assert.True(b < 128));
        Assert.NotNull((await app.MessageAsync(id)).SentAt);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 480)]
    [InlineData(9, 3600)]
    [InlineData(30, 3600)]
    public void Back_off_doubles_from_30_seconds_and_is_capped_at_an_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new EmailOptions().Backoff(attempts));
}
