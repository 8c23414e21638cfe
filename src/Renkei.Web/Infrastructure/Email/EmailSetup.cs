using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Mailer>();
        return builder;
    }
}

/// <summary>Queues mail in the outbox; it is sent after the surrounding SaveChanges commits.</summary>
public class Mailer(RenkeiDbContext db, TimeProvider clock)
{
    public void Enqueue(string to, string subject, string bodyText, string? bodyHtml = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage { To = to, Subject = subject, BodyText = bodyText, BodyHtml = bodyHtml, CreatedAt = now, NextAttemptAt = now });
    }
}
