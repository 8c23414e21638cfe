using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Email;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.Audit;

/// <summary>The app with its outbox left alone (no background sender), so tests see rows as they put them.</summary>
public sealed class IdleOutboxFactory() : MailFactory(smtpPort: null, worker: false);

/// <summary>/audit/mail: the secretariat sees waiting and failed mail and sends failed mail again.</summary>
public class MailPageTests(IdleOutboxFactory app) : IClassFixture<IdleOutboxFactory>
{
    async Task<(OutboxMessage Queued, OutboxMessage Failed)> AddMessagesAsync()
    {
        var tag = Guid.NewGuid().ToString("N");
        var now = DateTime.UtcNow;
        var queued = new OutboxMessage { To = $"q.{tag}@example.jp", Subject = $"待機中 {tag}", BodyText = $"secret link {tag}", CreatedAt = now, NextAttemptAt = now.AddMinutes(5), Attempts = 2, LastError = "SMTP down" };
        var failed = new OutboxMessage { To = $"f.{tag}@example.jp", Subject = $"失敗 {tag}", BodyText = $"secret link {tag}", CreatedAt = now, NextAttemptAt = now, Attempts = 10, FailedAt = now, LastError = $"refused {tag}" };
        await app.WithDb(async db =>
        {
            db.Outbox.AddRange(queued, failed);
            await db.SaveChangesAsync();
        });
        return (queued, failed);
    }

    [Fact]
    public async Task The_secretariat_sees_waiting_and_failed_mail_but_not_the_bodies()
    {
        var (queued, failed) = await AddMessagesAsync();
        var client = await app.SignedInClient(await app.Secretariat());

        var page = await client.GetPage("/audit/mail");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(queued.Subject, text);
        Assert.Contains(failed.Subject, text);
        Assert.Contains(failed.LastError!, text);
        Assert.DoesNotContain("secret link", text);
        Assert.NotNull(page.QuerySelector($"form#retry-{failed.Id}"));
        Assert.Null(page.QuerySelector($"form#retry-{queued.Id}"));
    }

    [Fact]
    public async Task Sending_a_failed_message_again_gives_it_fresh_attempts()
    {
        var (_, failed) = await AddMessagesAsync();
        var client = await app.SignedInClient(await app.Secretariat());
        var page = await client.GetPage("/audit/mail");

        var response = await client.SubmitForm(page, $"form#retry-{failed.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await app.WithDb(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == failed.Id));
        Assert.Null(row.FailedAt);
        Assert.Equal(0, row.Attempts);
        Assert.Null(row.SentAt);
        var after = await client.GetPage(response.Headers.Location!.OriginalString);
        Assert.Contains("再送の待ち行列に戻しました", after.QuerySelector(".flash")!.TextContent);
    }

    [Fact]
    public async Task Sending_all_failed_mail_again_requeues_each_failed_message()
    {
        var (queued, failed) = await AddMessagesAsync();
        var client = await app.SignedInClient(await app.Secretariat());

        var response = await client.PostForm("/audit/mail", "form#retry-all");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await app.WithDb(db => db.Outbox.Where(m => m.Id == failed.Id).Select(m => m.FailedAt).SingleAsync()));
        Assert.Equal(2, await app.WithDb(db => db.Outbox.Where(m => m.Id == queued.Id).Select(m => m.Attempts).SingleAsync()));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await app.NewClient().GetAsync("/audit/mail");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData(Roles.AssociationAdmin)]
    [InlineData(Roles.AssociationStaff)]
    public async Task Association_users_can_neither_see_nor_resend(string role)
    {
        var (_, failed) = await AddMessagesAsync();
        var client = await app.SignedInClient(await app.CreateAsync(role, "230006"));

        var get = await client.GetAsync("/audit/mail");
        var post = await client.PostAsync($"/audit/mail?handler=Retry&id={failed.Id}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.NotNull(await app.WithDb(db => db.Outbox.Where(m => m.Id == failed.Id).Select(m => m.FailedAt).SingleAsync()));
    }
}
