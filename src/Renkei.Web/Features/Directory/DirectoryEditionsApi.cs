using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory.Manage;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>How many entries of an edition are in each state (shown to the secretariat only).</summary>
public sealed record EntryCounts(int Total, int Draft, int Submitted, int Returned, int Approved);

/// <summary>An edition as API v1 shows it. <c>publishedAt</c> is UTC; <c>counts</c> only for the secretariat.</summary>
public sealed record EditionResource(int FiscalYear, string Status, DateOnly Deadline, DateTime? PublishedAt, int ReminderDaysBefore,
    bool Imported, bool IsSample, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EntryCounts? Counts)
{
    public static EditionResource From(DirectoryEdition e, EntryCounts? counts) =>
        new(e.FiscalYear, e.StatusCode, e.Deadline, e.PublishedAt is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null,
            e.ReminderDaysBefore, e.Imported, e.IsSample, counts);
}

/// <summary>POST /api/v1/directory/editions. <c>reminderDaysBefore</c> defaults to 7.</summary>
public sealed record OpenEditionBody(int FiscalYear, DateOnly Deadline, int? ReminderDaysBefore);

/// <summary>Answer of POST /api/v1/directory/{fiscalYear}/reminders: how many associations were reminded.</summary>
public sealed record RemindersResource(int FiscalYear, int Reminded);

/// <summary>API v1 for editions: anyone lists them; the secretariat opens one, reminds, closes collection and publishes.</summary>
static class DirectoryEditionsApi
{
    public static void Map(WebApplication app)
    {
        // Anyone: which editions exist and where each stands.
        var read = app.MapGroup("/api/v1/directory/editions").WithTags("Directory").AllowAnonymous().AddEndpointFilter(RegistryApi.CallerCulture);
        read.MapGet("/", List).WithSummary("Directory editions, newest first (the secretariat also gets counts of entries by state)");
        read.MapGet("/{fiscalYear:int}", Get).WithSummary("One edition (ETag for If-Match on its steps)").ProducesProblem(StatusCodes.Status404NotFound);

        // Secretariat: run the cycle.
        var write = app.MapGroup("/api/v1/directory").WithTags("Directory").RequireAuthorization(Policies.Secretariat)
            .AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        write.MapPost("/editions", Open).WithSummary("Open an edition: an entry per current association, pre-filled, and an e-mail to its admins")
            .Accepts<OpenEditionBody>("application/json").ProducesValidationProblem();
        write.MapPost("/{fiscalYear:int}/reminders", Remind).WithSummary("E-mail the admins of every association that has not submitted")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        write.MapPost("/{fiscalYear:int}/close", Close).WithSummary("Close collection (If-Match optional)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        write.MapPost("/{fiscalYear:int}/publish", Publish).WithSummary("Publish when every entry is approved (If-Match optional)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    static async Task<Ok<List<EditionResource>>> List(ClaimsPrincipal caller, RenkeiDbContext db, CancellationToken ct)
    {
        var editions = await db.DirectoryEditions.AsNoTracking().OrderByDescending(e => e.FiscalYear).ToListAsync(ct);
        var counts = caller.IsSecretariat() ? await CountsAsync(db, null, ct) : null;
        return TypedResults.Ok(editions.Select(e => EditionResource.From(e, counts?.GetValueOrDefault(e.FiscalYear, new(0, 0, 0, 0, 0)))).ToList());
    }

    static async Task<Results<Ok<EditionResource>, ProblemHttpResult>> Get(int fiscalYear, ClaimsPrincipal caller, HttpContext http, RenkeiDbContext db,
        IStringLocalizer<ReviewText> text, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.DirectoryEditions.AsNoTracking().SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear, ct) is not { } edition)
            return ReviewApi.EditionNotFound(fiscalYear, text);
        var counts = caller.IsSecretariat() ? (await CountsAsync(db, fiscalYear, ct)).GetValueOrDefault(fiscalYear, new(0, 0, 0, 0, 0)) : null;
        RegistryApi.SetETag(http, edition.ConcurrencyStamp);
        return TypedResults.Ok(EditionResource.From(edition, counts));
    }

    static async Task<Results<Created<EditionResource>, ProblemHttpResult>> Open(HttpContext http, EditionLifecycle lifecycle, CurrentActor actor,
        IStringLocalizer<ReviewText> text, CancellationToken ct)
    {
        var (body, refusal) = await ReviewApi.ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        // Read as a form's fields are, so that "2025" and 2025 are the same year and a bad one gets the form's message.
        var year = ManagePages.Int(body.Text("fiscalYear"));
        if (year is null) body.Errors.Add("fiscalYear", text["年度を西暦4桁で入力してください（例：2025）。"]);
        var deadline = ManagePages.Date(body.String("deadline"));
        if (deadline is null) body.Errors.Add("deadline", text["締切日を 2025-06-30 の形式で入力してください。"]);
        var days = body.Has("reminderDaysBefore") ? ManagePages.Int(body.Text("reminderDaysBefore")) : 7;
        if (days is null) body.Errors.Add("reminderDaysBefore", text["日数を数字で入力してください。"]);
        if (body.Errors.Any) return ReviewApi.Invalid(body.Errors.ToDictionary(), text["入力内容に誤りがあります。"]);

        var (result, edition) = await lifecycle.OpenAsync(year!.Value, deadline!.Value, days!.Value, actor.Name, ct);
        if (!result.Succeeded) return ReviewApi.Refused(result, text);
        var counts = new EntryCounts(edition!.Entries.Count, edition.Entries.Count, 0, 0, 0);
        RegistryApi.SetETag(http, edition.ConcurrencyStamp);
        return TypedResults.Created($"/api/v1/directory/editions/{edition.FiscalYear}", EditionResource.From(edition, counts));
    }

    static async Task<Results<Ok<RemindersResource>, ProblemHttpResult>> Remind(int fiscalYear, RenkeiDbContext db, EditionLifecycle lifecycle,
        CurrentActor actor, IStringLocalizer<ReviewText> text, CancellationToken ct)
    {
        if (await db.DirectoryEditions.SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear, ct) is not { } edition)
            return ReviewApi.EditionNotFound(fiscalYear, text);
        if (edition.Status == EditionStatus.Published)
            return ReviewApi.Refused(new(CycleOutcome.NotAllowed, text["公開済みの版にはリマインダーを送れません。"]), text);
        return TypedResults.Ok(new RemindersResource(fiscalYear, await lifecycle.RemindAsync(edition, actor.Name, ct)));
    }

    static Task<Results<Ok<EditionResource>, ProblemHttpResult>> Close(int fiscalYear, HttpContext http, RenkeiDbContext db, EditionLifecycle lifecycle,
        IStringLocalizer<ReviewText> text, CancellationToken ct) =>
        StepAsync(fiscalYear, http, db, text, edition => lifecycle.CloseCollectionAsync(edition, edition.ConcurrencyStamp, ct), ct);

    static Task<Results<Ok<EditionResource>, ProblemHttpResult>> Publish(int fiscalYear, HttpContext http, RenkeiDbContext db, EditionLifecycle lifecycle,
        CurrentActor actor, IStringLocalizer<ReviewText> text, CancellationToken ct) =>
        StepAsync(fiscalYear, http, db, text, edition => lifecycle.PublishAsync(edition, edition.ConcurrencyStamp, actor.Name, ct), ct);

    /// <summary>Loads the edition, checks If-Match when sent, runs the step; 200 with the edition as it now is.</summary>
    static async Task<Results<Ok<EditionResource>, ProblemHttpResult>> StepAsync(int fiscalYear, HttpContext http, RenkeiDbContext db,
        IStringLocalizer<ReviewText> text, Func<DirectoryEdition, Task<CycleResult>> step, CancellationToken ct)
    {
        if (await db.DirectoryEditions.SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear, ct) is not { } edition)
            return ReviewApi.EditionNotFound(fiscalYear, text);
        if (ReviewApi.Stale(http.Request, edition.ConcurrencyStamp, text) is { } stale) return stale;
        var result = await step(edition);
        if (!result.Succeeded) return ReviewApi.Refused(result, text);
        var counts = (await CountsAsync(db, fiscalYear, ct)).GetValueOrDefault(fiscalYear, new(0, 0, 0, 0, 0));
        RegistryApi.SetETag(http, edition.ConcurrencyStamp);
        return TypedResults.Ok(EditionResource.From(edition, counts));
    }

    static async Task<Dictionary<int, EntryCounts>> CountsAsync(RenkeiDbContext db, int? fiscalYear, CancellationToken ct)
    {
        var rows = await db.DirectoryEntries.AsNoTracking()
            .Where(e => fiscalYear == null || e.FiscalYear == fiscalYear)
            .GroupBy(e => new { e.FiscalYear, e.Status })
            .Select(g => new { g.Key.FiscalYear, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.FiscalYear).ToDictionary(g => g.Key, g =>
        {
            int Of(EntryStatus s) => g.Where(r => r.Status == s).Sum(r => r.Count);
            return new EntryCounts(g.Sum(r => r.Count), Of(EntryStatus.Draft), Of(EntryStatus.Submitted), Of(EntryStatus.Returned), Of(EntryStatus.Approved));
        });
    }
}
