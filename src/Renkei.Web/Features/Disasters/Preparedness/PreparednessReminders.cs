using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>
/// One pass of the preparedness reminder: every current member whose preparedness needs confirming (never confirmed,
/// or 12 months or more ago; an association without a row too) is reminded, its admins each in their own language,
/// with a link to /preparedness: once, then again at most every <see cref="RepeatDays"/> days until someone confirms.
/// The claim (ReminderSentAt, a row made for it if need be) is saved with the mails in one transaction guarded by the
/// row's stamp or key, so of two app instances only one sends, and a failed save leaves it for the next pass. An
/// association with no admin to write to is left unclaimed: its first admin gets the reminder.
/// </summary>
public class PreparednessReminders(RenkeiDbContext db, Mailer mailer, PublicBaseUrl baseUrl, IStringLocalizer<ReadinessText> t,
    TimeProvider clock, ILogger<PreparednessReminders> log)
{
    public const string Actor = "system";
    public const int RepeatDays = 30;

    public static bool IsDue(Preparedness? row, DateTime now) =>
        row is null || (row.NeedsConfirmation(now) && (row.ReminderSentAt is not { } sent || sent.AddDays(RepeatDays) <= now));

    /// <summary>Sends what is due; returns the codes of the associations reminded in this pass.</summary>
    public async Task<List<string>> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var members = await EmergencyContacts.MembersAsync(db, null, ct);
        var rows = await db.Preparedness.AsNoTracking().Where(p => members.Contains(p.AssociationCode)).ToDictionaryAsync(p => p.AssociationCode, ct);
        var due = members.Distinct().Where(code => IsDue(rows.GetValueOrDefault(code), now)).Order(StringComparer.Ordinal).ToList();
        var admins = await AssociationAdmins.OfAsync(db, due, ct);
        var sent = new List<string>();
        foreach (var code in due.Where(c => admins[c].Any()))
        {
            db.ChangeTracker.Clear();
            var row = await db.Preparedness.SingleOrDefaultAsync(p => p.AssociationCode == code, ct);
            if (row is not null && !IsDue(row, now)) continue;
            if (row is null) db.Preparedness.Add(row = new Preparedness { AssociationCode = code });
            var lastConfirmed = row.ConfirmedAt;
            row.ReminderSentAt = now;
            row.ConcurrencyStamp = Guid.NewGuid();
            foreach (var admin in admins[code]) Enqueue(admin, lastConfirmed);
            try
            {
                await db.SaveChangesAsync(ct);
                sent.Add(code);
            }
            catch (DbUpdateException)
            {
                // Another instance (or an admin confirming) got there first: nothing of this one was saved.
                db.ChangeTracker.Clear();
            }
        }
        if (sent.Count > 0) log.LogInformation("Preparedness reminders sent to {Count} associations: {Codes}", sent.Count, string.Join(", ", sent));
        return sent;
    }

    void Enqueue(RenkeiUser admin, DateTime? lastConfirmed)
    {
        using var _ = new CultureScope(admin.PreferredCulture);
        var english = admin.PreferredCulture == "en";
        var body = new StringBuilder()
            .AppendLine(t["{0} 様", admin.DisplayName is { Length: > 0 } n ? n : admin.Email!]).AppendLine()
            .AppendLine(lastConfirmed is { } at
                ? t["貴協会の緊急連絡先と支援体制（平常時の備え）は、{0}に確認されたのが最後です。", JapanDate.Format(JapanTime.Date(at), english)]
                : t["貴協会の緊急連絡先と支援体制（平常時の備え）は、まだ確認されていません。"])
            .AppendLine(t["災害時に確実に連絡が届くよう、12か月ごとの確認をお願いしています。"])
            .AppendLine(t["内容に変わりがなければ「確認」ボタンを、変わっていれば編集して保存してください。"]).AppendLine()
            .AppendLine($"{baseUrl.Value}/preparedness").AppendLine()
            .AppendLine(t["確認されるまで、30日ごとにお知らせします。"]).AppendLine()
            .AppendLine(t["地域国際化協会連絡協議会 事務局"]);
        mailer.Enqueue(admin.Email!, t["【連携】緊急連絡先・支援体制の確認のお願い"], body.ToString());
    }
}

/// <summary>Runs <see cref="PreparednessReminders"/> at start and then once a day (an hour after a failed pass).</summary>
sealed class PreparednessReminderWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PreparednessReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = TimeSpan.FromDays(1);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(PreparednessReminders.Actor);
                await scope.ServiceProvider.GetRequiredService<PreparednessReminders>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable: nothing was claimed, so a later pass sends it.
                log.LogError(e, "Preparedness reminders failed; retrying in an hour");
                next = TimeSpan.FromHours(1);
            }
            try { await Task.Delay(next, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
