using Microsoft.Extensions.Options;

namespace Renkei.Web.Infrastructure.Email;

/// <summary>Wakes the sender as soon as new mail is committed, instead of at the next poll.</summary>
public sealed class OutboxSignal
{
    readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        // One pending wake-up is enough: the sender takes everything due when it runs.
        if (wake.CurrentCount == 0)
        {
            try { wake.Release(); }
            catch (SemaphoreFullException) { }
        }
    }

    /// <summary>Waits for a wake-up or until <paramref name="timeout"/> has passed.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}

/// <summary>The background loop: sends what is due, then waits for the poll interval or a wake-up.</summary>
sealed class OutboxWorker(OutboxSender sender, OutboxSignal signal, IOptions<EmailOptions> options, ILogger<OutboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be waiting: keep going before sleeping.
                while (await sender.SendDueAsync(stoppingToken) >= options.Value.BatchSize) { }
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; the mail waits in the outbox meanwhile.
                log.LogError(e, "Outbox sender round failed; retrying in {Seconds} s", poll.TotalSeconds);
                try { await Task.Delay(poll, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
