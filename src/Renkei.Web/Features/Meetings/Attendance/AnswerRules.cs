using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure;

namespace Renkei.Web.Features.Meetings.Attending;

public sealed record CheckedPerson(int? Id, string Name, string? Title, AttendeeMode Mode);

/// <summary>An answer that passed the rules, as it will be stored.</summary>
public sealed record CheckedAnswer(AttendanceMode Mode, string? ProxyHolderCode, RenkeiUser? Representative, IReadOnlyList<CheckedPerson> People, string? Note);

/// <summary>
/// The rules of an attendance answer. Messages are keyed by the API's field names (mode, proxyHolder,
/// representativeUserId, attendees, attendees[0].name, note), which the form maps onto its inputs.
/// <list type="bullet">
/// <item>The ways of attending follow the format: on site for in-person and hybrid meetings, online for online and hybrid ones.</item>
/// <item>委任状: to the chair or to another invited association that did not give its own; never to itself; an association
/// holding proxies cannot pass them on by giving its own (the ballots it holds would be lost).</item>
/// <item>代表者: one of the association's active users; required when attending (and for a written vote), not kept with a proxy.</item>
/// <item>People: at least one when attending; not kept when absent or giving a proxy; someone already checked in cannot be removed.</item>
/// </list>
/// </summary>
public sealed class AnswerRules(AnswerDesk desk, IStringLocalizer<AttendanceText> text)
{
    const int MaxName = 100, MaxNote = 2000;
    public RuleErrors Errors { get; } = new();

    public CheckedAnswer? Check(AnswerRequest request)
    {
        var meeting = desk.Meeting;
        var mode = request.Mode;
        switch (mode)
        {
            case AttendanceMode.OnSite when !meeting.HasOnSite:
                Errors.Add("mode", text["この会議には現地での出席はありません。"]);
                break;
            case AttendanceMode.Online when !meeting.HasOnline:
                Errors.Add("mode", text["この会議にはオンラインでの出席はありません。"]);
                break;
            case AttendanceMode.Unanswered or not (AttendanceMode.OnSite or AttendanceMode.Online or AttendanceMode.Absent or AttendanceMode.Proxy):
                Errors.Add("mode", text["出欠を選んでください。"]);
                break;
        }
        var attending = mode is AttendanceMode.OnSite or AttendanceMode.Online;
        var holder = mode == AttendanceMode.Proxy ? ProxyHolder(request.ProxyHolder) : null;
        var representative = mode == AttendanceMode.Proxy ? null : Representative(request.RepresentativeUserId,
            required: attending || mode == AttendanceMode.Absent && meeting.Format == MeetingFormat.InWriting, attending);
        var people = attending ? People(request.People, mode) : [];
        var gone = desk.Attendance.Attendees.Where(p => p.CheckedInAt is not null && people.All(k => k.Id != p.Id)).ToList();
        if (gone.Count > 0)
            Errors.Add("attendees", text["受付済みの人（{0}）は外せません。先に受付を取り消してください。", string.Join("、", gone.Select(p => p.Name))]);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note?.Length > MaxNote) Errors.Add("note", text["備考は{0}文字以内で入力してください。", MaxNote]);
        return Errors.Any ? null : new CheckedAnswer(mode, holder, representative, people, note);
    }

    string? ProxyHolder(string? requested)
    {
        var held = desk.ProxiesHeldFrom;
        if (held.Count > 0)
            Errors.Add("mode", text["ほかの協会（{0}）から委任状を受けているため、委任状は提出できません。",
                string.Join("、", held.Select(c => desk.Name(c, Infrastructure.Localization.Localization.IsEnglish)))]);
        if (string.IsNullOrWhiteSpace(requested))
        {
            Errors.Add("proxyHolder", text["委任先（議長または出席する協会）を選んでください。"]);
            return null;
        }
        if (requested.Trim().Equals(AnswerRequest.Chair, StringComparison.OrdinalIgnoreCase))
        {
            if (desk.Meeting.ChairAssociationCode == desk.Code) Errors.Add("proxyHolder", text["議長の協会は、議長に委任できません。"]);
            return null;
        }
        var code = LocalGovernmentCode.Normalize(requested);
        var target = desk.Invited.FirstOrDefault(a => a.AssociationCode == code);
        if (code == desk.Code) Errors.Add("proxyHolder", text["自協会には委任できません。"]);
        else if (target is null) Errors.Add("proxyHolder", text["委任先は、この会議に招集されている協会から選んでください。"]);
        else if (target.GaveProxy) Errors.Add("proxyHolder", text["この協会も委任状を提出しているため、委任先にできません。"]);
        return code;
    }

    RenkeiUser? Representative(string? userId, bool required, bool attending)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            if (required)
                Errors.Add("representativeUserId", attending ? text["出席する場合は、代表者（協会の票を投じる人）を選んでください。"] : text["書面表決を行う代表者を選んでください。"]);
            return null;
        }
        var user = desk.Users.FirstOrDefault(u => u.Id == userId.Trim());
        if (user is null) Errors.Add("representativeUserId", text["代表者は、この協会の有効な利用者から選んでください。"]);
        return user;
    }

    List<CheckedPerson> People(IReadOnlyList<PersonAnswer> requested, AttendanceMode mode)
    {
        var meeting = desk.Meeting;
        var people = new List<CheckedPerson>();
        var fallback = mode == AttendanceMode.Online ? AttendeeMode.Online : AttendeeMode.OnSite;
        for (var i = 0; i < requested.Count; i++)
        {
            var row = requested[i];
            if (row.IsBlank) continue;
            var key = $"attendees[{i}]";
            var name = InputText.Clean(row.Name);
            var title = InputText.Clean(row.Title);
            if (name is null) Errors.Add(key + ".name", text["氏名を入力してください。"]);
            else if (name.Length > MaxName) Errors.Add(key + ".name", text["氏名は{0}文字以内で入力してください。", MaxName]);
            if (title?.Length > MaxName) Errors.Add(key + ".title", text["役職は{0}文字以内で入力してください。", MaxName]);
            var personMode = row.Mode ?? fallback;
            if (personMode == AttendeeMode.OnSite && !meeting.HasOnSite || personMode == AttendeeMode.Online && !meeting.HasOnline)
                Errors.Add(key + ".mode", meeting.HasOnSite ? text["この会議にはオンラインでの出席はありません。"] : text["この会議には現地での出席はありません。"]);
            if (row.Id is { } id && desk.Attendance.Attendees.All(p => p.Id != id))
                Errors.Add(key + ".id", text["この出席者は、この回答にいません。"]);
            people.Add(new CheckedPerson(row.Id, name ?? "", title, personMode));
        }
        if (people.Count == 0) Errors.Add("attendees", text["出席する人を1人以上入力してください。"]);
        if (people.Count > AttendanceAnswering.MaxPeople)
            Errors.Add("attendees", text["出席者は{0}人までです。", AttendanceAnswering.MaxPeople]);
        return people;
    }
}
