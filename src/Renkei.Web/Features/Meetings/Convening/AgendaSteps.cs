using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Registry;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// Secretariat: a meeting's agenda, shared by the agenda page and API v1. Items stay numbered 1..n in agenda order;
/// an item that has ballots keeps what the ballots were cast on (it cannot be deleted, nor its kind, majority,
/// election mode or candidates changed). Nothing changes once the meeting is closed or cancelled.
/// </summary>
public class AgendaSteps(RenkeiDbContext db, AgendaRules rules, Invitations invitations, IStringLocalizer<ConveningText> t)
{
    public async Task<(StepResult Result, AgendaItem? Item)> AddItemAsync(int meetingId, AgendaItemInput input, IReadOnlyList<CandidateInput>? candidates, CancellationToken ct = default)
    {
        var (meeting, refusal) = await OpenAsync(meetingId, ct);
        if (meeting is null) return (refusal!, null);
        var errors = new RuleErrors();
        var values = rules.Check(input, errors);
        var list = await CandidatesAsync(meeting, values, candidates, errors, ct);
        if (values is null || errors.Any) return (Invalid(errors), null);
        var item = new AgendaItem { MeetingId = meeting.Id, TitleJa = values.Title, Number = meeting.Items.Select(i => i.Number).DefaultIfEmpty(0).Max() + 1 };
        values.ApplyTo(item);
        item.Candidates.AddRange(Numbered(list));
        db.AgendaItems.Add(item);
        return (await SaveAsync(ct), item);
    }

    /// <param name="candidates">Null keeps the candidates; a list replaces them (API).</param>
    /// <param name="number">Where the item goes in the agenda (API); null keeps its place.</param>
    public async Task<(StepResult Result, AgendaItem? Item)> UpdateItemAsync(int meetingId, int itemId, AgendaItemInput input, Guid? stamp,
        IReadOnlyList<CandidateInput>? candidates = null, int? number = null, CancellationToken ct = default)
    {
        var (meeting, refusal) = await OpenAsync(meetingId, ct);
        if (meeting is null) return (refusal!, null);
        if (meeting.Items.SingleOrDefault(i => i.Id == itemId) is not { } item) return (new StepResult(StepOutcome.NotFound), null);
        if (stamp is { } s && s != item.ConcurrencyStamp) return (Conflict(), null);
        var errors = new RuleErrors();
        var values = rules.Check(input, errors);
        var list = await CandidatesAsync(meeting, values, candidates, errors, ct);
        if (values is not null && values.Kind != AgendaItemKind.Election && candidates is null && item.Candidates.Count > 0)
            errors.Add("kind", t["候補者のいる議題は、選任以外に変更できません。先に候補者を削除してください。"]);
        if (values is null || errors.Any) return (Invalid(errors), null);
        if (await HasBallotsAsync(item.Id, ct))
        {
            if (values.Kind != item.Kind || values.Majority != item.Majority || values.ElectionMode != item.ElectionMode)
                return (new StepResult(StepOutcome.Closed, t["投票のある議題は、種類・議決に必要な賛成・選任の方法を変更できません（議題名と説明は変更できます）。"]), null);
            if (candidates is not null && !SameCandidates(item.Candidates, list))
                return (new StepResult(StepOutcome.Closed, t["投票のある選任の議題は、候補者を変更できません。"]), null);
        }
        values.ApplyTo(item);
        item.ConcurrencyStamp = Guid.NewGuid();
        var result = await InTransactionAsync(async () =>
        {
            if (candidates is not null && !SameCandidates(item.Candidates, list))
            {
                db.ElectionCandidates.RemoveRange(item.Candidates);
                await db.SaveChangesAsync(ct);
                item.Candidates.AddRange(Numbered(list));
            }
            await db.SaveChangesAsync(ct);
            if (number is { } n && n != item.Number) await SaveOrderAsync(Moved(meeting, item, n), ct);
        }, ct);
        return (result, item);
    }

    public async Task<StepResult> DeleteItemAsync(int meetingId, int itemId, Guid? stamp, CancellationToken ct = default)
    {
        var (meeting, refusal) = await OpenAsync(meetingId, ct);
        if (meeting is null) return refusal!;
        if (meeting.Items.SingleOrDefault(i => i.Id == itemId) is not { } item) return new StepResult(StepOutcome.NotFound);
        if (stamp is { } s && s != item.ConcurrencyStamp) return Conflict();
        if (await HasBallotsAsync(itemId, ct))
            return new StepResult(StepOutcome.Closed, t["この議題には投票があるため削除できません。投票は記録として残します。"]);
        return await InTransactionAsync(async () =>
        {
            db.AgendaItems.Remove(item);
            await db.SaveChangesAsync(ct);
            await SaveOrderAsync(meeting.Items.Where(i => i.Id != itemId).OrderBy(i => i.Number).ToList(), ct);
        }, ct);
    }

    /// <summary>Moves an item to <paramref name="position"/> (1..n, clamped); the others close up around it.</summary>
    public async Task<StepResult> MoveItemAsync(int meetingId, int itemId, int position, CancellationToken ct = default)
    {
        var (meeting, refusal) = await OpenAsync(meetingId, ct);
        if (meeting is null) return refusal!;
        if (meeting.Items.SingleOrDefault(i => i.Id == itemId) is not { } item) return new StepResult(StepOutcome.NotFound);
        return await InTransactionAsync(() => SaveOrderAsync(Moved(meeting, item, position), ct), ct);
    }

    public async Task<StepResult> AddCandidateAsync(int meetingId, int itemId, CandidateInput input, CancellationToken ct = default)
    {
        var (meeting, refusal) = await OpenAsync(meetingId, ct);
        if (meeting is null) return refusal!;
        if (meeting.Items.SingleOrDefault(i => i.Id == itemId) is not { } item) return new StepResult(StepOutcome.NotFound);
        if (item.Kind != AgendaItemKind.Election) return StepResult.Invalid("candidates", t["候補者を登録できるのは選任の議題だけです。"]);
        if (await HasBallotsAsync(itemId, ct)) return new StepResult(StepOutcome.Closed, t["投票のある選任の議題は、候補者を変更できません。"]);
        var errors = new RuleErrors();
        var values = new AgendaItemValues(item.Kind, item.TitleJa, null, null, null, item.Majority, item.Wording, item.ElectionMode);
        var candidate = (await CandidatesAsync(meeting, values, [input], errors, ct)).SingleOrDefault();
        if (candidate is null || errors.Any)
            return new StepResult(StepOutcome.Invalid, t["入力内容を確認してください。"], errors.All.GroupBy(e => e.Field.Replace("candidates[0].", ""))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        candidate.Number = item.Candidates.Select(c => c.Number).DefaultIfEmpty(0).Max() + 1;
        item.Candidates.Add(candidate);
        item.ConcurrencyStamp = Guid.NewGuid();
        return await SaveAsync(ct);
    }

    public async Task<StepResult> DeleteCandidateAsync(int meetingId, int itemId, int candidateId, CancellationToken ct = default)
    {
        var (meeting, refusal) = await OpenAsync(meetingId, ct);
        if (meeting is null) return refusal!;
        var item = meeting.Items.SingleOrDefault(i => i.Id == itemId);
        if (item?.Candidates.SingleOrDefault(c => c.Id == candidateId) is not { } candidate) return new StepResult(StepOutcome.NotFound);
        if (await HasBallotsAsync(itemId, ct)) return new StepResult(StepOutcome.Closed, t["投票のある選任の議題は、候補者を変更できません。"]);
        item.ConcurrencyStamp = Guid.NewGuid();
        return await InTransactionAsync(async () =>
        {
            db.ElectionCandidates.Remove(candidate);
            await db.SaveChangesAsync(ct);
            var rest = item.Candidates.Where(c => c.Id != candidateId).OrderBy(c => c.Number).ToList();
            // (AgendaItemId, Number) is unique and checked row by row: park the moving ones on negative numbers first.
            foreach (var (c, k) in rest.Where((c, i) => c.Number != i + 1).Select((c, k) => (c, k))) c.Number = -(k + 1);
            await db.SaveChangesAsync(ct);
            for (var i = 0; i < rest.Count; i++) rest[i].Number = i + 1;
            await db.SaveChangesAsync(ct);
        }, ct);
    }

    public Task<bool> HasBallotsAsync(int itemId, CancellationToken ct = default) => db.Ballots.AnyAsync(b => b.AgendaItemId == itemId, ct);

    /// <summary>The meeting with its agenda, tracked; a refusal when there is none or it can no longer change.</summary>
    async Task<(Meeting? Meeting, StepResult? Refusal)> OpenAsync(int meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Items).ThenInclude(i => i.Candidates).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return (null, new StepResult(StepOutcome.NotFound));
        if (meeting.Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
            return (null, new StepResult(StepOutcome.Closed, t["閉会・中止した会議の議題は変更できません。"]));
        return (meeting, null);
    }

    async Task<List<ElectionCandidate>> CandidatesAsync(Meeting meeting, AgendaItemValues? values, IReadOnlyList<CandidateInput>? inputs, RuleErrors errors, CancellationToken ct)
    {
        if (inputs is null || inputs.Count == 0) return [];
        if (values is not null && values.Kind != AgendaItemKind.Election)
        {
            errors.Add("candidates", t["候補者を登録できるのは選任の議題だけです。"]);
            return [];
        }
        var positions = await db.OfficerPositions.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(ct);
        var members = (await invitations.MembersAsync(false, ct)).Select(m => m.Code).ToHashSet();
        var meetingDate = JapanTime.Date(meeting.StartsAt);
        return inputs.Select((c, i) => rules.Check(c, positions, members, meetingDate, errors, $"candidates[{i}].")).OfType<ElectionCandidate>().ToList();
    }

    static IEnumerable<ElectionCandidate> Numbered(List<ElectionCandidate> list)
    {
        for (var i = 0; i < list.Count; i++) list[i].Number = i + 1;
        return list;
    }

    static bool SameCandidates(List<ElectionCandidate> stored, List<ElectionCandidate> sent) =>
        stored.Count == sent.Count && stored.OrderBy(c => c.Number).Zip(sent).All(p =>
            p.First.OfficerPositionId == p.Second.OfficerPositionId && p.First.PersonName == p.Second.PersonName
            && p.First.PersonTitle == p.Second.PersonTitle && p.First.AssociationCode == p.Second.AssociationCode
            && p.First.TermFrom == p.Second.TermFrom && p.First.TermTo == p.Second.TermTo);

    static List<AgendaItem> Moved(Meeting meeting, AgendaItem item, int position)
    {
        var order = meeting.Items.Where(i => i != item).OrderBy(i => i.Number).ToList();
        order.Insert(Math.Clamp(position, 1, order.Count + 1) - 1, item);
        return order;
    }

    /// <summary>
    /// Numbers the items 1..n in the given order. (MeetingId, Number) is unique and every UPDATE is checked at once, so
    /// the items that move are parked on negative numbers first; both saves run in the caller's transaction.
    /// </summary>
    async Task SaveOrderAsync(List<AgendaItem> ordered, CancellationToken ct)
    {
        var moving = ordered.Where((item, i) => item.Number != i + 1).ToList();
        if (moving.Count == 0) return;
        for (var k = 0; k < moving.Count; k++)
        {
            moving[k].Number = -(k + 1);
            moving[k].ConcurrencyStamp = Guid.NewGuid();
        }
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Number = i + 1;
        await db.SaveChangesAsync(ct);
    }

    async Task<StepResult> InTransactionAsync(Func<Task> work, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await work();
            await transaction.CommitAsync(ct);
            return StepResult.Done;
        }
        catch (DbUpdateException)
        {
            // A stale stamp, or another renumbering of the same agenda at the same moment: nothing of ours is kept.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Conflict();
        }
    }

    Task<StepResult> SaveAsync(CancellationToken ct) => StepResult.SaveAsync(db, Conflict, ct);

    StepResult Invalid(RuleErrors errors) => new(StepOutcome.Invalid, t["入力内容を確認してください。"], errors.ToDictionary());

    StepResult Conflict() => new(StepOutcome.Conflict, t["他の人が先にこの議題を変更しました。画面を読み込み直してから、もう一度操作してください。"]);
}
