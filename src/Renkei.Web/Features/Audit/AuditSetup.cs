namespace Renkei.Web.Features.Audit;

public static class AuditSetup
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapAudit(this WebApplication app) => app;
}
