using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Audit;

/// <summary>
/// Secretariat: the outbox's state (mail waiting, mail given up on) and sending failed mail again once
/// the SMTP problem is fixed. Bodies are not shown: they can carry sign-in links.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public class MailModel(RenkeiDbContext db, TimeProvider clock, OutboxSignal signal, IStringLocalizer<MailModel> l) : PageModel
{
    const int Shown = 100;

    public int QueuedCount { get; private set; }
    public int FailedCount { get; private set; }
    public int SentLastDay { get; private set; }
    public List<OutboxMessage> Queued { get; private set; } = [];
    public List<OutboxMessage> Failed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var dayAgo = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var waiting = db.Outbox.AsNoTracking().Where(m => m.SentAt == null && m.FailedAt == null);
        var failed = db.Outbox.AsNoTracking().Where(m => m.SentAt == null && m.FailedAt != null);
        QueuedCount = await waiting.CountAsync(ct);
        FailedCount = await failed.CountAsync(ct);
        SentLastDay = await db.Outbox.CountAsync(m => m.SentAt >= dayAgo, ct);
        Queued = await waiting.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(Shown).ToListAsync(ct);
        Failed = await failed.OrderByDescending(m => m.FailedAt).ThenByDescending(m => m.Id).Take(Shown).ToListAsync(ct);
    }

    /// <summary>Sends one failed message again, with a fresh set of attempts.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        var count = await RetryAsync(db.Outbox.Where(m => m.Id == id), ct);
        TempData["Flash"] = count == 0 ? l["そのメールは再送の対象ではありません。"].Value : l["メールを再送の待ち行列に戻しました。"].Value;
        return RedirectToPage();
    }

    /// <summary>Sends every failed message again.</summary>
    public async Task<IActionResult> OnPostRetryAllAsync(CancellationToken ct)
    {
        var count = await RetryAsync(db.Outbox, ct);
        TempData["Flash"] = l["{0}件のメールを再送の待ち行列に戻しました。", count].Value;
        return RedirectToPage();
    }

    async Task<int> RetryAsync(IQueryable<OutboxMessage> messages, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var count = await messages.Where(m => m.SentAt == null && m.FailedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedAt, (DateTime?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now), ct);
        if (count > 0) signal.Wake();
        return count;
    }
}
