namespace Renkei.Web.Features.Disasters;

public static class DisastersSetup
{
    public static WebApplicationBuilder AddDisasters(this WebApplicationBuilder builder)
    {
        // The rule every part shares: moving an offer on (decisions, dispatch, completion), append-only.
        builder.Services.AddScoped<OfferSteps>();
        // What every disaster e-mail has around its own lines (greeting, drill line, sign-off, subject).
        builder.Services.AddScoped<DisasterMailFrame>();
        Readiness.ReadinessSetup.Add(builder);
        Support.SupportSetup.Add(builder);
        Reports.ReportsSetup.AddServices(builder.Services);
        Board.BoardSetup.Add(builder.Services);
        return builder;
    }

    public static WebApplication MapDisasters(this WebApplication app)
    {
        Readiness.ReadinessSetup.Map(app);
        Support.SupportSetup.Map(app);
        Reports.ReportsSetup.Map(app);
        Board.BoardSetup.Map(app);
        return app;
    }
}
