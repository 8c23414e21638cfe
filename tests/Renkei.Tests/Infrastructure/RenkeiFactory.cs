using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP, on a fresh database of the provider under test, migrated by the app's own
/// start-up. Share one per test class (IClassFixture) and give each test its own data.
/// Extra settings go through <see cref="Settings"/> before the first request.
/// </summary>
public class RenkeiFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("renkei-test-").FullName;
    public string ConnectionString { get; }
    public Dictionary<string, string?> Settings { get; } = new();

    public RenkeiFactory() => ConnectionString = TestDatabase.Create(DataDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Renkei:DataDirectory", DataDirectory);
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("ConnectionStrings:Renkei", ConnectionString);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>
    /// Serves the app with Kestrel on a free loopback port instead of the in-memory test server, for what cannot reach
    /// that one (a browser, a raw socket), and gives its origin, e.g. http://127.0.0.1:40123/.
    /// </summary>
    protected Uri StartOnKestrel(Action<KestrelServerOptions>? configure = null)
    {
        // Port 0 needs an IP address (Kestrel refuses a dynamic port on "localhost").
        UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            configure?.Invoke(o);
        });
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs code against the app's own DbContext in a scope of its own.</summary>
    public async Task<T> WithDb<T>(Func<RenkeiDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RenkeiDbContext>());
    }

    public async Task WithDb(Func<RenkeiDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<RenkeiDbContext>());
    }

    public async Task<T> WithServices<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try { TestDatabase.Drop(ConnectionString); } catch (Exception) { /* the server may already be gone at the end of a run */ }
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
