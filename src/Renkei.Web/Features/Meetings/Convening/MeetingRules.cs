using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// Checks a meeting's details, the same for the pages and API v1. Messages are in the caller's language and keyed by
/// the API's field names (camelCase); a page puts each beside its input.
/// </summary>
public class MeetingRules(RenkeiDbContext db, Invitations invitations, IStringLocalizer<ConveningText> t)
{
    /// <summary>A new meeting: its details, its kind and block, and whom it invites (the general assembly every current
    /// member, a block meeting the block's members, the others every member or a chosen set).</summary>
    public async Task<(RuleErrors Errors, NewMeeting? Meeting)> CheckNewAsync(MeetingInput input, CancellationToken ct)
    {
        var errors = new RuleErrors();
        var kind = ConveningCodes.Parse<MeetingKind>(input.Kind, Meeting.KindCode);
        if (kind is null) errors.Add("kind", t["会議の種類を選んでください。"]);
        string? blockId = null;
        if (kind == MeetingKind.BlockMeeting)
        {
            blockId = InputText.Compact(input.Block)?.ToLowerInvariant();
            if (blockId is null) errors.Add("block", t["ブロック会議では、ブロックを選んでください。"]);
            else if (!await db.Blocks.AnyAsync(b => b.Id == blockId, ct)) { errors.Add("block", t["そのブロックはありません。"]); blockId = null; }
        }

        var members = await invitations.MembersAsync(false, ct);
        List<string> invited = [];
        if (kind == MeetingKind.GeneralAssembly) invited = members.Select(m => m.Code).ToList();
        else if (kind == MeetingKind.BlockMeeting) invited = members.Where(m => m.BlockId == blockId).Select(m => m.Code).ToList();
        else if (kind is not null)
        {
            var invite = input.Invite?.Trim().ToLowerInvariant();
            if (invite == ConveningCodes.InviteAll) invited = members.Select(m => m.Code).ToList();
            else if (invite == ConveningCodes.InviteChosen)
            {
                var chosen = input.Invited.Select(LocalGovernmentCode.Normalize).ToList();
                var unknown = input.Invited.Where((c, i) => chosen[i] is null || members.All(m => m.Code != chosen[i])).ToList();
                if (unknown.Count > 0) errors.Add("invited", t["会員の協会ではないものが含まれています：{0}", string.Join("、", unknown.Take(5))]);
                invited = chosen.OfType<string>().Where(c => members.Any(m => m.Code == c)).Distinct().Order(StringComparer.Ordinal).ToList();
                if (invited.Count == 0 && unknown.Count == 0) errors.Add("invited", t["招集する協会を1つ以上選んでください。"]);
            }
            else errors.Add("invite", t["招集する協会の決め方を選んでください。"]);
        }
        if (kind is not null && invited.Count == 0 && !errors.Has("invited") && !errors.Has("invite") && !errors.Has("block"))
            errors.Add(kind == MeetingKind.BlockMeeting ? "block" : "invite", t["招集できる会員の協会がありません。"]);

        var details = CheckDetails(input, invited, errors);
        return (errors, errors.Any ? null : new NewMeeting(kind!.Value, blockId, details!, invited));
    }

    /// <summary>Changed details of an existing meeting; its kind and block stay (a sent kind that differs is refused).</summary>
    public (RuleErrors Errors, MeetingDetails? Details) CheckChange(Meeting meeting, MeetingInput input)
    {
        var errors = new RuleErrors();
        if (input.Kind is not null && ConveningCodes.Parse<MeetingKind>(input.Kind, Meeting.KindCode) != meeting.Kind)
            errors.Add("kind", t["会議の種類は作成後に変更できません。"]);
        var details = CheckDetails(input, meeting.Attendances.Select(a => a.AssociationCode).ToList(), errors);
        return (errors, errors.Any ? null : details);
    }

    MeetingDetails? CheckDetails(MeetingInput input, IReadOnlyCollection<string> invited, RuleErrors errors)
    {
        var format = ConveningCodes.Parse<MeetingFormat>(input.Format, Meeting.FormatCode);
        if (format is null) errors.Add("format", t["開催方法を選んでください。"]);
        var title = Required(errors, "title", input.Title, 200, t["会議名"]);
        var titleEn = Optional(errors, "titleEn", input.TitleEn, 200, t["会議名（英語）"]);

        var startsAt = Time(errors, "startsAt", input.StartsAt, t["開始日時"], required: true);
        var endsAt = Time(errors, "endsAt", input.EndsAt, t["終了日時"], required: false);
        if (startsAt is { } s && endsAt is { } e && e <= s) errors.Add("endsAt", t["終了日時は開始日時より後にしてください。"]);
        var registration = Time(errors, "registrationDeadline", input.RegistrationDeadline, t["出欠登録の締切"], required: true);
        if (startsAt is { } s1 && registration > s1) errors.Add("registrationDeadline", t["出欠登録の締切は開始日時までにしてください。"]);
        var written = Time(errors, "writtenVoteDeadline", input.WrittenVoteDeadline, t["書面表決の締切"], required: false);
        if (format == MeetingFormat.InWriting && written is null && !errors.Has("writtenVoteDeadline"))
            errors.Add("writtenVoteDeadline", t["書面開催では、書面表決の締切を入力してください。"]);
        if (startsAt is { } s2 && written > s2) errors.Add("writtenVoteDeadline", t["書面表決の締切は開始日時までにしてください。"]);

        int? fiscalYear = null;
        if (InputText.Compact(input.FiscalYear) is { } fy)
        {
            if (int.TryParse(fy, out var y) && y is >= 2000 and <= 2999) fiscalYear = y;
            else errors.Add("fiscalYear", t["年度は西暦4桁で入力してください（例：2027）。"]);
        }
        else if (startsAt is { } start) fiscalYear = Infrastructure.Localization.FiscalYear.Of(JapanTime.Date(start));

        var venue = Optional(errors, "venue", input.Venue, 400, t["会場"]);
        var venueEn = Optional(errors, "venueEn", input.VenueEn, 400, t["会場（英語）"]);
        var onlineUrl = InputText.Compact(input.OnlineUrl);
        if (onlineUrl is not null && !IsHttps(onlineUrl)) errors.Add("onlineUrl", t["オンライン会議のURLは https:// で始まるアドレスにしてください。"]);
        else if (onlineUrl?.Length > 1000) errors.Add("onlineUrl", TooLong(t["オンライン会議のURL"], 1000));

        var quorum = ConveningCodes.Parse<QuorumRule>(input.Quorum ?? ConveningCodes.Quorum(QuorumRule.Majority), ConveningCodes.Quorum);
        if (quorum is null) errors.Add("quorum", t["定足数の決め方を選んでください。"]);
        var chairName = Optional(errors, "chairName", input.ChairName, 200, t["議長"]);
        var chairAssociation = InputText.Compact(input.ChairAssociation) is { } raw ? LocalGovernmentCode.Normalize(raw) ?? raw : null;
        if (chairAssociation is not null && !invited.Contains(chairAssociation))
            errors.Add("chairAssociation", t["議長の協会は、招集する協会から選んでください。"]);
        var guests = string.Join("\n", ConveningInput.Lines(input.Guests));
        if (guests.Length > 4000) errors.Add("guests", TooLong(t["来賓"], 4000));
        var notice = Paragraphs(errors, "notice", input.Notice, t["案内文"]);
        var noticeEn = Paragraphs(errors, "noticeEn", input.NoticeEn, t["案内文（英語）"]);

        if (errors.Any) return null;
        return new MeetingDetails(format!.Value, title!, titleEn, fiscalYear!.Value, startsAt!.Value, endsAt, venue, venueEn, onlineUrl,
            registration!.Value, written, quorum!.Value, chairName, chairAssociation, guests.Length == 0 ? null : guests, notice, noticeEn);
    }

    /// <summary>An absolute https address with a host: the online link goes to every member, so no other scheme.</summary>
    public static bool IsHttps(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && !value.Contains(' ');

    DateTime? Time(RuleErrors errors, string field, string? value, string label, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, t["{0}を入力してください。", label]);
            return null;
        }
        var utc = ConveningInput.JapanTimeToUtc(value);
        if (utc is null) errors.Add(field, t["{0}は 2027-05-21 13:30 のように日付と時刻（日本時間）で入力してください。", label]);
        return utc;
    }

    string? Required(RuleErrors errors, string field, string? value, int max, string label)
    {
        var cleaned = ConveningInput.Line(value);
        if (cleaned is null) errors.Add(field, t["{0}を入力してください。", label]);
        return Optional(errors, field, cleaned, max, label);
    }

    string? Optional(RuleErrors errors, string field, string? value, int max, string label)
    {
        var cleaned = ConveningInput.Line(value);
        if (cleaned?.Length > max) errors.Add(field, TooLong(label, max));
        return cleaned;
    }

    string? Paragraphs(RuleErrors errors, string field, string? value, string label)
    {
        var text = ConveningInput.Paragraphs(value);
        if (text?.Length > 20000) errors.Add(field, TooLong(label, 20000));
        return text;
    }

    string TooLong(string label, int max) => t["{0}は{1}文字以内で入力してください。", label, max];
}
