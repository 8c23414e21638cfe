using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>The board part: declaring, the coordination board, managing and closing, status reports; pages and API v1.</summary>
public static class BoardSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<DisasterRules>();
        services.AddScoped<DeclarationMail>();
        services.AddScoped<ClosingMail>();
        services.AddScoped<DisasterSteps>();
        services.AddScoped<StatusReports>();
        services.AddMemoryCache();
        services.AddSingleton<BoardCache>();
        services.AddSingleton<BoardChanges>();
        services.AddSingleton<BoardRegistryChanges>();
        services.ConfigureDbContext<RenkeiDbContext>((sp, o) =>
            o.AddInterceptors(sp.GetRequiredService<BoardChanges>(), sp.GetRequiredService<BoardRegistryChanges>()));
    }

    public static void Map(WebApplication app) => BoardApi.Map(app);
}
