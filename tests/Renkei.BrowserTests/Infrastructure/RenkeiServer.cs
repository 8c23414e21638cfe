using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;

namespace Renkei.BrowserTests.Infrastructure;

/// <summary>
/// The real app (RenkeiFactory: fresh database through the real migrations) served by Kestrel on a free
/// loopback port, because a browser cannot reach the in-memory test server. Set <see cref="RenkeiFactory.Settings"/>
/// before <see cref="Start"/>.
/// </summary>
public sealed class RenkeiServer : RenkeiFactory
{
    Uri? baseAddress;

    /// <summary>The app's clock; a journey moves it forward to let a deadline pass, and resets it when done.</summary>
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The app's origin, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress => baseAddress ?? throw new InvalidOperationException("The server has not been started.");

    public void Start() => baseAddress = StartOnKestrel();

    public Uri Url(string path) => new(BaseAddress, path);
}
