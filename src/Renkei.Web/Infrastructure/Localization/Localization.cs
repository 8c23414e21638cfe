using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Renkei.Web.Infrastructure.Localization;

/// <summary>
/// Japanese first, English second. Pages and views write their Japanese text directly and look it up
/// through IViewLocalizer / IStringLocalizer; the English lives in a .en.resx beside the view or class.
/// The choice comes from ?culture=en (kept in a cookie), never from the browser's Accept-Language,
/// because the council's pages are Japanese unless the reader asks otherwise.
/// </summary>
public static class Localization
{
    public static readonly CultureInfo Japanese = new("ja-JP");
    public static readonly CultureInfo English = new("en");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static WebApplicationBuilder AddLocalizationJapaneseFirst(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Japanese);
            o.SupportedCultures = o.SupportedUICultures = [Japanese, English];
            // ?culture=ja (what the language switch links to) means ja-JP; the stock query provider would
            // ignore "ja" as unsupported and fall through to the cookie, showing the old language once more.
            o.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(c => Task.FromResult(Requested(c) is { } culture ? new ProviderCultureResult(culture) : null)),
                new CookieRequestCultureProvider(),
            ];
            o.FallBackToParentUICultures = true;
        });
        return builder;
    }

    /// <summary>Runs the localisation middleware and remembers a choice made with ?culture= in the cookie.</summary>
    public static WebApplication UseJapaneseFirstLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            if (Requested(context) is { } culture)
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }
            await next();
        });
        return app;
    }

    /// <summary>The culture asked for with ?culture=en|ja|ja-JP, or null.</summary>
    static string? Requested(HttpContext context) =>
        context.Request.Query.TryGetValue("culture", out var requested) && requested.Count == 1
            ? requested[0] switch { "en" => "en", "ja" or "ja-JP" => "ja-JP", _ => null }
            : null;
}
