using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// Cleans and checks an entry, for the form, the API and the spreadsheet import alike. Errors are keyed
/// by the field keys of <see cref="EntryFields"/> ("projects[2].budgetYen") so each is shown beside its
/// field. A draft may be incomplete; submission needs the fields the directory cannot print without.
/// </summary>
public partial class EntryValidation(IStringLocalizer<DirectoryText> text)
{
    public const int MaxRows = 50;

    [GeneratedRegex(@"^\d{7}$")] private static partial Regex PostalDigits();
    [GeneratedRegex(@"^\+?[0-9-]+$")] private static partial Regex PhoneShape();
    [GeneratedRegex(@"-{2,}")] private static partial Regex Dashes();

    /// <summary>NFKC and trimming everywhere; postal codes as 123-4567; phone numbers with hyphens; year-months as yyyy-MM; empty rows dropped.</summary>
    public static EntryContent Normalize(EntryContent source)
    {
        var c = source.Copy();
        c.LegalForm = InputText.Clean(c.LegalForm);
        c.Name = InputText.Clean(c.Name);
        c.NameKana = InputText.Katakana(c.NameKana);
        c.NameEn = InputText.Clean(c.NameEn);
        c.RepresentativeTitle = InputText.Clean(c.RepresentativeTitle);
        c.RepresentativeName = InputText.Clean(c.RepresentativeName);
        c.PostalCode = PostalCode(c.PostalCode);
        c.Address = InputText.Clean(c.Address);
        c.AddressEn = InputText.Clean(c.AddressEn);
        c.Phone = Phone(c.Phone);
        c.Fax = Phone(c.Fax);
        c.Email = InputText.Compact(c.Email);
        c.Website = InputText.Compact(c.Website);
        c.FoundedOn = DirectoryYearMonth.Normalize(c.FoundedOn) ?? InputText.Clean(c.FoundedOn);
        c.CertifiedOn = DirectoryYearMonth.Normalize(c.CertifiedOn) ?? InputText.Clean(c.CertifiedOn);
        c.MemberTypes = c.MemberTypes.Select(m => { m.Name = InputText.Clean(m.Name); return m; })
            .Where(m => m.Name is not null || m.Count is not null || m.AnnualFeeYen is not null).ToList();
        c.Officers = c.Officers.Select(o => { o.Title = InputText.Clean(o.Title); o.Name = InputText.Clean(o.Name); o.Affiliation = InputText.Clean(o.Affiliation); return o; })
            .Where(o => o.Title is not null || o.Name is not null || o.Affiliation is not null).ToList();
        c.Contacts = c.Contacts.Select(p => { p.Department = InputText.Clean(p.Department); p.Name = InputText.Clean(p.Name); p.Phone = Phone(p.Phone); p.Email = InputText.Compact(p.Email); return p; })
            .Where(p => p.Department is not null || p.Name is not null || p.Phone is not null || p.Email is not null).ToList();
        c.Facilities = c.Facilities.Select(f => { f.Kind = InputText.Clean(f.Kind); f.Name = InputText.Clean(f.Name); f.Owner = InputText.Clean(f.Owner); f.OpenedOn = DirectoryYearMonth.Normalize(f.OpenedOn) ?? InputText.Clean(f.OpenedOn); return f; })
            .Where(f => f.Name is not null || f.Owner is not null || f.FloorAreaSqm is not null || f.OpenedOn is not null).ToList();
        c.Networks = c.Networks.Select(n => { n.Name = InputText.Clean(n.Name); n.Description = InputText.Clean(n.Description); return n; })
            .Where(n => n.Name is not null || n.Description is not null).ToList();
        c.Periodicals = c.Periodicals.Select(p => { p.Title = InputText.Clean(p.Title); p.Frequency = InputText.Clean(p.Frequency); p.Languages = Codes(p.Languages); return p; })
            .Where(p => p.Title is not null).ToList();
        c.Publications = c.Publications.Select(p => { p.Title = InputText.Clean(p.Title); p.Languages = Codes(p.Languages); return p; })
            .Where(p => p.Title is not null || p.Year is not null).ToList();
        c.Projects = c.Projects.Select(p => { p.Name = InputText.Clean(p.Name); p.Category = InputText.Clean(p.Category); p.Description = InputText.Clean(p.Description); return p; })
            .Where(p => p.Name is not null || p.Description is not null || p.BudgetYen is not null).ToList();
        c.ConsultationLanguages = Codes(c.ConsultationLanguages);
        return c;
    }

    /// <summary>Per-field messages in the current UI language; empty when the content may be saved (or submitted).</summary>
    public Dictionary<string, string[]> Validate(EntryContent c, bool forSubmission)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string key, string message, params object[] args) =>
            (errors.TryGetValue(key, out var l) ? l : errors[key] = []).Add(text[message, args]);

        if (forSubmission)
        {
            Required("legalForm", c.LegalForm); Required("name", c.Name); Required("representativeTitle", c.RepresentativeTitle);
            Required("representativeName", c.RepresentativeName); Required("postalCode", c.PostalCode);
            Required("address", c.Address); Required("phone", c.Phone); Required("email", c.Email);
        }
        void Required(string key, string? value) { if (value is null) Add(key, "入力してください。"); }

        if (c.LegalForm is not null && !DirectoryCodes.IsListed(DirectoryCodes.LegalForms, c.LegalForm)) Add("legalForm", "一覧から選んでください。");
        if (c.NameKana is not null && !InputText.IsKatakanaReading(c.NameKana)) Add("nameKana", "カタカナで入力してください。");
        if (c.PostalCode is not null && !Regex.IsMatch(c.PostalCode, @"^\d{3}-\d{4}$")) Add("postalCode", "郵便番号は7桁の数字で入力してください（例：〒123-4567）。");
        CheckPhone("phone", c.Phone); CheckPhone("fax", c.Fax);
        CheckEmail("email", c.Email);
        if (c.Website is not null && !InputText.IsWebAddress(c.Website)) Add("website", "https:// で始まるアドレスを入力してください。");
        CheckYearMonth("foundedOn", c.FoundedOn); CheckYearMonth("certifiedOn", c.CertifiedOn);
        NonNegative("endowmentYen", c.EndowmentYen); NonNegative("annualBudgetYen", c.AnnualBudgetYen);
        NonNegative("staff.seconded", c.Staff.Seconded); NonNegative("staff.regular", c.Staff.Regular); NonNegative("staff.partTime", c.Staff.PartTime);
        NonNegative("staff.contract", c.Staff.Contract); NonNegative("staff.temporary", c.Staff.Temporary);
        Languages("consultationLanguages", c.ConsultationLanguages);

        Rows("memberTypes", c.MemberTypes, (k, m) => { Needed(k + ".name", m.Name); NonNegative(k + ".count", m.Count); NonNegative(k + ".annualFeeYen", m.AnnualFeeYen); });
        Rows("officers", c.Officers, (k, o) => { Needed(k + ".title", o.Title); Needed(k + ".name", o.Name); });
        Rows("contacts", c.Contacts, (k, p) => { Needed(k + ".name", p.Name); CheckPhone(k + ".phone", p.Phone); CheckEmail(k + ".email", p.Email); });
        Rows("facilities", c.Facilities, (k, f) =>
        {
            if (!DirectoryCodes.IsListed(DirectoryCodes.FacilityKinds, f.Kind)) Add(k + ".kind", "一覧から選んでください。");
            if (f.FloorAreaSqm is < 0) Add(k + ".floorAreaSqm", "0以上の数を入力してください。");
            CheckYearMonth(k + ".openedOn", f.OpenedOn);
        });
        Rows("networks", c.Networks, (k, n) => Needed(k + ".name", n.Name));
        Rows("periodicals", c.Periodicals, (k, p) =>
        {
            if (p.Frequency is not null && !DirectoryCodes.IsListed(DirectoryCodes.Frequencies, p.Frequency)) Add(k + ".frequency", "一覧から選んでください。");
            Languages(k + ".languages", p.Languages);
        });
        Rows("publications", c.Publications, (k, p) =>
        {
            Needed(k + ".title", p.Title);
            if (p.Year is < 1900 or > 2999) Add(k + ".year", "西暦4桁で入力してください。");
            Languages(k + ".languages", p.Languages);
        });
        Rows("projects", c.Projects, (k, p) =>
        {
            Needed(k + ".name", p.Name);
            if (!DirectoryCodes.IsListed(DirectoryCodes.ProjectCategories, p.Category)) Add(k + ".category", "一覧から選んでください。");
            NonNegative(k + ".budgetYen", p.BudgetYen);
        });
        TooLong(c);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

        void Needed(string key, string? value) { if (value is null) Add(key, "入力してください。"); }
        void NonNegative(string key, long? value) { if (value is < 0) Add(key, "0以上の数を入力してください。"); }
        void CheckPhone(string key, string? value)
        {
            if (value is null) return;
            var digits = value.Count(char.IsAsciiDigit);
            if (!PhoneShape().IsMatch(value) || digits is < 10 or > 15) Add(key, "電話番号は数字とハイフンで入力してください（例：03-1234-5678）。");
        }
        void CheckEmail(string key, string? value)
        {
            if (value is not null && !(MailAddress.TryCreate(value, out var a) && a.Address == value && a.Host.Contains('.')))
                Add(key, "メールアドレスの形式が正しくありません。");
        }
        void CheckYearMonth(string key, string? value)
        {
            if (value is not null && !DirectoryYearMonth.TryParse(value, out _)) Add(key, "年月は「2001-04」の形で入力してください。");
        }
        void Languages(string key, List<string> codes)
        {
            if (codes.Any(code => !DirectoryCodes.IsListed(DirectoryCodes.Languages, code))) Add(key, "一覧から選んでください。");
        }
        void Rows<T>(string key, List<T> rows, Action<string, T> check)
        {
            if (rows.Count > MaxRows) Add(key, "{0}行までです。", MaxRows);
            for (var i = 0; i < rows.Count; i++) check($"{key}[{i + 1}]", rows[i]);
        }
        void TooLong(EntryContent content)
        {
            foreach (var f in EntryFields.Flatten(content, english: false))
                if (f.Value.Length > (f.Key.EndsWith("description", StringComparison.Ordinal) ? 2000 : 300))
                    Add(f.Key, "長すぎます（{0}文字まで）。", f.Key.EndsWith("description", StringComparison.Ordinal) ? 2000 : 300);
        }
    }

    static string? PostalCode(string? value)
    {
        var digits = InputText.Compact(value)?.Replace("〒", "").Replace("-", "").Replace("ー", "").Replace("−", "");
        if (digits is null) return null;
        return PostalDigits().IsMatch(digits) ? $"{digits[..3]}-{digits[3..]}" : InputText.Compact(value);
    }

    /// <summary>"０３（１２３４）５６７８" → "03-1234-5678": brackets and spaces become hyphens.</summary>
    static string? Phone(string? value)
    {
        var text = InputText.Clean(value);
        if (text is null) return null;
        text = text.Replace('(', '-').Replace(')', '-').Replace(' ', '-').Replace('ー', '-').Replace('−', '-').Replace('‐', '-');
        return Dashes().Replace(text, "-").Trim('-');
    }

    static List<string> Codes(List<string> codes) =>
        codes.Select(InputText.Compact).OfType<string>().Select(c => DirectoryCodes.Find(DirectoryCodes.Languages, c) ?? c).Distinct().ToList();
}
