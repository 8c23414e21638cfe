namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>The convening part: creating and editing meetings, the agenda, documents, notices, reminders and calendar files.</summary>
public static class ConveningSetup
{
    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<MeetingLabels>();
        services.AddScoped<Invitations>();
        services.AddScoped<MeetingRules>();
        services.AddScoped<MeetingEditing>();
        services.AddScoped<ConvocationMail>();
        services.AddScoped<ConveningSteps>();
        services.AddScoped<AgendaRules>();
        services.AddScoped<AgendaSteps>();
        services.AddScoped<MeetingDocuments>();
        services.AddScoped<MeetingCalendar>();
        // A reminder Meetings:ReminderDaysBefore (default 3) days before the registration deadline, once per meeting;
        // Meetings:ReminderWorker=false turns the loop off (tests run the pass themselves).
        services.AddScoped<MeetingReminders>();
        if (builder.Configuration.GetValue("Meetings:ReminderWorker", true)) services.AddHostedService<MeetingReminderWorker>();
    }

    public static void Map(WebApplication app)
    {
        MeetingsApi.Map(app);
        ConveningFiles.Map(app);
    }
}
