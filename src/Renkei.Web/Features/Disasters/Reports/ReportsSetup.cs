namespace Renkei.Web.Features.Disasters.Reports;

/// <summary>The reports part's services and endpoints, wired by <see cref="DisastersSetup"/> in one line each.</summary>
public static class ReportsSetup
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<FeedLinks>();

    public static void Map(WebApplication app)
    {
        ReportFiles.Map(app);
        ReportsApi.Map(app);
    }
}
