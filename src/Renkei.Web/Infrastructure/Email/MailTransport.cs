using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Renkei.Web.Infrastructure.Email;

/// <summary>Where one round of the sender puts messages: an SMTP session, or the mail folder.</summary>
interface IMailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>Raised when the relay cannot be reached or refuses us: every later message would fail the same way.</summary>
sealed class MailRelayUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>One SMTP connection for a round of messages, opened on first use.</summary>
sealed class SmtpTransport(SmtpOptions options) : IMailTransport
{
    SmtpClient? client;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        client ??= await ConnectAsync(ct);
        await client.SendAsync(message, ct);
    }

    async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        var smtp = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            // Port 465 speaks TLS from the first byte; elsewhere STARTTLS is required unless switched off.
            var security = options.Port == 465 ? SecureSocketOptions.SslOnConnect
                : options.UseStartTls ? SecureSocketOptions.StartTls
                : SecureSocketOptions.None;
            await smtp.ConnectAsync(options.Host!, options.Port, security, ct);
            if (!string.IsNullOrEmpty(options.UserName))
                await smtp.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
            return smtp;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            smtp.Dispose();
            throw new MailRelayUnavailableException($"SMTP {options.Host}:{options.Port}: {e.Message}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (client is null) return;
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
        {
            // The messages are already recorded as sent; a failed QUIT changes nothing.
        }
        client.Dispose();
    }
}

/// <summary>
/// Without SMTP configured, each message becomes {DataDirectory}/mail/{created}-{id}.eml, readable by
/// any mail program. Written to a temporary name and renamed, so a reader never sees half a file.
/// </summary>
sealed class MailFolderTransport(string folder) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(message));
        var temp = path + ".tmp";
        message.Prepare(EncodingConstraint.SevenBit);
        await using (var stream = File.Create(temp))
            await message.WriteToAsync(stream, ct);
        File.Move(temp, path, overwrite: true);
    }

    // The Message-Id is made from the creation time and outbox id, so a retried message keeps its name.
    static string FileName(MimeMessage message) => (message.MessageId ?? "renkei-" + Guid.NewGuid().ToString("N")).Split('@')[0] + ".eml";

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
