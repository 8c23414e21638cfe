using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>One person in an answer as asked for: <paramref name="Id"/> names a person already in the answer (kept, with
/// their check-in); null adds one. <paramref name="Mode"/> null: the association's own way of attending.</summary>
public sealed record PersonAnswer(int? Id, string? Name, string? Title, AttendeeMode? Mode)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title);
}

/// <summary>
/// An association's answer as asked for, from the form or the API. <paramref name="ProxyHolder"/>: "chair" or an
/// association code; <paramref name="People"/> in the order asked (messages name them by that index).
/// </summary>
public sealed record AnswerRequest(AttendanceMode Mode, string? ProxyHolder, string? RepresentativeUserId, IReadOnlyList<PersonAnswer> People, string? Note)
{
    public const string Chair = "chair";
}

/// <summary>
/// What answering needs, loaded once: the meeting, the association's row (tracked, with its people), every invited
/// association (for proxy holders), their names, and the association's active users (who may be its representative).
/// <see cref="Refusal"/> says why the caller may look but not change (staff: 403; past the deadline: 409).
/// </summary>
public sealed class AnswerDesk
{
    public required Meeting Meeting { get; init; }
    public required Attendance Attendance { get; init; }
    public required IReadOnlyList<Attendance> Invited { get; init; }
    public required IReadOnlyDictionary<string, AssociationVersion> Names { get; init; }
    public required IReadOnlyList<RenkeiUser> Users { get; init; }
    public required bool BySecretariat { get; init; }
    public StepResult? Refusal { get; init; }

    public string Code => Attendance.AssociationCode;
    public bool MayChange => Refusal is null;

    public string Name(string code, bool english) => Names.TryGetValue(code, out var v) ? v.DisplayName(english) : code;

    /// <summary>Associations this one may give its proxy to: the other invited ones that did not give theirs.</summary>
    public IEnumerable<Attendance> ProxyChoices =>
        Invited.Where(a => a.AssociationCode != Code && a.Mode != AttendanceMode.Proxy).OrderBy(a => a.AssociationCode, StringComparer.Ordinal);

    /// <summary>Associations that gave their proxy to this one (to the chair, when this is the chair's association).</summary>
    public IReadOnlyList<string> ProxiesHeldFrom =>
        Invited.Where(a => a.AssociationCode != Code && a.GaveProxy && (a.ProxyHolderCode ?? Meeting.ChairAssociationCode) == Code)
            .Select(a => a.AssociationCode).ToList();

    public string UserName(string? userId) =>
        Users.FirstOrDefault(u => u.Id == userId) is { } u ? DisplayName(u) : Attendance.RepresentativeName ?? "";

    public static string DisplayName(RenkeiUser user) => user.DisplayName is { Length: > 0 } n ? n : user.Email ?? user.UserName ?? user.Id;
}
