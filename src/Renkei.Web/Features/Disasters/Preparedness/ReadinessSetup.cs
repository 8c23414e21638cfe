namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>Preparedness in normal times (平常時の備え): contacts and capacity, their confirmation and its reminder.</summary>
public static class ReadinessSetup
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PreparednessRules>();
        builder.Services.AddScoped<PreparednessEditing>();
        // Reminds associations whose preparedness needs confirming, once a day; Disasters:PreparednessReminderWorker=false
        // turns the loop off (tests run the pass themselves).
        builder.Services.AddScoped<PreparednessReminders>();
        if (builder.Configuration.GetValue("Disasters:PreparednessReminderWorker", true)) builder.Services.AddHostedService<PreparednessReminderWorker>();
    }

    public static void Map(WebApplication app) => PreparednessApi.Map(app);
}
