using System.Globalization;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>A request as typed in the form or sent to the API: text as given, checked by <see cref="SupportRules"/>.</summary>
public sealed class RequestInput
{
    /// <summary>An API code of <see cref="SupportKind"/>: "interpreters", "staffDispatch".</summary>
    public string? Kind { get; set; }
    public List<string> Languages { get; set; } = [];
    public string? People { get; set; }
    /// <summary>yyyy-MM-dd, as a date input sends it.</summary>
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Place { get; set; }
    /// <summary>"immediate", "high" or "normal".</summary>
    public string? Urgency { get; set; }
    public string? Details { get; set; }

    public static RequestInput Blank(DateOnly today) => new() { From = Day(today), Urgency = DisasterLabels.Code(Disasters.Urgency.High) };

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>An offer as typed in the form or sent to the API.</summary>
public sealed class OfferInput
{
    /// <summary>The offering association; the secretariat names it, an association offers as itself.</summary>
    public string? Association { get; set; }
    public string? People { get; set; }
    public string? Who { get; set; }
    public List<string> Languages { get; set; } = [];
    public string? From { get; set; }
    public string? To { get; set; }
    /// <summary>"onSite" or "remote".</summary>
    public string? Mode { get; set; }
    public string? Details { get; set; }

    /// <summary>Prefilled from the request: its languages and period, so an offer of exactly what is asked is one tap.</summary>
    public static OfferInput For(SupportRequest request) => new()
    {
        Languages = request.Languages.ToList(),
        From = RequestInput.Day(request.From),
        To = request.To is { } to ? RequestInput.Day(to) : null,
    };
}

public sealed record RequestValues(SupportKind Kind, List<string> Languages, int People, DateOnly From, DateOnly? To, string Place, Urgency Urgency, string? Details);

public sealed record OfferValues(int People, string? Who, List<string> Languages, DateOnly From, DateOnly To, OfferMode Mode, string? Details);

/// <summary>
/// What a request and an offer must hold, with a message per field in the caller's language. The same checks serve the
/// forms and the API, so a bad value gets the same words either way and nothing is stored.
/// </summary>
public class SupportRules(IStringLocalizer<SupportText> t)
{
    public const int MaxPeople = 999;

    public RequestValues? Check(RequestInput input, RuleErrors errors)
    {
        var kind = DisasterLabels.Parse<SupportKind>(input.Kind);
        if (kind is null) errors.Add("kind", t["支援の種類を選んでください。"]);
        var languages = Languages(input.Languages, errors);
        var people = People(input.People, errors);
        var (from, to) = Period(input.From, input.To, toRequired: false, errors);
        var place = InputText.Clean(input.Place);
        if (place is null) errors.Add("place", t["場所を入力してください（例：岐阜市 災害多言語支援センター）。"]);
        else if (place.Length > 400) errors.Add("place", t["場所は400文字以内で入力してください。"]);
        var urgency = DisasterLabels.Parse<Urgency>(input.Urgency);
        if (urgency is null) errors.Add("urgency", t["緊急度を選んでください。"]);
        var details = Details(input.Details, errors);
        return errors.Any ? null : new RequestValues(kind!.Value, languages, people!.Value, from!.Value, to, place!, urgency!.Value, details);
    }

    public OfferValues? Check(OfferInput input, RuleErrors errors)
    {
        var people = People(input.People, errors);
        var who = Trimmed(input.Who);
        if (who is { Length: > 400 }) errors.Add("who", t["支援する人の説明は400文字以内で入力してください。"]);
        var languages = Languages(input.Languages, errors);
        var (from, to) = Period(input.From, input.To, toRequired: true, errors);
        var mode = DisasterLabels.Parse<OfferMode>(input.Mode);
        if (mode is null) errors.Add("mode", t["支援の方法（現地派遣または遠隔）を選んでください。"]);
        var details = Details(input.Details, errors);
        return errors.Any ? null : new OfferValues(people!.Value, who, languages, from!.Value, to!.Value, mode!.Value, details);
    }

    List<string> Languages(List<string>? codes, RuleErrors errors)
    {
        var list = (codes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct().ToList();
        if (list.Any(c => !SupportLanguages.IsKnown(c))) errors.Add("languages", t["言語は一覧から選んでください。"]);
        return list;
    }

    int? People(string? text, RuleErrors errors)
    {
        if (int.TryParse(InputText.Compact(text), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxPeople) return n;
        errors.Add("people", t["人数は1から999までの数字で入力してください。"]);
        return null;
    }

    (DateOnly? From, DateOnly? To) Period(string? fromText, string? toText, bool toRequired, RuleErrors errors)
    {
        var from = Date(fromText);
        if (from is null) errors.Add("from", t["開始日を入力してください（例：2026-05-01）。"]);
        var to = Date(toText);
        if (to is null && (toRequired || InputText.Compact(toText) is not null))
            errors.Add("to", toRequired ? t["終了日を入力してください（例：2026-05-07）。"] : t["終了日は日付で入力してください（例：2026-05-07）。"]);
        else if (from is { } f && to is { } e && e < f) errors.Add("to", t["終了日は開始日と同じか、それより後にしてください。"]);
        return (from, to);
    }

    string? Details(string? text, RuleErrors errors)
    {
        var details = Trimmed(text);
        if (details is { Length: > 4000 }) errors.Add("details", t["詳細は4000文字以内で入力してください。"]);
        return details;
    }

    /// <summary>Free text keeps its line breaks (details, reports); only the ends are trimmed.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A date as a date input sends it (2026-05-01), or typed with slashes or full-width digits.</summary>
    public static DateOnly? Date(string? text) =>
        InputText.Compact(text) is { } s && DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
