using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Operations;

/// <summary>
/// A body the server cannot read to the end (malformed chunks, over the size limit) is the client's fault: the caller
/// gets Kestrel's status with a message in their language, never a 500, and nothing is logged as an error. Only Kestrel
/// reads bodies this way, so the app is served by Kestrel and spoken to over a raw socket.
/// </summary>
public class UnreadableRequestTests(UnreadableRequestTests.KestrelApp app) : IClassFixture<UnreadableRequestTests.KestrelApp>
{
    public sealed class KestrelApp : RenkeiFactory
    {
        /// <summary>Small, so that a test need not send 30 MB to pass Kestrel's default.</summary>
        public const int MaxBody = 100_000;

        public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Logs { get; } = new();
        public int Port { get; private set; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new Collector(Logs)));
        }

        public void Start()
        {
            if (Port != 0) return;
            Port = StartOnKestrel(o => o.Limits.MaxRequestBodySize = MaxBody).Port;
        }
    }

    sealed class Collector(ConcurrentQueue<(LogLevel, string, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string category) => new Logger(category, logs);
        public void Dispose() { }

        sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel level) => true;
            public void Log<TState>(LogLevel level, EventId id, TState state, Exception? e, Func<TState, Exception?, string> format) =>
                logs.Enqueue((level, category, format(state, e)));
        }
    }

    [Fact]
    public async Task Malformed_chunks_to_the_api_are_a_400_problem_in_the_callers_language_not_an_error()
    {
        var token = await TokenAsync();
        var before = app.Logs.Count;

        var ja = await SendAsync(Post("/api/v1/disasters/999/requests/1/offers", token, "application/json") + "5\r\n{\"peo\r\nzz\r\n");
        var en = await SendAsync(Post("/api/v1/disasters/999/requests/1/offers?culture=en", token, "application/json") + "5\r\n{\"peo\r\nzz\r\n");

        Assert.Equal(400, ja.Status);
        Assert.Equal("application/problem+json", ja.ContentType);
        Assert.Equal("本文を読み取れませんでした", Json(ja.Body).GetProperty("title").GetString());
        Assert.Equal(400, en.Status);
        Assert.Equal("The body could not be read", Json(en.Body).GetProperty("title").GetString());
        AssertNoErrorLogged(before);
        Assert.Contains(app.Logs.Skip(before), l => l.Level == LogLevel.Information && l.Message.Contains("Unreadable request POST"));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_413_problem()
    {
        var token = await TokenAsync();
        var before = app.Logs.Count;
        var chunk = "{\"details\":\"" + new string('x', KestrelApp.MaxBody) + "\"}";

        var answer = await SendAsync(Post("/api/v1/disasters/999/requests/1/offers", token, "application/json")
            + $"{Encoding.UTF8.GetByteCount(chunk):x}\r\n{chunk}\r\n0\r\n\r\n");

        Assert.Equal(413, answer.Status);
        Assert.Equal("本文が大きすぎます", Json(answer.Body).GetProperty("title").GetString());
        AssertNoErrorLogged(before);
    }

    [Fact]
    public async Task A_chunked_json_body_over_the_apis_own_limit_is_refused_at_that_limit()
    {
        // 70 KB: under the server's limit here, over the 64 KB the API takes. Without a Content-Length the reader cannot
        // refuse it up front; it must not read it whole either.
        var token = await TokenAsync();
        var chunk = "{\"details\":\"" + new string('x', 70_000) + "\"}";

        var answer = await SendAsync(Post("/api/v1/disasters/999/requests/1/offers", token, "application/json")
            + $"{Encoding.UTF8.GetByteCount(chunk):x}\r\n{chunk}\r\n0\r\n\r\n");

        Assert.Equal(413, answer.Status);
        Assert.Equal("本文が大きすぎます", Json(answer.Body).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Malformed_chunks_to_a_page_get_the_400_page_in_the_readers_language()
    {
        app.Start();
        var before = app.Logs.Count;

        var ja = await SendAsync(Post("/account/login", null, "application/x-www-form-urlencoded") + "5\r\nEmail\r\nzz\r\n");
        var en = await SendAsync(Post("/account/login?culture=en", null, "application/x-www-form-urlencoded") + "5\r\nEmail\r\nzz\r\n");

        Assert.Equal(400, ja.Status);
        Assert.Equal("リクエストが正しくありません", new HtmlParser().ParseDocument(ja.Body).QuerySelector("h1")?.TextContent);
        Assert.Equal(400, en.Status);
        Assert.Equal("Bad request", new HtmlParser().ParseDocument(en.Body).QuerySelector("h1")?.TextContent);
        AssertNoErrorLogged(before);
    }

    async Task<string> TokenAsync()
    {
        app.Start();
        var user = await app.AssociationAdmin();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{app.Port}") };
        var response = await http.PostAsync("/api/v1/auth/login",
            new StringContent(JsonSerializer.Serialize(new { email = user.Email, password = user.Password }), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return Json(await response.Content.ReadAsStringAsync()).GetProperty("accessToken").GetString()!;
    }

    static string Post(string path, string? token, string type) =>
        $"POST {path} HTTP/1.1\r\nHost: localhost\r\n{(token is null ? "" : $"Authorization: Bearer {token}\r\n")}Content-Type: {type}\r\nTransfer-Encoding: chunked\r\n\r\n";

    /// <summary>Sends raw bytes and reads the one answer (Kestrel closes the connection after a bad body).</summary>
    async Task<(int Status, string? ContentType, string Body)> SendAsync(string raw)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, app.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(raw));
        using var reader = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await stream.CopyToAsync(reader, timeout.Token);
        var text = Encoding.UTF8.GetString(reader.ToArray());
        var head = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");
        var type = head.FirstOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?.Split(':', 2)[1].Split(';')[0].Trim();
        return (int.Parse(head[0].Split(' ')[1]), type, Unchunk(text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]));
    }

    static string Unchunk(string body)
    {
        var text = new StringBuilder();
        var rest = body;
        while (rest.IndexOf("\r\n", StringComparison.Ordinal) is var end and > 0
            && int.TryParse(rest[..end], System.Globalization.NumberStyles.HexNumber, null, out var size) && size > 0)
        {
            // Sizes count bytes; the text between is read back as bytes to cut it right.
            var bytes = Encoding.UTF8.GetBytes(rest[(end + 2)..]);
            text.Append(Encoding.UTF8.GetString(bytes, 0, size));
            rest = Encoding.UTF8.GetString(bytes, size + 2, bytes.Length - size - 2);
        }
        return text.ToString();
    }

    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    void AssertNoErrorLogged(int before) =>
        Assert.DoesNotContain(app.Logs.Skip(before), l => l.Level >= LogLevel.Error);
}
