namespace Renkei.Web.Features.Disasters;

public static class DisastersSetup
{
    public static WebApplicationBuilder AddDisasters(this WebApplicationBuilder builder)
    {
        // The rule every part shares: moving an offer on (decisions, dispatch, completion), append-only.
        builder.Services.AddScoped<OfferSteps>();
        Reports.ReportsSetup.AddServices(builder.Services);
        return builder;
    }

    public static WebApplication MapDisasters(this WebApplication app)
    {
        Reports.ReportsSetup.Map(app);
        return app;
    }
}
