using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>
/// The checks an edit must pass, the same for the form and the API. Messages are keyed by the input's property path
/// ("Phone24h", "Languages[3].Interpreters"); the API renames them to its JSON fields. Text is cleaned first (NFKC:
/// full-width digits typed on a Japanese keyboard count as digits).
/// </summary>
public sealed partial class PreparednessRules(IStringLocalizer<ReadinessText> t)
{
    public const int MaxCount = 999;

    public (PreparednessValues? Values, RuleErrors Errors) Check(PreparednessInput input)
    {
        var errors = new RuleErrors();
        var phone = Phone(errors, "Phone24h", input.Phone24h);
        if (phone is null && !errors.Has("Phone24h")) errors.Add("Phone24h", t["24時間つながる電話番号を入力してください。"]);
        var email = Email(errors, "Email", input.Email);
        var backupName = Text(errors, "BackupName", input.BackupName, 200);
        var backupPhone = Phone(errors, "BackupPhone", input.BackupPhone);
        var backupEmail = Email(errors, "BackupEmail", input.BackupEmail);
        if (backupName is not null && backupPhone is null && backupEmail is null)
            errors.Add("BackupPhone", t["予備の担当者の電話番号かメールアドレスを入力してください。"]);
        var staff = Count(errors, "DispatchableStaff", input.DispatchableStaff);
        var note = Text(errors, "RemoteSupportNote", input.RemoteSupportNote, 2000);
        var languages = Languages(errors, input.Languages);
        return errors.Any
            ? (null, errors)
            : (new PreparednessValues(phone!, email, backupName, backupPhone, backupEmail, staff, input.RemoteSupport, note, languages), errors);
    }

    List<LanguageCount> Languages(RuleErrors errors, List<LanguageInput> rows)
    {
        var counts = new List<LanguageCount>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var key = $"Languages[{i}]";
            var code = InputText.Compact(rows[i].Language);
            // The language is named in the message: the error summary lists every row's messages together.
            var name = code is null ? "" : SupportLanguages.Name(code, Infrastructure.Localization.Localization.IsEnglish);
            var interpreters = Count(errors, key + ".Interpreters", rows[i].Interpreters, name is "" ? null : t["{0}の通訳", name].Value);
            var translators = Count(errors, key + ".Translators", rows[i].Translators, name is "" ? null : t["{0}の翻訳", name].Value);
            var empty = interpreters == 0 && translators == 0;
            if (code is null)
            {
                if (!empty) errors.Add(key + ".Language", t["言語を選んでください。"]);
                continue;
            }
            if (!SupportLanguages.IsKnown(code))
            {
                // A language the list no longer knows (older data) may be cleared, not kept: requests could never match it.
                if (!empty) errors.Add(key + ".Language", t["言語「{0}」は一覧にありません。一覧の言語から選んでください。", code.Length > 20 ? code[..20] : code]);
                continue;
            }
            if (!seen.Add(code))
            {
                errors.Add(key + ".Language", t["{0}が2回あります。言語ごとに1行にしてください。", SupportLanguages.Name(code, Infrastructure.Localization.Localization.IsEnglish)]);
                continue;
            }
            if (!empty) counts.Add(new LanguageCount(code, interpreters, translators));
        }
        var order = SupportLanguages.All.Select((l, i) => (l.Code, i)).ToDictionary(x => x.Code, x => x.i);
        return counts.OrderBy(c => order[c.Language]).ToList();
    }

    /// <summary>Digits, hyphens, spaces and a leading +; 10 to 15 digits (03-1234-5678, 090-1234-5678, +81 3 1234 5678).</summary>
    string? Phone(RuleErrors errors, string field, string? value)
    {
        var cleaned = InputText.Clean(value);
        if (cleaned is null) return null;
        // Hyphen look-alikes a Japanese keyboard produces (ー, −, ‐) mean a hyphen here.
        var phone = DashLike().Replace(cleaned, "-");
        if (!PhoneShape().IsMatch(phone))
            errors.Add(field, t["電話番号は数字・ハイフン（-）・スペース・先頭の＋で入力してください（例：03-1234-5678）。"]);
        else if (phone.Count(char.IsAsciiDigit) is < 10 or > 15)
            errors.Add(field, t["電話番号の桁数が正しくありません。市外局番から10〜15桁で入力してください。"]);
        return phone;
    }

    string? Email(RuleErrors errors, string field, string? value)
    {
        var email = InputText.Compact(value);
        if (email is null) return null;
        if (email.Length > 256 || !(MailAddress.TryCreate(email, out var a) && a.Address == email && a.DisplayName.Length == 0 && a.Host.Contains('.')))
            errors.Add(field, t["メールアドレスの形式が正しくありません（例：bousai@example.jp）。"]);
        return email;
    }

    string? Text(RuleErrors errors, string field, string? value, int max)
    {
        var text = InputText.Clean(value);
        if (text is not null && text.Length > max) errors.Add(field, t["{0}文字以内で入力してください。", max]);
        return text;
    }

    /// <summary>A whole number 0–999; empty is 0. <paramref name="what"/> names it in the message when the field alone would not.</summary>
    int Count(RuleErrors errors, string field, string? value, string? what = null)
    {
        var text = InputText.Compact(value);
        if (text is null) return 0;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxCount) return n;
        errors.Add(field, what is null ? t["0から{0}までの整数で入力してください。", MaxCount] : t["{0}：0から{1}までの整数で入力してください。", what, MaxCount]);
        return 0;
    }

    [GeneratedRegex(@"^\+?[0-9]+([ -][0-9]+)*$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex("[ー−‐‑–—－]")]
    private static partial Regex DashLike();
}
