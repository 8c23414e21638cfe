using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Email;

public static class EmailSetup
{
    /// <summary>
    /// Requests queue mail with <see cref="Mailer"/>; <see cref="OutboxWorker"/> sends it through SMTP
    /// (section "Smtp") or, without an SMTP host, writes .eml files under {Renkei:DataDirectory}/mail.
    /// </summary>
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().Bind(builder.Configuration.GetSection("Email"))
            .Validate(o => o.PollSeconds > 0 && o.MaxAttempts >= 1 && o.BatchSize >= 1 && o.RetryBaseSeconds > 0 && o.RetryMaxMinutes > 0,
                "Email:PollSeconds, MaxAttempts, BatchSize, RetryBaseSeconds and RetryMaxMinutes must be positive.")
            .ValidateOnStart();
        // Checked at start-up: a bad From would otherwise fail every message, one by one.
        builder.Services.AddOptions<SmtpOptions>().Bind(builder.Configuration.GetSection("Smtp"))
            .Validate(o => MimeKit.MailboxAddress.TryParse(o.From, out var from) && from.Domain.Length > 0, "Smtp:From must be an address such as \"Renkei <no-reply@example.jp>\".")
            .Validate(o => !o.IsConfigured || o.Port is > 0 and < 65536, "Smtp:Port must be a TCP port (1-65535).")
            .ValidateOnStart();
        builder.Services.AddScoped<Mailer>();
        builder.Services.AddScoped<PublicBaseUrl>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxWakeInterceptor>();
        builder.Services.ConfigureDbContext<RenkeiDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()));
        builder.Services.AddSingleton<OutboxSender>();
        if (builder.Configuration.GetValue("Email:Worker", true))
            builder.Services.AddHostedService<OutboxWorker>();
        return builder;
    }
}

/// <summary>Queues mail in the outbox; it is sent after the surrounding SaveChanges commits.</summary>
public class Mailer(RenkeiDbContext db, TimeProvider clock)
{
    /// <param name="to">An address, optionally with a display name: "山田 花子 &lt;hanako@example.jp&gt;".</param>
    public void Enqueue(string to, string subject, string bodyText, string? bodyHtml = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage { To = to, Subject = subject, BodyText = bodyText, BodyHtml = bodyHtml, CreatedAt = now, NextAttemptAt = now });
    }
}
