using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>Secretariat: a meeting's agenda (items in order, candidates of elections) and its documents.</summary>
[Authorize(Policy = Policies.Secretariat)]
// A little above the documents' own limit, so a slightly larger file still gets the clear message rather than a bare 413.
[RequestSizeLimit(MeetingDocument.MaxLength + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MeetingDocument.MaxLength + 1024 * 1024)]
public class AgendaModel(RenkeiDbContext db, AgendaSteps agenda, MeetingDocuments documents, Invitations invitations, IStringLocalizer<ConveningText> t) : PageModel
{
    public sealed class UploadInput
    {
        public string? Title { get; set; }
        public string? Item { get; set; }
        public IFormFile? File { get; set; }
    }

    /// <summary>A step on one row of a list: an item, a candidate or a document.</summary>
    public sealed class RowInput
    {
        public int Id { get; set; }
        public string? ConcurrencyStamp { get; set; }
        public int Position { get; set; }
        public bool Confirm { get; set; }
    }

    /// <summary>The item being edited (?item=), or null while adding one.</summary>
    [BindProperty(SupportsGet = true, Name = "item")] public int? EditItemId { get; set; }
    [BindProperty] public AgendaItemInput Item { get; set; } = new();
    [BindProperty] public CandidateInput Candidate { get; set; } = new();
    [BindProperty] public UploadInput Upload { get; set; } = new();
    [BindProperty] public RowInput Row { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;
    public List<AgendaItem> Items => Meeting.Items.OrderBy(i => i.Number).ToList();
    public AgendaItem? Editing => EditItemId is { } id ? Meeting.Items.SingleOrDefault(i => i.Id == id) : null;
    public HashSet<int> Voted { get; private set; } = [];
    public List<DocumentSummary> Documents { get; private set; } = [];
    public List<OfficerPosition> Positions { get; private set; } = [];
    public List<Invitations.Member> Members { get; private set; } = [];
    public bool Open => Meeting.Status is MeetingStatus.Draft or MeetingStatus.Convened;
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (EditItemId is not null && Editing is null) return NotFound();
        if (Editing is { } item) Item = AgendaItemInput.From(item);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveItemAsync(int id, CancellationToken ct)
    {
        var (result, item) = EditItemId is { } itemId
            ? await agenda.UpdateItemAsync(id, itemId, Item, ConveningPages.Stamp(Item.ConcurrencyStamp), ct: ct)
            : await agenda.AddItemAsync(id, Item, null, ct);
        if (result.Succeeded)
            return Done(id, EditItemId is null ? t["議題を追加しました。"] : t["議題を保存しました。"], item!.Kind == AgendaItemKind.Election ? item.Id : null);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (result.Outcome == StepOutcome.Invalid) ModelState.AddStep(result, "Item");
        else Refuse(result);
        if (result.Outcome == StepOutcome.Conflict && Editing is { } current) Item.ConcurrencyStamp = current.ConcurrencyStamp.ToString();
        ModelState.Remove("Item.ConcurrencyStamp");
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteItemAsync(int id, CancellationToken ct)
    {
        if (!Row.Confirm) return await RefuseAsync(id, new StepResult(StepOutcome.Invalid, t["確認のチェックを入れてから、もう一度押してください。"]), ct);
        var result = await agenda.DeleteItemAsync(id, Row.Id, ConveningPages.Stamp(Row.ConcurrencyStamp), ct);
        return result.Succeeded ? Done(id, t["議題を削除し、番号を振り直しました。"]) : await RefuseAsync(id, result, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, CancellationToken ct)
    {
        var result = await agenda.MoveItemAsync(id, Row.Id, Row.Position, ct);
        return result.Succeeded ? Done(id, t["議題の順番を変えました。"]) : await RefuseAsync(id, result, ct);
    }

    public async Task<IActionResult> OnPostAddCandidateAsync(int id, CancellationToken ct)
    {
        // The form asks for the last day in office; the register counts a term up to the day it ends (exclusive).
        var typedLastDay = Candidate.TermTo;
        if (Infrastructure.InputText.TryParseDate(Candidate.TermTo, out var lastDay)) Candidate.TermTo = lastDay.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var result = EditItemId is { } itemId ? await agenda.AddCandidateAsync(id, itemId, Candidate, ct) : new StepResult(StepOutcome.NotFound);
        Candidate.TermTo = typedLastDay;
        if (result.Succeeded) return Done(id, t["候補者を追加しました。"], EditItemId);
        if (result.Outcome != StepOutcome.Invalid) return await RefuseAsync(id, result, ct);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Editing is { } item) Item = AgendaItemInput.From(item);
        ModelState.AddStep(result, "Candidate");
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteCandidateAsync(int id, CancellationToken ct)
    {
        var result = EditItemId is { } itemId ? await agenda.DeleteCandidateAsync(id, itemId, Row.Id, ct) : new StepResult(StepOutcome.NotFound);
        return result.Succeeded ? Done(id, t["候補者を削除しました。"], EditItemId) : await RefuseAsync(id, result, ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken ct)
    {
        int? itemId = int.TryParse(Upload.Item, out var i) ? i : null;
        var result = await documents.UploadAsync(id, itemId, Upload.Title, Upload.File, ct);
        if (result.Succeeded) return Done(id, t["資料を登録しました。"], EditItemId, "#documents");
        if (!await LoadAsync(id, ct)) return NotFound();
        if (result.Outcome == StepOutcome.NotFound) return NotFound();
        if (Editing is { } item) Item = AgendaItemInput.From(item);
        ModelState.AddStep(result, "Upload");
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(int id, CancellationToken ct)
    {
        var result = await documents.DeleteAsync(id, Row.Id, ct);
        return result.Succeeded ? Done(id, t["資料を削除しました。"], EditItemId, "#documents") : await RefuseAsync(id, result, ct);
    }

    IActionResult Done(int id, string flash, int? item = null, string anchor = "")
    {
        TempData["Flash"] = flash;
        return Redirect($"/meetings/manage/{id}/agenda{(item is { } x ? $"?item={x}" : "")}{anchor}");
    }

    async Task<IActionResult> RefuseAsync(int id, StepResult result, CancellationToken ct)
    {
        if (result.Outcome == StepOutcome.NotFound || !await LoadAsync(id, ct)) return NotFound();
        if (Editing is { } item) Item = AgendaItemInput.From(item);
        ModelState.Clear();
        Refuse(result);
        return Page();
    }

    void Refuse(StepResult result) => Refusal = result.Message ?? result.Errors?.Values.SelectMany(v => v).FirstOrDefault();

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Items).ThenInclude(i => i.Candidates).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return false;
        Meeting = meeting;
        var ids = meeting.Items.Select(i => i.Id).ToList();
        Voted = (await db.Ballots.Where(b => ids.Contains(b.AgendaItemId)).Select(b => b.AgendaItemId).Distinct().ToListAsync(ct)).ToHashSet();
        Documents = await documents.ListAsync(id, ct);
        Positions = await db.OfficerPositions.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(ct);
        Members = await invitations.MembersAsync(Localization.IsEnglish, ct);
        return true;
    }
}
