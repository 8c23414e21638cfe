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
        Files.DirectoryFilesEndpoints.AddServices(builder.Services);
        return builder;
    }

    public static WebApplication MapDirectory(this WebApplication app)
    {
        Files.DirectoryFilesEndpoints.Map(app);
        return app;
    }
}
