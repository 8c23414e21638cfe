using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Registry;

/// <summary>
/// Secretariat: rename a block and set its chair (幹事協会) and vice-chair (副幹事協会) for a fiscal year.
/// Used by the block pages and by PUT /api/v1/blocks/{id} and PUT /api/v1/blocks/{id}/roles/{fiscalYear}.
/// Both kinds of change renew the block's ConcurrencyStamp, so two people editing one block notice each other.
/// </summary>
public sealed class BlockChanges(RenkeiDbContext db, TimeProvider clock, FieldText text)
{
    public const int NameMax = 100;
    /// <summary>Roles are recorded from 2000 (older ones are not kept) up to next fiscal year (set ahead of April).</summary>
    public const int FirstFiscalYear = 2000;

    public int LastFiscalYear => FiscalYear.Current(clock) + 1;

    public async Task<ChangeResult> RenameAsync(Block block, string? nameJa, string? nameEn, Guid? expectedStamp, CancellationToken ct = default)
    {
        if (expectedStamp is Guid seen && seen != block.ConcurrencyStamp) return ChangeResult.Conflict();
        var errors = new RuleErrors();
        var ja = text.RequiredText(errors, "nameJa", nameJa, NameMax);
        var en = text.RequiredText(errors, "nameEn", nameEn, NameMax, label: "blockNameEn");
        if (errors.Any) return ChangeResult.Invalid(errors);
        if (ja == block.NameJa && en == block.NameEn) return ChangeResult.Unchanged();
        block.NameJa = ja!;
        block.NameEn = en!;
        block.ConcurrencyStamp = Guid.NewGuid();
        return await AssociationEdit.SaveAsync(db, ct);
    }

    /// <summary>The associations that may hold a role: today's members of the block.</summary>
    public async Task<List<Association>> CurrentMembersAsync(string blockId, CancellationToken ct = default)
    {
        var today = clock.Today();
        var all = await db.Associations.ToListAsync(ct);
        return all.Where(a => a.IsCurrentMember(today) && a.Current.BlockId == blockId).OrderBy(a => a.Code).ToList();
    }

    /// <summary>Sets both roles of one fiscal year; an empty code leaves that role unfilled.</summary>
    public async Task<ChangeResult> SetRolesAsync(Block block, int fiscalYear, string? chair, string? viceChair, Guid? expectedStamp, CancellationToken ct = default)
    {
        if (expectedStamp is Guid seen && seen != block.ConcurrencyStamp) return ChangeResult.Conflict();
        var errors = new RuleErrors();
        if (fiscalYear < FirstFiscalYear || fiscalYear > LastFiscalYear)
            errors.Add("fiscalYear", text.T["年度は{0}から{1}の間で指定してください。", FirstFiscalYear, LastFiscalYear]);

        var members = (await CurrentMembersAsync(block.Id, ct)).Select(a => a.Code).ToHashSet();
        var chairCode = Member(errors, "chair", chair, members);
        var viceCode = Member(errors, "viceChair", viceChair, members);
        if (chairCode is not null && chairCode == viceCode)
            errors.Add("viceChair", text.T["幹事協会と副幹事協会は別の協会にしてください。"]);
        if (errors.Any) return ChangeResult.Invalid(errors);

        var existing = await db.BlockRoles.Where(r => r.BlockId == block.Id && r.FiscalYear == fiscalYear).ToListAsync(ct);
        var changed = Put(block, fiscalYear, BlockRoleKind.Chair, chairCode, existing) | Put(block, fiscalYear, BlockRoleKind.ViceChair, viceCode, existing);
        if (!changed) return ChangeResult.Unchanged();
        block.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
            return ChangeResult.Saved();
        }
        catch (DbUpdateException)
        {
            // A stale stamp, or someone set the same year's role at the same moment (unique index).
            db.ChangeTracker.Clear();
            return ChangeResult.Conflict();
        }
    }

    string? Member(RuleErrors errors, string field, string? raw, HashSet<string> members)
    {
        if (InputText.Compact(raw) is null) return null;
        var code = LocalGovernmentCode.Normalize(raw);
        if (code is not null && members.Contains(code)) return code;
        errors.Add(field, text.T["{0}は、このブロックの現在の会員協会から選んでください。", text.Label(field)]);
        return null;
    }

    /// <summary>
    /// Makes the role's row say <paramref name="code"/>. A role left empty removes that year's row; the
    /// audit log keeps who held it, so no history is lost.
    /// </summary>
    bool Put(Block block, int fiscalYear, BlockRoleKind role, string? code, List<BlockRole> existing)
    {
        var row = existing.FirstOrDefault(r => r.Role == role);
        if (row?.AssociationCode == code) return false;
        if (code is null) db.BlockRoles.Remove(row!);
        else if (row is null) db.BlockRoles.Add(new BlockRole { BlockId = block.Id, FiscalYear = fiscalYear, Role = role, AssociationCode = code });
        else row.AssociationCode = code;
        return true;
    }
}
