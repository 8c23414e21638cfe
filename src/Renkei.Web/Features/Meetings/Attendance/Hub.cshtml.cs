using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>A meeting document as listed (its bytes stay in the database until downloaded).</summary>
public sealed record DocumentLink(int Id, int? AgendaItemId, string Title, string FileName, long Length);

/// <summary>Members of an invited association and the secretariat: the meeting's page — notice, date, place, online link, agenda and documents, the association's answer, and the way to vote, the results and the minutes when they apply.</summary>
[Authorize(Policy = Policies.Member)]
public class HubModel(RenkeiDbContext db, AttendanceBook book, TimeProvider clock) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<AgendaItem> Agenda { get; private set; } = [];
    public IReadOnlyList<DocumentLink> Documents { get; private set; } = [];
    public Attendance? Own { get; private set; }
    public IReadOnlyDictionary<string, AssociationVersion> Names { get; private set; } = new Dictionary<string, AssociationVersion>();
    public bool English => Localization.IsEnglish;
    public bool IsSecretariat => User.IsSecretariat();
    public bool IsAdmin => User.IsInRole(Roles.AssociationAdmin);
    public DateTime Now { get; private set; }
    /// <summary>The caller casts a ballot now: the vote is open and they are a representative (of their own association or of one whose proxy it holds).</summary>
    public bool MayVote { get; private set; }
    public bool ResultsFinal => Meeting.Status != MeetingStatus.Cancelled && Meeting.IsVoteFinal(Now);
    public bool MinutesApproved => Meeting.Minutes?.Status == MinutesStatus.Approved;
    public bool RegistrationOpen => Meeting.IsRegistrationOpen(Now);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.VisibleTo(User).AsNoTracking()
            .Include(m => m.Items).ThenInclude(i => i.Candidates).ThenInclude(c => c.Position)
            .Include(m => m.Attendances).ThenInclude(a => a.Attendees)
            .Include(m => m.Minutes)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return NotFound();
        Meeting = meeting;
        Now = clock.GetUtcNow().UtcDateTime;
        Agenda = meeting.Items.OrderBy(i => i.Number).ToList();
        Documents = await db.MeetingDocuments.AsNoTracking().Where(d => d.MeetingId == id).OrderBy(d => d.Id)
            .Select(d => new DocumentLink(d.Id, d.AgendaItemId, d.Title, d.FileName, d.Length)).ToListAsync(ct);
        Own = meeting.Attendances.SingleOrDefault(a => a.AssociationCode == User.AssociationCodeOf());
        var codes = meeting.Attendances.Select(a => a.AssociationCode)
            .Concat(meeting.Items.SelectMany(i => i.Candidates).Select(c => c.AssociationCode));
        Names = await book.NamesAsync(meeting.ChairAssociationCode is { } chair ? codes.Append(chair) : codes, ct);
        MayVote = meeting.Status == MeetingStatus.Convened && !meeting.IsVoteFinal(Now) && BallotBox.Channel(meeting, Now) is not null
            && meeting.Attendances.Any(v => BallotBox.MayVote(meeting, v, meeting.Attendances, User));
        return Page();
    }

    public string Name(string code) => Names.TryGetValue(code, out var v) ? v.DisplayName(English) : code;

    public IEnumerable<DocumentLink> DocumentsOf(int? itemId) => Documents.Where(d => d.AgendaItemId == itemId);

    /// <summary>Associations whose proxy the caller's association holds (to the chair, when it is the chair's association).</summary>
    public IEnumerable<string> ProxiesHeld => Own is null ? []
        : Meeting.Attendances.Where(a => a.GaveProxy && (a.ProxyHolderCode ?? Meeting.ChairAssociationCode) == Own.AssociationCode).Select(a => a.AssociationCode);

    public static string Size(long bytes, bool english) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.0} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
