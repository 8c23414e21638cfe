using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings.Minutes;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Officers;

/// <summary>A position as typed: names, seats, usual term in years, place in the list.</summary>
public sealed record PositionChange(string? NameJa, string? NameEn, string? Seats, string? TermYears, string? SortOrder);

/// <summary>A term typed by hand (history from before Renkei, or a correction): position, person, association, dates.</summary>
public sealed record TermChange(string? Position, string? PersonName, string? PersonTitle, string? Association, string? From, string? To);

/// <summary>
/// Secretariat: corrections to the officer register. Positions are renamed or added (never removed: past terms name
/// them); terms are added by hand or ended on a date. A term is never deleted, elected or not: the register is history.
/// Messages come per field (camelCase, as an API would name them) in the caller's language.
/// </summary>
public class OfficerEditing(RenkeiDbContext db, IStringLocalizer<MinutesText> text)
{
    /// <summary>What the form saw of a position: positions carry no concurrency column, so the values themselves are compared.</summary>
    public static string Version(OfficerPosition p) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{p.NameJa}\n{p.NameEn}\n{p.Seats}\n{p.TermYears}\n{p.SortOrder}")))[..16];

    /// <summary>Saves a position: a new one when <paramref name="id"/> is null.</summary>
    public async Task<StepResult> SavePositionAsync(int? id, PositionChange change, string? version, CancellationToken ct = default)
    {
        var position = id is { } existing ? await db.OfficerPositions.SingleOrDefaultAsync(p => p.Id == existing, ct) : null;
        if (id is not null && position is null) return new StepResult(StepOutcome.NotFound);
        var errors = new Dictionary<string, string[]>();
        var nameJa = Required(errors, "nameJa", change.NameJa, 100, text["役職名"]);
        var nameEn = Required(errors, "nameEn", change.NameEn, 100, text["役職名（英語）"]);
        var seats = Number(errors, "seats", change.Seats, 1, 99, text["定員"]);
        var years = Number(errors, "termYears", change.TermYears, 1, 10, text["任期（年）"]);
        var order = Number(errors, "sortOrder", change.SortOrder, 0, 999, text["表示順"]);
        if (nameJa is not null && await db.OfficerPositions.AnyAsync(p => p.NameJa == nameJa && p.Id != (id ?? 0), ct))
            errors["nameJa"] = [text["同じ名前の役職がすでにあります。"]];
        if (errors.Count > 0) return Invalid(errors);
        if (position is not null && version != Version(position)) return Conflict();
        if (position is null)
        {
            position = new OfficerPosition { Code = await NewCodeAsync(nameEn!, ct), NameJa = nameJa!, NameEn = nameEn! };
            db.OfficerPositions.Add(position);
        }
        position.NameJa = nameJa!;
        position.NameEn = nameEn!;
        position.Seats = seats!.Value;
        position.TermYears = years!.Value;
        position.SortOrder = order!.Value;
        await db.SaveChangesAsync(ct);
        return StepResult.Done;
    }

    public async Task<StepResult> AddTermAsync(TermChange change, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var positionId = int.TryParse(InputText.Compact(change.Position), out var pid) && await db.OfficerPositions.AnyAsync(p => p.Id == pid, ct) ? pid : (int?)null;
        if (positionId is null) errors["position"] = [text["役職を選んでください。"]];
        var name = Required(errors, "personName", change.PersonName, 200, text["氏名"]);
        var title = InputText.Clean(change.PersonTitle);
        if (title?.Length > 200) errors["personTitle"] = [text["{0}は{1}文字以内で入力してください。", text["肩書"], 200]];
        var code = LocalGovernmentCode.Normalize(change.Association);
        if (code is null || !await db.Associations.AnyAsync(a => a.Code == code, ct)) errors["association"] = [text["協会を選んでください。"]];
        var from = Date(errors, "from", change.From, required: true, text["就任日"]);
        var to = Date(errors, "to", change.To, required: false, text["終了日"]);
        if (from is not null && to is not null && to <= from) errors["to"] = [text["終了日は就任日より後の日付にしてください。"]];
        if (errors.Count > 0) return Invalid(errors);
        db.OfficerTerms.Add(new OfficerTerm
        {
            OfficerPositionId = positionId!.Value, PersonName = name!, PersonTitle = title, AssociationCode = code!, From = from!.Value, To = to,
        });
        await db.SaveChangesAsync(ct);
        return StepResult.Done;
    }

    /// <summary>Ends a term on <paramref name="endOn"/> (the first day out of office). <paramref name="seenTo"/> is the end
    /// date the form showed ("" for none): when it changed meanwhile, someone else acted first.</summary>
    public async Task<StepResult> EndTermAsync(int termId, string? endOn, string? seenTo, CancellationToken ct = default)
    {
        var term = await db.OfficerTerms.SingleOrDefaultAsync(t => t.Id == termId, ct);
        if (term is null) return new StepResult(StepOutcome.NotFound);
        if ((term.To is { } current ? Iso(current) : "") != (seenTo ?? "")) return Conflict();
        var errors = new Dictionary<string, string[]>();
        var day = Date(errors, "endOn", endOn, required: true, text["終了日"]);
        if (day is not null && day <= term.From) errors["endOn"] = [text["終了日は就任日（{0}）より後の日付にしてください。", JapanDate.Format(term.From, Localization.IsEnglish)]];
        else if (day is not null && term.To is { } to && day >= to) errors["endOn"] = [text["終了日は、いまの終了日（{0}）より前の日付にしてください。", JapanDate.Format(to, Localization.IsEnglish)]];
        if (errors.Count > 0) return Invalid(errors);
        term.To = day;
        await db.SaveChangesAsync(ct);
        return StepResult.Done;
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    string? Required(Dictionary<string, string[]> errors, string field, string? value, int max, string label)
    {
        var cleaned = InputText.Clean(value);
        if (cleaned is null) errors[field] = [text["{0}を入力してください。", label]];
        else if (cleaned.Length > max) errors[field] = [text["{0}は{1}文字以内で入力してください。", label, max]];
        return cleaned;
    }

    int? Number(Dictionary<string, string[]> errors, string field, string? value, int min, int max, string label)
    {
        if (int.TryParse(InputText.Compact(value), out var n) && n >= min && n <= max) return n;
        errors[field] = [text["{0}は{1}から{2}までの数字で入力してください。", label, min, max]];
        return null;
    }

    DateOnly? Date(Dictionary<string, string[]> errors, string field, string? value, bool required, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors[field] = [text["{0}を入力してください。", label]];
            return null;
        }
        if (InputText.TryParseDate(value, out var day)) return day;
        errors[field] = [text["{0}は 2025-05-22 の形式で入力してください。", label]];
        return null;
    }

    /// <summary>A stable key from the English name (treasurer), or position-N when that is empty or taken.</summary>
    async Task<string> NewCodeAsync(string nameEn, CancellationToken ct)
    {
        var slug = new string(nameEn.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        if (slug.Length > 40) slug = slug[..40].Trim('-');
        var taken = await db.OfficerPositions.Select(p => p.Code).ToListAsync(ct);
        if (slug.Length == 0 || taken.Contains(slug)) slug = Enumerable.Range(taken.Count + 1, 1000).Select(n => $"position-{n}").First(c => !taken.Contains(c));
        return slug;
    }

    StepResult Invalid(Dictionary<string, string[]> errors) => new(StepOutcome.Invalid, text["入力内容を確認してください。"], errors);

    StepResult Conflict() => new(StepOutcome.Conflict, text["ほかの人が先に変更しました。いまの内容を確かめて、もう一度操作してください。"]);
}
