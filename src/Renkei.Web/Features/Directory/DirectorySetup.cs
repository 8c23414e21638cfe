namespace Renkei.Web.Features.Directory;

public static class DirectorySetup
{
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        // The cycle's rules, shared by the pages and API v1.
        builder.Services.AddScoped<EntryValidation>();
        builder.Services.AddScoped<DirectoryRecipients>();
        builder.Services.AddScoped<DirectoryMail>();
        builder.Services.AddScoped<DirectoryCycle>();
        builder.Services.AddScoped<EditionLifecycle>();
        // What the reading pages, exports and figures share.
        builder.Services.AddScoped<PublishedDirectory>();
        builder.Services.AddScoped<NationalFigures>();
        // Reminders N days before the deadline, once per edition; Directory:ReminderWorker=false turns the loop off.
        builder.Services.AddScoped<AutomaticReminders>();
        if (builder.Configuration.GetValue("Directory:ReminderWorker", true)) builder.Services.AddHostedService<DirectoryReminderWorker>();
        builder.Services.AddDirectoryChangeEviction();
        Files.DirectoryFilesEndpoints.AddServices(builder.Services);
        return builder;
    }

    public static WebApplication MapDirectory(this WebApplication app)
    {
        FiguresApi.Map(app);
        DirectoryEditionsApi.Map(app);
        DirectoryReviewApi.Map(app);
        DirectoryEntriesApi.Map(app);
        Files.DirectoryFilesEndpoints.Map(app);
        Editing.DirectoryEntryApi.Map(app);
        return app;
    }
}
