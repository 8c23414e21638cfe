namespace Renkei.Web.Infrastructure.Email;

/// <summary>How the outbox is worked (configuration section "Email").</summary>
public sealed class EmailOptions
{
    /// <summary>Seconds between looks at the outbox when nothing wakes the sender sooner.</summary>
    public double PollSeconds { get; set; } = 5;
    /// <summary>Attempts before a message is marked failed and left for the secretariat to see.</summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>Delay after the first failure; it doubles with each further failure up to <see cref="RetryMaxMinutes"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 30;
    public double RetryMaxMinutes { get; set; } = 60;
    public int BatchSize { get; set; } = 20;
    /// <summary>
    /// False: this instance only queues mail and leaves sending to other instances (or to tests that
    /// drive <see cref="OutboxSender"/> themselves).
    /// </summary>
    public bool Worker { get; set; } = true;

    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1)), RetryMaxMinutes * 60));
}

/// <summary>The SMTP relay (configuration section "Smtp"). Without a Host, mail is written as .eml files.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Renkei <no-reply@renkei.example>";
    public int TimeoutSeconds { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
