using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Voting;

/// <summary>
/// Members: the ballot page. The association's representative (代表者) votes on every votable item for its own association
/// and for each association whose proxy it holds, in one form; everyone of the association sees its ballots and their
/// history; others are told who votes and how the representative is named.
/// </summary>
[Authorize(Policy = Policies.Member)]
public class VoteModel(RenkeiDbContext db, MeetingResults results, BallotBox box, IStringLocalizer<VotingText> text, TimeProvider clock) : PageModel
{
    /// <summary>The chosen choice code per vote field (<see cref="BallotKey.Field"/>).</summary>
    [BindProperty] public Dictionary<string, string> Choices { get; set; } = new();
    /// <summary>The choice the page showed per field when it was rendered: only what the person changed is cast.</summary>
    [BindProperty] public Dictionary<string, string> Shown { get; set; } = new();

    public VoteSheet Sheet { get; private set; } = null!;
    public bool English { get; } = Localization.IsEnglish;
    /// <summary>Why a field's ballot was not taken (the ballot box's message), shown beside it.</summary>
    public Dictionary<string, string> Failures { get; } = new();
    /// <summary>What was recorded in a submission that also had failures.</summary>
    public List<string> Recorded { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // What the last submission recorded, item by item (after Post/Redirect/Get).
        if (Request.Cookies.ContainsKey(".AspNetCore.Mvc.CookieTempDataProvider") && TempData["VoteRecorded"] is string[] lines) Recorded.AddRange(lines);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Sheet.Voters.Count == 0) return Forbid();
        foreach (var (field, value) in Choices.Where(c => !string.IsNullOrEmpty(c.Value)).OrderBy(c => Order(c.Key)))
        {
            if (Target(field) is not { } target)
            {
                Failures[field] = text["この投票欄はありません。ページを読み込み直してください。"];
                continue;
            }
            if (VotingCodes.Choice(value) is not { } choice)
            {
                Failures[field] = text["賛成・反対・棄権のいずれかを選んでください。"];
                continue;
            }
            if (Shown.TryGetValue(field, out var shown) && shown == value) continue;
            var (slot, item, candidate) = target;
            var result = await box.CastAsync(new BallotRequest(id, item.Id, choice, candidate, slot.ByProxy ? slot.Code : null), User, ct);
            var label = Describe(slot, item, candidate);
            if (result.Succeeded) Recorded.Add(text["{0}：{1}を投票しました（{2}）。", label, VotingLabels.Choice(text, choice, item), VotingLabels.Channel(text, box.LastCast!.Channel)]);
            else Failures[field] = result.Message ?? text["投票できませんでした。"];
        }
        if (Failures.Count > 0)
        {
            // The page again, as it is now, with each refusal beside its item; what was recorded is listed at the top.
            await LoadAsync(id, ct);
            ModelState.Clear();
            return Page();
        }
        TempData["Flash"] = Recorded.Count == 0 ? text["変更はありませんでした。"].Value : text["{0}件の投票を受け付けました。", Recorded.Count].Value;
        TempData["VoteRecorded"] = Recorded.ToArray();
        return RedirectToPage("/Meetings/Voting/Vote", new { id });
    }

    /// <summary>The checked choice of a field: what was sent when it failed, else the ballot that counts.</summary>
    public string? Checked(string field, Ballot? counted) =>
        Failures.ContainsKey(field) && Choices.TryGetValue(field, out var sent) ? sent : counted is null ? null : Ballot.ChoiceCode(counted.Choice);

    public string Describe(VoterSlot slot, AgendaItem item, int candidate) =>
        text["{0}（{1}）", VotingLabels.Target(text, item, Sheet.Meeting.Items, candidate, English), SlotName(slot)];

    public string SlotName(VoterSlot slot) => slot.ByProxy ? text["{0}（委任）", slot.Name] : slot.Name;

    (VoterSlot Slot, AgendaItem Item, int Candidate)? Target(string field)
    {
        if (BallotKey.Parse(field) is not { } key || Sheet.Slot(key.Association) is not { } slot) return null;
        var item = Sheet.Items.FirstOrDefault(i => i.Id == key.ItemId);
        return item is not null && VotingCodes.Targets(item).Contains(key.Candidate) ? (slot, item, key.Candidate) : null;
    }

    (int, int, string) Order(string field) =>
        BallotKey.Parse(field) is { } k ? (Sheet.Items.FirstOrDefault(i => i.Id == k.ItemId)?.Number ?? int.MaxValue, k.Candidate, k.Association) : (int.MaxValue, 0, field);

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await VoteSheet.LoadAsync(db, results, id, User, clock, English, ct) is not { } sheet) return false;
        Sheet = sheet;
        return true;
    }
}
