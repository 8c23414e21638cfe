using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>
/// Secretariat: the live tally of every item; for one item (or candidate), who has voted, by which channel and through
/// which proxy holder; recording paper or show-of-hands ballots association by association (never a total); and
/// closing the item's vote after a confirmation.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public class VotesModel(RenkeiDbContext db, MeetingResults results, BallotBox box, MeetingClosing closing, CurrentActor actor,
    IStringLocalizer<VotingText> text) : PageModel
{
    /// <summary>The item shown in detail (default: the first votable item still open).</summary>
    [BindProperty(SupportsGet = true)] public int? Item { get; set; }
    /// <summary>The candidate of a per-candidate election (default: the first).</summary>
    [BindProperty(SupportsGet = true)] public int Candidate { get; set; }
    /// <summary>The choice code to record per association code; empty: nothing recorded for it.</summary>
    [BindProperty] public Dictionary<string, string> Record { get; set; } = new();
    [BindProperty] public bool Confirm { get; set; }

    public MeetingResultsReport Report { get; private set; } = null!;
    public Meeting Meeting => Report.Meeting;
    public MeetingResults Tally => results;
    public ItemResult? Selected { get; private set; }
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public bool English { get; } = Localization.IsEnglish;
    /// <summary>Why an association's ballot was not recorded, shown in its row.</summary>
    public Dictionary<string, string> Failures { get; } = new();
    /// <summary>Why a step was refused (the vote closed meanwhile, a conflict), shown at the top.</summary>
    public string? Refusal { get; private set; }

    public bool SelectedOpen => Selected is { } s && !s.Final && Meeting.Status == MeetingStatus.Convened;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecordAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Selected is null) return NotFound();
        var recorded = 0;
        foreach (var (code, value) in Record.Where(r => !string.IsNullOrEmpty(r.Value)).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (VotingCodes.Choice(value) is not { } choice)
            {
                Failures[code] = text["賛成・反対・棄権のいずれかを選んでください。"];
                continue;
            }
            var result = await box.CastAsync(new BallotRequest(id, Selected.Item.Id, choice, Candidate, code), User, ct);
            if (result.Succeeded) recorded++;
            else Failures[code] = result.Message ?? text["記録できませんでした。"];
        }
        var target = VotingLabels.Target(text, Selected.Item, Meeting.Items, Candidate, English);
        if (Failures.Count > 0)
        {
            await LoadAsync(id, ct);
            Refusal = text["{0}：{1}協会の投票を記録しました。記録できなかった協会があります（表の中に理由があります）。", target, recorded];
            ModelState.Clear();
            return Page();
        }
        TempData["Flash"] = recorded == 0 ? text["記録する投票が選ばれていませんでした。"].Value : text["{0}：{1}協会の投票を記録しました。", target, recorded].Value;
        return Redirect(id);
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Selected is null) return NotFound();
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), text["締め切ってよいことを確認し、チェックを入れてください。"]);
            return Page();
        }
        var result = await closing.CloseItemAsync(id, Selected.Item.Id, actor.Name, ct);
        if (!result.Succeeded)
        {
            await LoadAsync(id, ct);
            Refusal = result.Message;
            ModelState.Clear();
            return Page();
        }
        await LoadAsync(id, ct);
        TempData["Flash"] = text["{0}の投票を締め切りました。結果：{1}", Selected.Item.Label(Meeting.Items, English), results.Label(Selected.Verdict)].Value;
        return Redirect(id);
    }

    public string? Checked(string code) => Failures.ContainsKey(code) && Record.TryGetValue(code, out var sent) ? sent : "";

    /// <summary>The ballots that count now for the selected target, by association.</summary>
    public Dictionary<string, Ballot> CountedByAssociation() =>
        Selected is null ? [] : ResultsView.Ballots(Selected, Candidate).ToDictionary(b => b.AssociationCode);

    IActionResult Redirect(int id) => RedirectToPage("/Meetings/Voting/Votes", new { id, item = Selected!.Item.Id, candidate = Candidate == 0 ? (int?)null : Candidate });

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await results.LoadAsync(id, ct) is not { } meeting) return false;
        Report = await results.ComputeAsync(meeting, ct);
        var voted = Report.Items.Where(i => i.Item.IsVoted).ToList();
        Selected = Item is { } wanted ? voted.FirstOrDefault(i => i.Item.Id == wanted) : voted.FirstOrDefault(i => !i.Final) ?? voted.FirstOrDefault();
        if (Item is not null && Selected is null) return false;
        if (Selected is not null)
        {
            var targets = VotingCodes.Targets(Selected.Item).ToList();
            if (!targets.Contains(Candidate)) Candidate = targets.FirstOrDefault();
        }
        Names = await AssociationNames.OfAsync(db, meeting.Attendances.Select(a => a.AssociationCode).ToList(), English, ct);
        return true;
    }
}
