using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Renkei.Tests.Email;

/// <summary>A real SMTP server on a loopback port that keeps every message it receives.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    Task? running;

    public int Port { get; }
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>Picks a free port (or takes <paramref name="port"/>); call <see cref="StartAsync"/> to listen.</summary>
    public TestSmtpServer(int? port = null) => Port = port ?? FreePort();

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Received));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
        // Listening starts in the background; wait until the port answers.
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        throw new InvalidOperationException($"The test SMTP server did not start on port {Port}.");
    }

    /// <summary>Waits until a received message matches, or fails after <paramref name="seconds"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (Received.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No matching message arrived within {seconds} s ({Received.Count} received).");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (running is not null)
        {
            try { await running; }
            catch (OperationCanceledException) { }
        }
        stop.Dispose();
    }

    sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
