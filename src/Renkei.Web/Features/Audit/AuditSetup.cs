namespace Renkei.Web.Features.Audit;

/// <summary>
/// Every SaveChanges is recorded by <see cref="AuditRecorder"/> (wired into RenkeiDbContext); the
/// secretariat reads the log at /audit and GET /api/v1/audit.
/// </summary>
public static class AuditSetup
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapAudit(this WebApplication app)
    {
        app.MapAuditApi();
        return app;
    }
}
