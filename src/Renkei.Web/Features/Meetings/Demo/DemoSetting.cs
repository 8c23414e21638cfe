using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;

namespace Renkei.Web.Features.Meetings.Demo;

/// <summary>
/// What every demo meeting is built from: the registry's associations, the demo accounts' user ids (a representative
/// must be a real user to vote), "now" from the injected clock, and the made-up people who attend.
/// </summary>
sealed class DemoSetting(IReadOnlyList<Association> associations, IReadOnlyDictionary<string, string> userIds, DateTime now)
{
    public DateTime Now { get; } = now;
    public DateOnly Today { get; } = JapanTime.Date(now);

    /// <summary>The associations that were members on <paramref name="day"/>, in code order: a meeting's invitation list.</summary>
    public List<string> MembersOn(DateOnly day) =>
        associations.Where(a => a.IsCurrentMember(day)).Select(a => a.Code).Order(StringComparer.Ordinal).ToList();

    public List<string> BlockMembers(string blockId, DateOnly day) =>
        associations.Where(a => a.IsCurrentMember(day) && a.Current.BlockId == blockId).Select(a => a.Code).Order(StringComparer.Ordinal).ToList();

    public string Name(string code, bool english = false) =>
        associations.SingleOrDefault(a => a.Code == code)?.Current.DisplayName(english) ?? code;

    public static string Secretariat => DemoData.Secretariat.Email;
    public string SecretariatId => UserId(Secretariat);

    public string UserId(string email) => userIds.GetValueOrDefault(email, "");

    /// <summary>The demo admin account of an association, when there is one (Aichi, Sendai, Kumamoto).</summary>
    public static DemoData.DemoAccount? Admin(string code) =>
        DemoData.Accounts.FirstOrDefault(a => a.AssociationCode == code && a.Role == Roles.AssociationAdmin);

    /// <summary>Who answers for an association: its demo admin, or a made-up address for the others.</summary>
    public static string AnswererOf(string code) => Admin(code)?.Email ?? $"admin-{code}@example.jp";

    /// <summary>A moment given in Japan time, as stored (UTC).</summary>
    public static DateTime At(DateOnly day, int hour, int minute = 0) =>
        JapanTime.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)));

    // The directory demo's family names (no one is likely to carry them, so no one real seems named), with more given names.
    static readonly string[] GivenNames =
    [
        "太郎", "花子", "一郎", "和子", "次郎", "由美", "健", "明美", "誠", "直子", "浩", "恵子", "修", "陽子", "聡", "裕子",
        "大輔", "美咲", "拓也", "真理", "翔", "亜希子", "学", "智子", "剛", "典子", "亮", "香織", "進", "千尋", "実", "麻衣",
    ];

    /// <summary>
    /// A made-up person. Numbers 0 to 159 give 160 different names (5 family × 32 given), neighbours differing in both.
    /// The meetings use their own ranges so that one name is one person: 2023 attendees 0–59, 2023 officers 60–69,
    /// upcoming candidates 70–73, upcoming attendees from 74, steering committee from 125, Kinki from 135.
    /// </summary>
    public static string Person(int n) =>
        $"{DemoCatalogue.FamilyNames[n % DemoCatalogue.FamilyNames.Length]} {GivenNames[n * 7 % GivenNames.Length]}";

    static readonly string[] Titles = ["事務局長", "課長", "主任", "係長", "常務理事", "主査", "参事", "主事"];
    public static string Title(int n) => Titles[n % Titles.Length];

    /// <summary>
    /// An association's ballot as the history holds it. Ballots are appended directly here, not through the ballot box:
    /// these votes were taken before the demo existed (recorded by the secretariat) or, for the upcoming meeting, stand
    /// for votes cast earlier. A consent to a written resolution is kept for ten years, as the ballot box keeps it.
    /// </summary>
    public static Ballot Vote(Meeting meeting, AgendaItem item, string code, BallotChoice choice, BallotChannel channel, DateTime at,
        string byId, string byName, string? proxyHolder = null, int candidate = 0, int sequence = 1) => new()
        {
            MeetingId = meeting.Id,
            AgendaItemId = item.Id,
            CandidateNumber = candidate,
            AssociationCode = code,
            Sequence = sequence,
            Choice = choice,
            Channel = channel,
            ProxyHolderCode = proxyHolder,
            CastByUserId = byId,
            CastByName = byName,
            CastAt = at,
            KeepUntil = item.Majority == MajorityRule.AllMembersConsent ? JapanTime.Date(at).AddYears(10) : null,
        };

    /// <summary>Approved minutes, as the secretariat left them.</summary>
    public static MeetingMinutes ApprovedMinutes(string ja, string en, DateTime approvedAt) => new()
    {
        Status = MinutesStatus.Approved,
        BodyJa = ja,
        BodyEn = en,
        UpdatedAt = approvedAt.AddDays(-3),
        UpdatedBy = Secretariat,
        ApprovedAt = approvedAt,
        ApprovedBy = Secretariat,
    };
}
