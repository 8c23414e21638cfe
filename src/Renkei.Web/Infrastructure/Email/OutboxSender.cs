using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Email;

/// <summary>
/// Sends what is due in the outbox. Safe with several app instances on one database: a message is
/// claimed before sending by moving its NextAttemptAt forward only if it still holds the value read
/// (an optimistic lease), so only one instance sends it. If that instance dies mid-send, the lease
/// runs out and another one retries.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes, IOptions<EmailOptions> emailOptions, IOptions<SmtpOptions> smtpOptions,
    IConfiguration config, TimeProvider clock, ILogger<OutboxSender> log)
{
    /// <summary>Longer than an SMTP send can take (its timeout), so a live sender never loses its claim.</summary>
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    const int MaxErrorLength = 1000;

    EmailOptions Email => emailOptions.Value;
    SmtpOptions Smtp => smtpOptions.Value;

    /// <summary>Sends one batch of due messages; returns how many this instance claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RenkeiDbContext>();
        var now = Now();
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(Email.BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0) return 0;

        var claimed = 0;
        await using var transport = OpenTransport();
        foreach (var message in due)
        {
            if (!await ClaimAsync(db, message, ct)) continue;
            claimed++;
            try
            {
                await transport.SendAsync(Compose(message), ct);
                await MarkSentAsync(db, message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await MarkFailedAsync(db, message, e);
                // The relay is down: leave the rest unclaimed rather than count a failure against each.
                if (e is MailRelayUnavailableException or IOException or MailKit.ProtocolException) break;
            }
        }
        return claimed;
    }

    DateTime Now() => clock.GetUtcNow().UtcDateTime;

    IMailTransport OpenTransport() => Smtp.IsConfigured
        ? new SmtpTransport(Smtp)
        : new MailFolderTransport(Path.Combine(DatabaseSetup.DataDirectory(config), "mail"));

    async Task<bool> ClaimAsync(RenkeiDbContext db, OutboxMessage message, CancellationToken ct)
    {
        var leaseUntil = Now() + Lease;
        var updated = await db.Outbox
            .Where(m => m.Id == message.Id && m.NextAttemptAt == message.NextAttemptAt && m.SentAt == null && m.FailedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.NextAttemptAt, leaseUntil)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        if (updated != 1) return false;
        message.Attempts++;
        return true;
    }

    // Recorded even while shutting down: the message has left, and must not be sent again.
    async Task MarkSentAsync(RenkeiDbContext db, OutboxMessage message)
    {
        var now = Now();
        await db.Outbox.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        log.LogInformation("Mail {OutboxId} sent on attempt {Attempt}", message.Id, message.Attempts);
    }

    async Task MarkFailedAsync(RenkeiDbContext db, OutboxMessage message, Exception error)
    {
        var now = Now();
        var giveUp = IsPermanent(error) || message.Attempts >= Email.MaxAttempts;
        DateTime? failedAt = giveUp ? now : null;
        var next = giveUp ? now : now + Email.Backoff(message.Attempts);
        var text = $"{error.GetType().Name}: {error.Message}";
        if (text.Length > MaxErrorLength) text = text[..MaxErrorLength];
        await db.Outbox.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LastError, text)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.FailedAt, failedAt), CancellationToken.None);
        if (giveUp)
            log.LogError(error, "Mail {OutboxId} failed for good after {Attempts} attempts", message.Id, message.Attempts);
        else
            log.LogWarning(error, "Mail {OutboxId} attempt {Attempt} failed; next try at {NextAttemptAt:o}", message.Id, message.Attempts, next);
    }

    /// <summary>A malformed address or a 5xx refusal of sender or recipient will not heal by retrying.</summary>
    static bool IsPermanent(Exception e) => e is ParseException
        || e is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted } c && (int)c.StatusCode >= 500;

    MimeMessage Compose(OutboxMessage m)
    {
        var from = MailboxAddress.Parse(Smtp.From);
        var message = new MimeMessage
        {
            Subject = m.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(m.CreatedAt, DateTimeKind.Utc)),
            // Stable per outbox row: should a message ever go out twice, receivers can tell it is the same one.
            MessageId = $"renkei-{m.CreatedAt:yyyyMMdd-HHmmss}-{m.Id}@{from.Domain}",
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(m.To));
        // Bodies in UTF-8 (Japanese text); MimeKit encodes headers such as the subject per RFC 2047.
        var text = Utf8Part(TextFormat.Plain, m.BodyText);
        message.Body = m.BodyHtml is null ? text : new MultipartAlternative { text, Utf8Part(TextFormat.Html, m.BodyHtml) };
        return message;
    }

    static TextPart Utf8Part(TextFormat format, string content)
    {
        var part = new TextPart(format);
        part.SetText(System.Text.Encoding.UTF8, content);
        return part;
    }
}
