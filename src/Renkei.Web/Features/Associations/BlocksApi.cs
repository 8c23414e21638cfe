using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Associations;

/// <summary>API v1 for blocks: anyone reads them with their members and roles; the secretariat renames them and sets roles.</summary>
static class BlocksApi
{
    public static void Map(WebApplication app)
    {
        MapReads(app);
        MapWrites(app);
    }

    /// <summary>Anyone: the six blocks, their current members and this fiscal year's chair and vice-chair.</summary>
    static void MapReads(WebApplication app)
    {
        var read = app.MapGroup("/api/v1/blocks").WithTags("Blocks").AllowAnonymous().AddEndpointFilter(RegistryApi.CallerCulture);
        read.MapGet("/", List).WithSummary("The blocks, north to south, with member codes and this fiscal year's roles");
        read.MapGet("/{id}", Get).WithSummary("One block with the roles of every recorded fiscal year (ETag for If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Secretariat: rename a block; set its chair and vice-chair for a fiscal year.</summary>
    static void MapWrites(WebApplication app)
    {
        var write = app.MapGroup("/api/v1/blocks").WithTags("Blocks").RequireAuthorization(Policies.Secretariat)
            .AddEndpointFilter(RegistryApi.CallerCulture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        write.MapPut("/{id}", Rename).WithSummary("Rename a block (secretariat; If-Match required)")
            .Accepts<BlockNamesBody>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        write.MapPut("/{id}/roles/{fiscalYear}", SetRoles).WithSummary("Set a fiscal year's chair and vice-chair (secretariat)")
            .WithDescription("Both must be current members of the block and differ; null leaves a role unfilled. If-Match is optional.")
            .Accepts<BlockRolesBody>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    static async Task<Ok<List<BlockResource>>> List(RenkeiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var year = FiscalYear.Current(clock);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        var members = await MembersAsync(db, clock, ct);
        var roles = await db.BlockRoles.AsNoTracking().Where(r => r.FiscalYear == year).ToListAsync(ct);
        return TypedResults.Ok(blocks.Select(b => new BlockResource(b.Id, b.NameJa, b.NameEn, members[b.Id], Roles(b.Id, year, roles))).ToList());
    }

    static async Task<Results<Ok<BlockDetailResource>, ProblemHttpResult>> Get(string id, HttpContext http, RenkeiDbContext db, TimeProvider clock, FieldText text, CancellationToken ct)
    {
        if (await FindAsync(db, id, track: false, ct) is not { } block) return RegistryApi.BlockNotFound(text, id);
        RegistryApi.SetETag(http, block.ConcurrencyStamp);
        return TypedResults.Ok(await DetailAsync(db, clock, block, ct));
    }

    static async Task<Results<Ok<BlockDetailResource>, ProblemHttpResult>> Rename(string id, HttpContext http, RenkeiDbContext db, TimeProvider clock,
        BlockChanges changes, FieldText text, CancellationToken ct)
    {
        if (await FindAsync(db, id, track: true, ct) is not { } block) return RegistryApi.BlockNotFound(text, id);
        var precondition = RegistryApi.IfMatch(http.Request, block.ConcurrencyStamp);
        if (precondition == RegistryApi.Precondition.Missing) return RegistryApi.IfMatchMissing(text);
        if (precondition == RegistryApi.Precondition.Stale) return RegistryApi.Stale(text);
        var (body, refusal) = await RegistryApi.ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        var (nameJa, nameEn) = (body.String("nameJa"), body.String("nameEn"));
        if (body.Errors.Any) return RegistryApi.Invalid(text, body.Errors);
        var result = await changes.RenameAsync(block, nameJa, nameEn, block.ConcurrencyStamp, ct);
        return await AnswerAsync(result, id, http, db, clock, text, ct);
    }

    static async Task<Results<Ok<BlockDetailResource>, ProblemHttpResult>> SetRoles(string id, string fiscalYear, HttpContext http, RenkeiDbContext db,
        TimeProvider clock, BlockChanges changes, FieldText text, CancellationToken ct)
    {
        if (await FindAsync(db, id, track: true, ct) is not { } block) return RegistryApi.BlockNotFound(text, id);
        if (RegistryApi.IfMatch(http.Request, block.ConcurrencyStamp) == RegistryApi.Precondition.Stale) return RegistryApi.Stale(text);
        var (body, refusal) = await RegistryApi.ReadAsync(http.Request, text, ct);
        if (body is null) return refusal!;
        var (chair, viceChair) = (body.String("chair"), body.String("viceChair"));
        if (body.Errors.Any) return RegistryApi.Invalid(text, body.Errors);
        if (!int.TryParse(InputText.Compact(fiscalYear), out var year)) year = 0; // out of range: the rules give the message
        var result = await changes.SetRolesAsync(block, year, chair, viceChair, block.ConcurrencyStamp, ct);
        return await AnswerAsync(result, id, http, db, clock, text, ct);
    }

    static async Task<Results<Ok<BlockDetailResource>, ProblemHttpResult>> AnswerAsync(ChangeResult result, string id, HttpContext http, RenkeiDbContext db,
        TimeProvider clock, FieldText text, CancellationToken ct)
    {
        if (result.Status == ChangeStatus.Invalid) return RegistryApi.Invalid(text, result.Errors);
        if (result.Status == ChangeStatus.Conflict) return RegistryApi.Stale(text);
        db.ChangeTracker.Clear();
        var block = (await FindAsync(db, id, track: false, ct))!;
        RegistryApi.SetETag(http, block.ConcurrencyStamp);
        return TypedResults.Ok(await DetailAsync(db, clock, block, ct));
    }

    static async Task<Block?> FindAsync(RenkeiDbContext db, string id, bool track, CancellationToken ct)
    {
        var normalized = InputText.Compact(id)?.ToLowerInvariant();
        if (normalized is null) return null;
        var query = track ? db.Blocks : db.Blocks.AsNoTracking();
        return await query.FirstOrDefaultAsync(b => b.Id == normalized, ct);
    }

    static async Task<BlockDetailResource> DetailAsync(RenkeiDbContext db, TimeProvider clock, Block block, CancellationToken ct)
    {
        var year = FiscalYear.Current(clock);
        var members = await MembersAsync(db, clock, ct);
        var roles = await db.BlockRoles.AsNoTracking().Where(r => r.BlockId == block.Id).ToListAsync(ct);
        var history = roles.Select(r => r.FiscalYear).Distinct().OrderDescending().Select(y => Roles(block.Id, y, roles)).ToList();
        return new BlockDetailResource(block.Id, block.NameJa, block.NameEn, members[block.Id], Roles(block.Id, year, roles), history);
    }

    /// <summary>Today's member codes of every block, in code order (a block without members has an empty list).</summary>
    static async Task<Dictionary<string, List<string>>> MembersAsync(RenkeiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        var blockIds = await db.Blocks.AsNoTracking().Select(b => b.Id).ToListAsync(ct);
        var current = (await db.Associations.AsNoTracking().ToListAsync(ct)).Where(a => a.IsCurrentMember(today)).ToList();
        return blockIds.ToDictionary(id => id, id => current.Where(a => a.Current.BlockId == id).Select(a => a.Code).Order(StringComparer.Ordinal).ToList());
    }

    static BlockRolesResource Roles(string blockId, int year, List<BlockRole> roles) => new(year, FiscalYear.Label(year, Localization.IsEnglish),
        roles.FirstOrDefault(r => r.BlockId == blockId && r.FiscalYear == year && r.Role == BlockRoleKind.Chair)?.AssociationCode,
        roles.FirstOrDefault(r => r.BlockId == blockId && r.FiscalYear == year && r.Role == BlockRoleKind.ViceChair)?.AssociationCode);
}
