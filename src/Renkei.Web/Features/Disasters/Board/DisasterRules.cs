using System.Globalization;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings.Convening;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Disasters.Board;

/// <summary>A disaster to declare, checked.</summary>
public sealed record NewDisaster(string NameJa, string? NameEn, DisasterKind Kind, IReadOnlyList<string> Prefectures, DateTime StartedAt,
    bool IsDrill, string? Details, int EscalationHours);

/// <summary>A change to a declared disaster, checked: prefectures can only be added.</summary>
public sealed record DisasterChange(string NameJa, string? NameEn, string? Details, IReadOnlyList<string> AddedPrefectures, int EscalationHours);

/// <summary>
/// Checks a disaster's details for the pages and the API alike. Messages are in the caller's language, keyed by the
/// API's field names (camelCase). Who may declare is part of it: an association only for a disaster that includes
/// its own prefecture; the escalation time is the secretariat's to set (the inter-block agreement).
/// </summary>
public class DisasterRules(IStringLocalizer<BoardText> t, TimeProvider clock)
{
    public const int MinHours = 1;
    public const int MaxHours = 168;

    public (RuleErrors Errors, NewDisaster? Disaster) CheckNew(DisasterInput input, Responder who, AssociationBook book)
    {
        var errors = new RuleErrors();
        var (nameJa, nameEn, details) = Texts(input, errors);
        var kind = DisasterLabels.Parse<DisasterKind>(input.Kind);
        if (kind is null) errors.Add("kind", t["災害の種類を選んでください。"]);
        var prefectures = PrefectureCodes(input.Prefectures, errors);
        if (prefectures.Count == 0 && !errors.Has("prefectures")) errors.Add("prefectures", t["被災した都道府県を1つ以上選んでください。"]);
        if (!who.IsSecretariat && book.Find(who.AssociationCode) is { } own && prefectures.Count > 0 && !prefectures.Contains(own.PrefectureCode))
        {
            var name = Prefectures.All.Single(p => p.Code == own.PrefectureCode).Name(Infrastructure.Localization.Localization.IsEnglish);
            errors.Add("prefectures", t["協会が災害対応を開始できるのは、自協会の都道府県（{0}）が被災地に含まれるときだけです。{0}を含めるか、事務局に連絡してください。", name]);
        }
        var startedAt = StartedAt(input.StartedAt, errors);
        bool? drill = bool.TryParse(input.IsDrill?.Trim(), out var d) ? d : null;
        if (drill is null) errors.Add("isDrill", t["実際の災害か訓練かを選んでください。"]);
        var hours = Hours(input.EscalationHours, Disaster.DefaultEscalationHours, who, errors);
        return errors.Any ? (errors, null) : (errors, new NewDisaster(nameJa!, nameEn, kind!.Value, prefectures, startedAt!.Value, drill!.Value, details, hours));
    }

    /// <summary>A change: the prefectures in the input are the ones to add (ones already affected are left out quietly).</summary>
    public (RuleErrors Errors, DisasterChange? Change) CheckChange(Disaster disaster, DisasterInput input, Responder who)
    {
        var errors = new RuleErrors();
        var (nameJa, nameEn, details) = Texts(input, errors);
        var added = PrefectureCodes(input.Prefectures, errors).Where(p => !disaster.PrefectureCodes.Contains(p)).ToList();
        var hours = Hours(input.EscalationHours, disaster.EscalationHours, who, errors);
        return errors.Any ? (errors, null) : (errors, new DisasterChange(nameJa!, nameEn, details, added, hours));
    }

    (string? NameJa, string? NameEn, string? Details) Texts(DisasterInput input, RuleErrors errors)
    {
        var nameJa = ConveningInput.Line(input.NameJa);
        if (nameJa is null) errors.Add("nameJa", t["名称を入力してください。"]);
        else if (nameJa.Length > 200) errors.Add("nameJa", t["名称は200文字以内で入力してください。"]);
        var nameEn = ConveningInput.Line(input.NameEn);
        if (nameEn is { Length: > 200 }) errors.Add("nameEn", t["英語の名称は200文字以内で入力してください。"]);
        var details = ConveningInput.Paragraphs(input.Details);
        if (details is { Length: > 4000 }) errors.Add("details", t["詳細は4000文字以内で入力してください。"]);
        return (nameJa, nameEn, details);
    }

    /// <summary>Two-digit codes ("1" and "01" alike), known ones only, each once, in code order.</summary>
    List<string> PrefectureCodes(IEnumerable<string> values, RuleErrors errors)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var compact = InputText.Compact(value);
            if (compact is null) continue;
            if (int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 47)
                codes.Add(n.ToString("00", CultureInfo.InvariantCulture));
            else errors.Add("prefectures", t["都道府県コード「{0}」はありません（01〜47）。", compact.Length > 10 ? compact[..10] : compact]);
        }
        return codes.ToList();
    }

    DateTime? StartedAt(string? value, RuleErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("startedAt", t["発生日時を入力してください。"]);
            return null;
        }
        var at = ConveningInput.JapanTimeToUtc(ConveningInput.FromApi(value));
        if (at is null) errors.Add("startedAt", t["発生日時は 2027-05-21T13:30 の形式（日本時間）で入力してください。"]);
        // A few minutes of leeway for clocks that disagree; a disaster is declared once it has happened.
        else if (at > clock.GetUtcNow().UtcDateTime.AddMinutes(10)) errors.Add("startedAt", t["発生日時を未来にすることはできません。"]);
        return at;
    }

    int Hours(string? value, int current, Responder who, RuleErrors errors)
    {
        var compact = InputText.Compact(value);
        if (compact is null) return current;
        if (!int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var hours) || hours is < MinHours or > MaxHours)
        {
            errors.Add("escalationHours", t["全ブロックに広げるまでの時間は1〜168の整数（時間）で入力してください。"]);
            return current;
        }
        if (hours != current && !who.IsSecretariat)
        {
            errors.Add("escalationHours", t["全ブロックに広げるまでの時間は事務局だけが変更できます。"]);
            return current;
        }
        return hours;
    }
}
