using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings.Minutes;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Officers;

/// <summary>Secretariat: the officer positions (names, seats, usual term, order; add new ones) and corrections to the
/// register (add a term by hand, end a term on a date). Terms are never deleted, elected ones least of all.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class ManageModel(RenkeiDbContext db, OfficerEditing editing, IStringLocalizer<MinutesText> text, TimeProvider clock) : PageModel
{
    public sealed class PositionInput
    {
        /// <summary>Empty for a new position.</summary>
        public int? Id { get; set; }
        public string? NameJa { get; set; }
        public string? NameEn { get; set; }
        public string? Seats { get; set; }
        public string? TermYears { get; set; }
        public string? SortOrder { get; set; }
        public string? Version { get; set; }
    }

    public sealed class TermInput
    {
        public string? Position { get; set; }
        public string? PersonName { get; set; }
        public string? PersonTitle { get; set; }
        public string? Association { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
    }

    public sealed class EndInput
    {
        public int TermId { get; set; }
        public string? EndOn { get; set; }
        /// <summary>The end date the form showed ("" for none): a change meanwhile is a conflict.</summary>
        public string? SeenTo { get; set; }
    }

    [BindProperty] public PositionInput Position { get; set; } = new();
    [BindProperty] public TermInput Term { get; set; } = new();
    [BindProperty] public EndInput End { get; set; } = new();

    public DateOnly Today { get; private set; }
    public IReadOnlyList<OfficerPosition> Positions { get; private set; } = [];
    public IReadOnlyList<OfficerRow> Terms { get; private set; } = [];
    /// <summary>Every association, current members first, for the term form's list.</summary>
    public IReadOnlyList<Association> Associations { get; private set; } = [];
    /// <summary>The term being ended (?end=), shown with its form.</summary>
    public OfficerRow? Ending { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? edit, int? end, CancellationToken ct)
    {
        await LoadAsync(end, ct);
        if (edit is { } id && Positions.FirstOrDefault(p => p.Id == id) is { } p)
            Position = new PositionInput
            {
                Id = p.Id, NameJa = p.NameJa, NameEn = p.NameEn, Seats = p.Seats.ToString(), TermYears = p.TermYears.ToString(),
                SortOrder = p.SortOrder.ToString(), Version = OfficerEditing.Version(p),
            };
        else
            Position = new PositionInput { Seats = "1", TermYears = "2", SortOrder = ((Positions.Count == 0 ? 0 : Positions.Max(x => x.SortOrder)) + 1).ToString() };
        if (Ending is { } e) End = new EndInput { TermId = e.Term.Id, SeenTo = e.Term.To is { } to ? OfficerEditing.Iso(to) : "", EndOn = OfficerEditing.Iso(Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostPositionAsync(CancellationToken ct)
    {
        var change = new PositionChange(Position.NameJa, Position.NameEn, Position.Seats, Position.TermYears, Position.SortOrder);
        var result = await editing.SavePositionAsync(Position.Id, change, Position.Version, ct);
        var name = Infrastructure.InputText.Clean(Localization.IsEnglish ? Position.NameEn : Position.NameJa);
        return await AnswerAsync(result, "Position", Position.Id is null ? text["役職「{0}」を追加しました。", name!] : text["役職「{0}」を保存しました。", name!], null, ct);
    }

    public async Task<IActionResult> OnPostTermAsync(CancellationToken ct)
    {
        var result = await editing.AddTermAsync(new TermChange(Term.Position, Term.PersonName, Term.PersonTitle, Term.Association, Term.From, Term.To), ct);
        return await AnswerAsync(result, "Term", text["任期を記録しました。"], null, ct);
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken ct)
    {
        var result = await editing.EndTermAsync(End.TermId, End.EndOn, End.SeenTo, ct);
        return await AnswerAsync(result, "End", text["任期の終了日を記録しました。"], End.TermId, ct);
    }

    async Task<IActionResult> AnswerAsync(StepResult result, string prefix, string done, int? ending, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            TempData["Flash"] = done;
            return RedirectToPage("/Meetings/Officers/Manage");
        }
        if (result.Outcome == StepOutcome.NotFound) return NotFound();
        await LoadAsync(ending, ct);
        if (result.Outcome == StepOutcome.Invalid)
        {
            foreach (var (field, messages) in result.Errors ?? [])
                foreach (var message in messages) ModelState.AddModelError($"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
            return Page();
        }
        // Someone changed it first: show what is stored now; the typed values stay, with what the form must carry next.
        Refusal = result.Message;
        ModelState.Clear();
        if (prefix == "Position" && Positions.FirstOrDefault(p => p.Id == Position.Id) is { } now) Position.Version = OfficerEditing.Version(now);
        if (prefix == "End" && Ending is { } e) End.SeenTo = e.Term.To is { } to ? OfficerEditing.Iso(to) : "";
        return Page();
    }

    async Task LoadAsync(int? ending, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Today = JapanDate.Today(clock);
        Positions = await OfficerBook.PositionsAsync(db, ct);
        Terms = await OfficerBook.AllAsync(db, ct);
        Ending = ending is { } id ? Terms.FirstOrDefault(t => t.Term.Id == id) : null;
        var all = await db.Associations.AsNoTracking().Include(a => a.Versions).OrderBy(a => a.Code).ToListAsync(ct);
        Associations = all.OrderBy(a => a.IsCurrentMember(Today) ? 0 : 1).ThenBy(a => a.Code).ToList();
    }
}
