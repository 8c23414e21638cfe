using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>An agenda item as typed or sent; codes as in API v1 (kind report|motion|election, majority simple|two-thirds|…).</summary>
public sealed class AgendaItemInput
{
    public string? Kind { get; set; } = AgendaItem.KindCode(AgendaItemKind.Motion);
    public string? Title { get; set; }
    public string? TitleEn { get; set; }
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Majority { get; set; } = AgendaItem.MajorityCode(MajorityRule.Simple);
    public string? Wording { get; set; } = ConveningCodes.Wording(PassWording.Approved);
    public string? ElectionMode { get; set; } = ConveningCodes.ElectionMode(Meetings.ElectionMode.Slate);
    public string? ConcurrencyStamp { get; set; }

    public static AgendaItemInput From(AgendaItem i) => new()
    {
        Kind = AgendaItem.KindCode(i.Kind),
        Title = i.TitleJa,
        TitleEn = i.TitleEn,
        Description = i.DescriptionJa,
        DescriptionEn = i.DescriptionEn,
        Majority = AgendaItem.MajorityCode(i.Majority),
        Wording = ConveningCodes.Wording(i.Wording),
        ElectionMode = ConveningCodes.ElectionMode(i.ElectionMode),
        ConcurrencyStamp = i.ConcurrencyStamp.ToString(),
    };
}

/// <summary>A candidate as typed or sent: position (id or code), person, association, term (dates; defaults from the meeting).</summary>
public sealed class CandidateInput
{
    public string? Position { get; set; }
    public string? PersonName { get; set; }
    public string? PersonTitle { get; set; }
    public string? Association { get; set; }
    public string? TermFrom { get; set; }
    public string? TermTo { get; set; }
}

/// <summary>An agenda item's values once checked.</summary>
public sealed record AgendaItemValues(AgendaItemKind Kind, string Title, string? TitleEn, string? Description, string? DescriptionEn,
    MajorityRule Majority, PassWording Wording, ElectionMode ElectionMode)
{
    public void ApplyTo(AgendaItem item)
    {
        item.Kind = Kind;
        item.TitleJa = Title;
        item.TitleEn = TitleEn;
        item.DescriptionJa = Description;
        item.DescriptionEn = DescriptionEn;
        item.Majority = Majority;
        item.Wording = Wording;
        item.ElectionMode = ElectionMode;
    }
}

/// <summary>Checks agenda items and candidates; messages keyed by the API's field names, in the caller's language.</summary>
public class AgendaRules(IStringLocalizer<ConveningText> t)
{
    public AgendaItemValues? Check(AgendaItemInput input, RuleErrors errors)
    {
        var kind = ConveningCodes.Parse<AgendaItemKind>(input.Kind, AgendaItem.KindCode);
        if (kind is null) errors.Add("kind", t["議題の種類（報告・議案・選任）を選んでください。"]);
        var title = ConveningInput.Line(input.Title);
        if (title is null) errors.Add("title", t["{0}を入力してください。", t["議題名"]]);
        else if (title.Length > 300) errors.Add("title", TooLong(t["議題名"], 300));
        var titleEn = ConveningInput.Line(input.TitleEn);
        if (titleEn?.Length > 300) errors.Add("titleEn", TooLong(t["議題名（英語）"], 300));
        var description = ConveningInput.Paragraphs(input.Description);
        if (description?.Length > 8000) errors.Add("description", TooLong(t["説明"], 8000));
        var descriptionEn = ConveningInput.Paragraphs(input.DescriptionEn);
        if (descriptionEn?.Length > 8000) errors.Add("descriptionEn", TooLong(t["説明（英語）"], 8000));
        var majority = ConveningCodes.Parse<MajorityRule>(input.Majority ?? "simple", AgendaItem.MajorityCode);
        if (majority is null) errors.Add("majority", t["議決に必要な賛成を選んでください。"]);
        var wording = ConveningCodes.Parse<PassWording>(input.Wording ?? "approved", ConveningCodes.Wording);
        if (wording is null) errors.Add("wording", t["議決の表現（承認・可決）を選んでください。"]);
        var mode = ConveningCodes.Parse<ElectionMode>(input.ElectionMode ?? "slate", ConveningCodes.ElectionMode);
        if (mode is null) errors.Add("electionMode", t["選任の方法を選んでください。"]);
        if (errors.Any) return null;
        // A report takes no vote and an election is worded 選任: what does not apply is stored as the default.
        return new AgendaItemValues(kind!.Value, title!, titleEn, description, descriptionEn,
            kind == AgendaItemKind.Report ? MajorityRule.Simple : majority!.Value,
            kind == AgendaItemKind.Motion ? wording!.Value : PassWording.Approved,
            kind == AgendaItemKind.Election ? mode!.Value : Meetings.ElectionMode.Slate);
    }

    /// <summary>A candidate; <paramref name="prefix"/> names the field in a list ("candidates[0].").</summary>
    public ElectionCandidate? Check(CandidateInput input, IReadOnlyList<OfficerPosition> positions, IReadOnlyCollection<string> members,
        DateOnly meetingDate, RuleErrors found, string prefix = "")
    {
        var errors = new RuleErrors();
        var raw = InputText.Compact(input.Position);
        var position = positions.FirstOrDefault(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == raw || string.Equals(p.Code, raw, StringComparison.OrdinalIgnoreCase));
        if (position is null) errors.Add(prefix + "position", t["役職を選んでください。"]);
        var name = ConveningInput.Line(input.PersonName);
        if (name is null) errors.Add(prefix + "personName", t["{0}を入力してください。", t["氏名"]]);
        else if (name.Length > 200) errors.Add(prefix + "personName", TooLong(t["氏名"], 200));
        var title = ConveningInput.Line(input.PersonTitle);
        if (title?.Length > 200) errors.Add(prefix + "personTitle", TooLong(t["肩書"], 200));
        var code = LocalGovernmentCode.Normalize(input.Association);
        if (code is null || !members.Contains(code)) errors.Add(prefix + "association", t["候補者の協会を、会員の協会から選んでください。"]);
        var from = Date(input.TermFrom, prefix + "termFrom", t["任期の始まり"], errors) ?? meetingDate;
        var to = Date(input.TermTo, prefix + "termTo", t["任期の終わり"], errors);
        if (to is { } end && end <= from) errors.Add(prefix + "termTo", t["任期の終わりは始まりより後の日付にしてください。"]);
        foreach (var (field, message) in errors.All) found.Add(field, message);
        if (errors.Any) return null;
        return new ElectionCandidate
        {
            OfficerPositionId = position!.Id, PersonName = name!, PersonTitle = title, AssociationCode = code!,
            TermFrom = from, TermTo = to ?? from.AddYears(position.TermYears),
        };
    }

    DateOnly? Date(string? value, string field, string label, RuleErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (InputText.TryParseDate(value, out var date)) return date;
        errors.Add(field, t["{0}は 2027-06-01 の形式で入力してください。", label]);
        return null;
    }

    string TooLong(string label, int max) => t["{0}は{1}文字以内で入力してください。", label, max];
}
