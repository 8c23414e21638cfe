namespace Renkei.Web.Features.Meetings.Minutes;

/// <summary>Part D, minutes and officers: its services and endpoints, wired by one line each in <see cref="MeetingsSetup"/>.</summary>
public static class MinutesSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<MinutesWriter>();
        services.AddScoped<MinutesSteps>();
        services.AddScoped<Officers.OfficerEditing>();
    }

    public static void Map(WebApplication app)
    {
        MinutesEndpoints.Map(app);
        Officers.OfficersApi.Map(app);
    }
}
