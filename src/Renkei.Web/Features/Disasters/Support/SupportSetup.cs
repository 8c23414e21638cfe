namespace Renkei.Web.Features.Disasters.Support;

/// <summary>The support part: requests, offers and their decisions, escalation (by hand and automatic), and the e-mails.</summary>
public static class SupportSetup
{
    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<SupportRules>();
        services.AddScoped<SupportMail>();
        services.AddScoped<RequestPosting>();
        services.AddScoped<Offering>();
        services.AddScoped<Escalation>();
        services.AddScoped<RequestWithdrawal>();
        services.AddScoped<EscalationSweep>();
        // Every minute, requests past their escalation time go to every block; Disasters:EscalationWorker=false turns
        // the loop off (tests sweep on a fake clock themselves).
        if (builder.Configuration.GetValue("Disasters:EscalationWorker", true)) services.AddHostedService<EscalationWorker>();
    }

    public static void Map(WebApplication app)
    {
        SupportApi.Map(app);
        OffersApi.Map(app);
    }
}
