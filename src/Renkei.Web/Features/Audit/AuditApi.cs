using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Audit;

/// <summary>Secretariat: the audit log for programs, with the same filters as the /audit page.</summary>
public static class AuditApi
{
    public const int MaxPageSize = 200;

    public sealed record AuditItem(long Id, DateTime At, string Actor, string? UserId, string Action, string EntityType,
        string EntityKey, string? AssociationCode, IReadOnlyList<AuditChange> Changes);

    public sealed record AuditPage(IReadOnlyList<AuditItem> Items, int Total, int Page, int PageSize);

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Policies.Secretariat);
        audit.MapGet("/", SearchAsync)
            .WithName("SearchAudit")
            .WithSummary("Audit log entries, newest first")
            .WithDescription("Filters: entity (type), association (6-digit code), actor (e-mail contains), from/to (days in Japan time, yyyy-MM-dd, inclusive); paging with page and pageSize (at most 200). Times are UTC.");
        return app;
    }

    static async Task<Results<Ok<AuditPage>, ValidationProblem>> SearchAsync(
        [AsParameters] AuditFilter filter, RenkeiDbContext db, IStringLocalizer<AuditFilter> l, CancellationToken ct)
    {
        var (query, errors) = filter.Validate(l, defaultPageSize: 50, MaxPageSize);
        if (query is null) return TypedResults.ValidationProblem(errors);
        var (entries, total) = await query.RunAsync(db, ct);
        var items = entries.Select(e => new AuditItem(e.Id, JapanTime.AsUtc(e.At), e.Actor, e.UserId, e.Action, e.EntityType,
            e.EntityKey, e.AssociationCode, AuditChange.Of(e))).ToList();
        return TypedResults.Ok(new AuditPage(items, total, query.Page, query.PageSize));
    }
}
