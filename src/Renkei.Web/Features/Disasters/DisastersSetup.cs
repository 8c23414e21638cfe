namespace Renkei.Web.Features.Disasters;

public static class DisastersSetup
{
    public static WebApplicationBuilder AddDisasters(this WebApplicationBuilder builder)
    {
        // The rule every part shares: moving an offer on (decisions, dispatch, completion), append-only.
        builder.Services.AddScoped<OfferSteps>();
        Board.BoardSetup.Add(builder.Services);
        return builder;
    }

    public static WebApplication MapDisasters(this WebApplication app)
    {
        Board.BoardSetup.Map(app);
        return app;
    }
}
