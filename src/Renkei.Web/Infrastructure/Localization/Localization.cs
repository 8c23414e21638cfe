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
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
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
            if (context.Request.Query.TryGetValue("culture", out var requested) && requested.Count == 1)
            {
                var culture = requested[0] == "en" ? "en" : requested[0] is "ja" or "ja-JP" ? "ja-JP" : null;
                if (culture is not null)
                    context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }
            await next();
        });
        return app;
    }
}
