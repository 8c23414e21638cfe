using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;
using Scalar.AspNetCore;

namespace Renkei.Web.Infrastructure;

/// <summary>What every page and endpoint shares: pages, localisation, problem details, OpenAPI, keys, health.</summary>
public static class WebPlumbing
{
    public static WebApplicationBuilder AddWebPlumbing(this WebApplicationBuilder builder)
    {
        builder.AddLocalizationJapaneseFirst();
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(ValidationMessages)));
        // Razor would otherwise write every Japanese character as an HTML entity: pages three times the size.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = UnreadableRequests.Describe);
        builder.Services.AddOutputCache();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Renkei API";
            doc.Info.Description = "地域国際化協会連絡協議会 (Liaison Council of Regional International Associations): registry, accounts and more.";
            return Task.CompletedTask;
        }));
        // Keys live in the database so that several app instances (and restarts) share cookies and tokens.
        builder.Services.AddDataProtection().SetApplicationName("Renkei").PersistKeysToDbContext<RenkeiDbContext>();
        if (!builder.Environment.IsDevelopment())
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        return builder;
    }

    public static WebApplication UseWebPlumbing(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Before the error pages: their re-execution drops the query, so ?culture=en must be read first.
        app.UseJapaneseFirstLocalization();
        // Programs get RFC 7807 problem details; people get a page in their language.
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<UnreadableRequests>();
        app.UseWhen(IsApi, api => { api.UseExceptionHandler(UnreadableRequests.Options(null, log)); api.UseStatusCodePages(); });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            pages.UseExceptionHandler(UnreadableRequests.Options("/error", log));
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // After localisation (the language is part of a cached page's key) and authentication (only anonymous readers get cached pages).
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapOperations(this WebApplication app)
    {
        // /healthz answers while the process runs; /readyz only when the database answers too.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        // An unknown address is a 404 for everyone (the error page, or problem details under /api). Without an
        // endpoint, the fallback policy would send anonymous readers to the sign-in page instead.
        // Reads only: a write to a known address with the wrong content type must still get its 415.
        app.MapFallback("{*path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
        return app;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Scalar's script is served by the app; its default fonts and telemetry would call Scalar's servers.
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Renkei API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts().DisableTelemetry()).AllowAnonymous();
        return app;
    }
}

/// <summary>Marker for the shared validation messages (ValidationMessages.en.resx holds their English).</summary>
public class ValidationMessages;
