using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory.Manage;

/// <summary>Secretariat: every edition of the directory with its progress, and the form that opens a new one.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(RenkeiDbContext db, EditionLifecycle lifecycle, DirectoryRecipients recipients, CurrentActor actor,
    IStringLocalizer<ReviewText> text, TimeProvider clock) : PageModel
{
    public sealed class OpenInput
    {
        public string? FiscalYear { get; set; }
        public string? Deadline { get; set; }
        public string? ReminderDaysBefore { get; set; }
    }

    public sealed record EditionSummary(DirectoryEdition Edition, int Entries, int Sent, int Approved);

    [BindProperty] public OpenInput Input { get; set; } = new();
    public List<EditionSummary> Editions { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var current = FiscalYear.Of(Today);
        int? open = Editions.Any(e => e.Edition.FiscalYear == current) ? (Editions.Any(e => e.Edition.FiscalYear == current + 1) ? null : current + 1) : current;
        Input = new OpenInput { FiscalYear = open?.ToString(), Deadline = ManagePages.Iso(Today.AddMonths(1)), ReminderDaysBefore = "7" };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var year = ManagePages.Int(Input.FiscalYear);
        var deadline = ManagePages.Date(Input.Deadline);
        var days = string.IsNullOrWhiteSpace(Input.ReminderDaysBefore) ? 7 : ManagePages.Int(Input.ReminderDaysBefore);
        if (year is null) ModelState.AddModelError("Input.FiscalYear", text["年度を西暦4桁で入力してください（例：2025）。"]);
        if (deadline is null) ModelState.AddModelError("Input.Deadline", text["締切日を 2025-06-30 の形式で入力してください。"]);
        if (days is null) ModelState.AddModelError("Input.ReminderDaysBefore", text["日数を数字で入力してください。"]);
        if (ModelState.ErrorCount > 0)
        {
            await LoadAsync(ct);
            return Page();
        }

        var (result, edition) = await lifecycle.OpenAsync(year!.Value, deadline!.Value, days!.Value, actor.Name, ct);
        if (!result.Succeeded)
        {
            ModelState.AddTo(result, "Input", nameof(OpenInput.FiscalYear), nameof(OpenInput.Deadline), nameof(OpenInput.ReminderDaysBefore));
            await LoadAsync(ct);
            return Page();
        }
        var codes = edition!.Entries.Select(e => e.AssociationCode).ToList();
        var admins = (await recipients.AdminsOfAsync(codes, ct)).Sum(g => g.Count());
        TempData["Flash"] = text["{0}を開きました。{1}協会のエントリーを作成し、管理者{2}人にメールを送りました。",
            FiscalYear.Label(edition.FiscalYear, Localization.IsEnglish), codes.Count, admins].Value;
        return RedirectToPage("/Directory/Manage/Edition", new { fiscalYear = edition.FiscalYear });
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Today = JapanDate.Today(clock);
        var editions = await db.DirectoryEditions.AsNoTracking().OrderByDescending(e => e.FiscalYear).ToListAsync(ct);
        var counts = await db.DirectoryEntries.AsNoTracking()
            .GroupBy(e => new { e.FiscalYear, e.Status })
            .Select(g => new { g.Key.FiscalYear, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        int Of(int year, params EntryStatus[] statuses) => counts.Where(c => c.FiscalYear == year && statuses.Contains(c.Status)).Sum(c => c.Count);
        Editions = editions.Select(e => new EditionSummary(e,
            Of(e.FiscalYear, Enum.GetValues<EntryStatus>()),
            Of(e.FiscalYear, EntryStatus.Submitted, EntryStatus.Approved),
            Of(e.FiscalYear, EntryStatus.Approved))).ToList();
    }
}
