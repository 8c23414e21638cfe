using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure;

public static class RenkeiHost
{
    /// <summary>
    /// The web host builder, with `--demo` taken out of the arguments (the host's command-line
    /// configuration would read a bare switch as taking the next argument as its value) and turned
    /// into Renkei:Demo=true. Everything else (--urls, --environment, --Section:Key=value) goes to the host.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var demo = args.Contains("--demo");
        var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
        if (demo) builder.Configuration["Renkei:Demo"] = "true";
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static bool IsDemo(IConfiguration config) => config.GetValue<bool>("Renkei:Demo");

    /// <summary>Migrates (unless Database:MigrateOnStartup is false), loads reference data and, in demo mode, demo accounts, directory editions, meetings and disaster drills.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await app.Services.PrepareDatabaseAsync(app.Configuration.GetValue("Database:MigrateOnStartup", true));
        if (IsDemo(app.Configuration))
        {
            var accounts = await DemoData.SeedAsync(app.Services);
            app.Logger.LogWarning("Demo mode: {Count} demo accounts with published passwords exist", accounts.Length);
            var editions = await DirectoryDemo.SeedAsync(app.Services);
            if (editions.Count > 0) app.Logger.LogInformation("Demo mode: sample directory editions added for {Years}", string.Join(", ", editions));
            if (await Features.Meetings.Demo.MeetingsDemo.SeedAsync(app.Services) is { Count: > 0 } meetings) app.Logger.LogInformation("Demo mode: sample meetings added: {Meetings}", string.Join(", ", meetings));
            if (await Features.Disasters.Demo.DisastersDemo.SeedAsync(app.Services) is { Any: true } disasters) app.Logger.LogInformation("Demo mode: sample disaster support added: {Disasters}", disasters);
            // Printed as a plain table (not a log event) so that a person starting the demo can read it.
            Console.WriteLine("Renkei demo accounts (demo mode only):");
            foreach (var a in accounts) Console.WriteLine($"  {a.Role,-18} {a.Email,-34} {a.Password}");
            Console.WriteLine($"  The secretariat signs in with TOTP: authenticator key {DemoData.SecretariatAuthenticatorKey} (the sign-in page shows the current code).");
        }
    }
}
