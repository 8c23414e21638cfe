using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Registry.Blocks;

/// <summary>Secretariat: rename a block and set its chair and vice-chair association for a fiscal year.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class EditModel(RenkeiDbContext db, BlockChanges changes, FieldText text, TimeProvider clock) : PageModel
{
    public sealed class NamesInput
    {
        public string? NameJa { get; set; }
        public string? NameEn { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    public sealed class RolesInput
    {
        public string? FiscalYear { get; set; }
        public string? Chair { get; set; }
        public string? ViceChair { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    [BindProperty] public NamesInput Names { get; set; } = new();
    [BindProperty] public RolesInput Roles { get; set; } = new();
    public Block Block { get; private set; } = null!;
    public List<Association> Members { get; private set; } = [];
    /// <summary>Every recorded year's roles, newest first, with the associations' names.</summary>
    public List<(int Year, Association? Chair, Association? ViceChair)> History { get; private set; } = [];
    public List<int> Years { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int? year, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        FillNames();
        FillRoles(year);
        return Page();
    }

    public async Task<IActionResult> OnPostNamesAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        FillRoles(null);
        var result = await changes.RenameAsync(Block, Names.NameJa, Names.NameEn, RegistryPages.ParseStamp(Names.ConcurrencyStamp), ct);
        return await AnswerAsync(result, "Names", id, null, text.T["ブロック名を保存しました。"], ct);
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        FillNames();
        var year = int.TryParse(InputText.Compact(Roles.FiscalYear), out var y) ? y : 0; // 0 is out of range: the rules say so
        var result = await changes.SetRolesAsync(Block, year, Roles.Chair, Roles.ViceChair, RegistryPages.ParseStamp(Roles.ConcurrencyStamp), ct);
        return await AnswerAsync(result, "Roles", id, year, text.T["{0}の幹事協会を保存しました。", FiscalYear.Label(year, Localization.IsEnglish)], ct);
    }

    async Task<IActionResult> AnswerAsync(ChangeResult result, string prefix, string id, int? year, string done, CancellationToken ct)
    {
        switch (result.Status)
        {
            case ChangeStatus.Saved:
                TempData["Flash"] = done;
                return RedirectToPage("/Registry/Blocks/Edit", new { id = Block.Id, year });
            case ChangeStatus.Unchanged:
                TempData["Flash"] = text.T["変更はありませんでした。"].Value;
                return RedirectToPage("/Registry/Blocks/Edit", new { id = Block.Id, year });
            case ChangeStatus.Conflict:
                // Show what is stored now (names above the form, roles in the table) and take the new stamp.
                Conflict = true;
                await LoadAsync(id, ct);
                ModelState.Remove("Names.ConcurrencyStamp");
                ModelState.Remove("Roles.ConcurrencyStamp");
                Names.ConcurrencyStamp = Roles.ConcurrencyStamp = Block.ConcurrencyStamp.ToString();
                return Page();
            default:
                ModelState.AddTo(result.Errors, prefix);
                return Page();
        }
    }

    void FillNames() => Names = new NamesInput { NameJa = Block.NameJa, NameEn = Block.NameEn, ConcurrencyStamp = Block.ConcurrencyStamp.ToString() };

    /// <summary>The roles form for <paramref name="year"/> (this fiscal year when none or out of range), filled with who holds the roles.</summary>
    void FillRoles(int? year)
    {
        var fiscalYear = year is int y && Years.Contains(y) ? y : FiscalYear.Current(clock);
        var held = History.FirstOrDefault(h => h.Year == fiscalYear);
        Roles = new RolesInput { FiscalYear = fiscalYear.ToString(), Chair = held.Chair?.Code, ViceChair = held.ViceChair?.Code, ConcurrencyStamp = Block.ConcurrencyStamp.ToString() };
    }

    async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var normalized = InputText.Compact(id)?.ToLowerInvariant();
        if (normalized is null || await db.Blocks.FirstOrDefaultAsync(b => b.Id == normalized, ct) is not { } block) return false;
        Block = block;
        Members = await changes.CurrentMembersAsync(block.Id, ct);
        var associations = await db.Associations.AsNoTracking().ToDictionaryAsync(a => a.Code, ct);
        var roles = await db.BlockRoles.AsNoTracking().Where(r => r.BlockId == block.Id).ToListAsync(ct);
        Association? Holder(int y, BlockRoleKind role) => roles.FirstOrDefault(r => r.FiscalYear == y && r.Role == role) is { } r ? associations[r.AssociationCode] : null;
        History = roles.Select(r => r.FiscalYear).Distinct().OrderDescending()
            .Select(y => (y, Holder(y, BlockRoleKind.Chair), Holder(y, BlockRoleKind.ViceChair))).ToList();
        Years = Enumerable.Range(BlockChanges.FirstFiscalYear, changes.LastFiscalYear - BlockChanges.FirstFiscalYear + 1).Reverse().ToList();
        return true;
    }
}
