using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Audit;

/// <summary>
/// The audit log's filters as typed in (page query string or API), all text so that bad input becomes a
/// message rather than a binding error. Dates are days in Japan; the log stores UTC.
/// </summary>
public sealed class AuditFilter
{
    public string? Entity { get; set; }
    public string? Association { get; set; }
    public string? Actor { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Page { get; set; }
    public string? PageSize { get; set; }

    static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];

    /// <summary>Checks and normalises (NFKC, trimmed) the input; returns the query or the messages per field.</summary>
    public (AuditQuery? Query, Dictionary<string, string[]> Errors) Validate(IStringLocalizer<AuditFilter> l, int defaultPageSize, int maxPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var entity = Clean(Entity);
        if (entity is { Length: > 100 }) Fail("entity", l["対象の種類は100文字以内で入力してください。"]);
        var association = Clean(Association);
        if (association is not null && (association.Length != 6 || !association.All(char.IsAsciiDigit)))
            Fail("association", l["協会コードは6桁の数字で入力してください（例：230006）。"]);
        var actor = Clean(Actor);
        if (actor is { Length: > 256 }) Fail("actor", l["操作者は256文字以内で入力してください。"]);
        var from = ParseDate(From, "from", l, Fail);
        var to = ParseDate(To, "to", l, Fail);
        if (from is not null && to is not null && from > to) Fail("to", l["終了日は開始日以降の日付にしてください。"]);
        var page = ParseInt(Page, 1, int.MaxValue / 1000, "page", l["ページ番号は1以上の整数で入力してください。"], Fail);
        var pageSize = ParseInt(PageSize, defaultPageSize, maxPageSize, "pageSize", l["1ページの件数は1から{0}の整数で入力してください。", maxPageSize], Fail);

        if (errors.Count > 0) return (null, errors);
        return (new AuditQuery(entity, association, actor, from, to, page!.Value, pageSize!.Value), errors);
    }

    static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Normalize(NormalizationForm.FormKC).Trim();

    static DateOnly? ParseDate(string? value, string field, IStringLocalizer l, Action<string, string> fail)
    {
        var text = Clean(value);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        fail(field, l["日付は2024-04-01の形式で入力してください。"]);
        return null;
    }

    static int? ParseInt(string? value, int fallback, int max, string field, string message, Action<string, string> fail)
    {
        var text = Clean(value);
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max) return n;
        fail(field, message);
        return null;
    }
}

/// <summary>A checked audit search: filters, and which page of how many entries.</summary>
public sealed record AuditQuery(string? Entity, string? Association, string? Actor, DateOnly? From, DateOnly? To, int Page, int PageSize)
{
    public async Task<(List<AuditEntry> Items, int Total)> RunAsync(RenkeiDbContext db, CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (Entity is not null) entries = entries.Where(e => e.EntityType == Entity);
        if (Association is not null) entries = entries.Where(e => e.AssociationCode == Association);
        if (Actor is not null)
        {
            var actor = Actor.ToLowerInvariant();
            entries = entries.Where(e => e.Actor.ToLower().Contains(actor));
        }
        if (From is { } from)
        {
            var fromUtc = JapanTime.StartOfDayUtc(from);
            entries = entries.Where(e => e.At >= fromUtc);
        }
        if (To is { } to)
        {
            var endUtc = JapanTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.At < endUtc);
        }
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (items, total);
    }
}

/// <summary>Japan has one time zone and no daylight saving: UTC+9 all year.</summary>
public static class JapanTime
{
    static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTime StartOfDayUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;

    /// <summary>A stored UTC time (SQLite gives it back without a kind) as Japan time.</summary>
    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + Offset;

    public static DateTime AsUtc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
