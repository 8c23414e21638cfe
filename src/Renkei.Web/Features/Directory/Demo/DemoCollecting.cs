using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// The demo's 2024年度 edition, opened a month ago with a deadline two weeks ahead: about a quarter of
/// the entries approved, a third submitted, three returned with a comment and the rest still drafts
/// (half untouched since the pre-fill, half edited). The demo accounts' associations are fixed: Aichi
/// in draft, Sendai returned, Kumamoto submitted.
/// </summary>
static class DemoCollecting
{
    const int Approved = 15, Submitted = 19, Returned = 2;

    static readonly string[] ReturnComments =
    [
        "主な事業の予算額をご確認ください。今年度の予算書と合っていない事業があります。",
        "相談対応言語に、ウェブサイトで案内している言語が含まれていません。ご確認のうえ再提出してください。",
        "代表者が交代されたとのことですので、代表者氏名と役員の一覧を更新してください。",
    ];

    static string Secretariat => DemoData.Secretariat.Email;

    public static DirectoryEdition Edition(List<Association> associations, Func<string, int, EntryContent> content, DateOnly today, DateTime now)
    {
        var year = DirectoryDemo.CollectingYear;
        var openedOn = today.AddDays(-30);
        var opened = DirectoryDemo.At(openedOn, 10);
        var edition = new DirectoryEdition
        {
            FiscalYear = year, Status = EditionStatus.Collecting, Deadline = today.AddDays(14), ReminderDaysBefore = 7,
            OpenedAt = opened, IsSample = true,
        };
        var r = new Random(year);
        var fixedCodes = new[] { DirectoryDemo.DraftCode, DirectoryDemo.ReturnedCode, DirectoryDemo.SubmittedCode };
        var others = associations.Where(a => !fixedCodes.Contains(a.Code)).OrderBy(_ => r.Next()).ToList();
        var states = new Dictionary<string, EntryStatus>
        {
            [DirectoryDemo.DraftCode] = EntryStatus.Draft,
            [DirectoryDemo.ReturnedCode] = EntryStatus.Returned,
            [DirectoryDemo.SubmittedCode] = EntryStatus.Submitted,
        };
        for (var i = 0; i < others.Count; i++)
            states[others[i].Code] = i < Approved ? EntryStatus.Approved
                : i < Approved + Submitted ? EntryStatus.Submitted
                : i < Approved + Submitted + Returned ? EntryStatus.Returned
                : EntryStatus.Draft;

        var reminded = DirectoryDemo.At(openedOn.AddDays(21), 9);
        var returns = 0;
        foreach (var a in associations)
        {
            if (!states.TryGetValue(a.Code, out var state)) continue;
            var admin = DirectoryDemo.AdminOf(a);
            var prefilled = content(a.Code, year - 1);
            // Half of the drafts are still as pre-filled; everyone else has worked on theirs.
            var untouched = state == EntryStatus.Draft && a.Code != DirectoryDemo.DraftCode && r.Next(2) == 0;
            var entry = new DirectoryEntry
            {
                AssociationCode = a.Code, Status = state, Content = (untouched ? prefilled : content(a.Code, year)).Copy(),
                UpdatedAt = opened, UpdatedBy = Secretariat,
            };
            entry.Record(EntryEventKind.Opened, Secretariat, opened);
            if (!untouched)
            {
                var editor = DemoData.Accounts.FirstOrDefault(d => d.AssociationCode == a.Code && d.Role == Roles.AssociationStaff)?.Email ?? admin;
                (entry.UpdatedAt, entry.UpdatedBy) = (DirectoryDemo.At(openedOn.AddDays(r.Next(1, 20)), r.Next(9, 18)), editor);
            }
            if (state != EntryStatus.Draft)
            {
                var submitted = entry.UpdatedAt.AddMinutes(30);
                entry.Record(EntryEventKind.Submitted, admin, submitted);
                entry.SubmittedAt = submitted;
                var reviewed = Earlier(submitted.AddDays(r.Next(1, 6)), now.AddHours(-2));
                if (state == EntryStatus.Approved)
                {
                    entry.Record(EntryEventKind.Approved, Secretariat, reviewed);
                    entry.ApprovedAt = reviewed;
                }
                else if (state == EntryStatus.Returned)
                {
                    var comment = ReturnComments[returns++ % ReturnComments.Length];
                    entry.Record(EntryEventKind.Returned, Secretariat, reviewed, comment);
                    entry.ReturnComment = comment;
                }
            }
            if (entry.SubmittedAt is null || entry.SubmittedAt > reminded)
                if (reminded < now) entry.Record(EntryEventKind.Reminded, Secretariat, reminded);
            edition.Entries.Add(entry);
        }
        return edition;
    }

    static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;
}
