using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>What the meeting form offers: the blocks and the current member associations (by block, for the checkboxes).</summary>
public sealed record MeetingFormChoices(IReadOnlyList<Block> Blocks, IReadOnlyList<Invitations.Member> Members, bool Creating, Meeting? Meeting)
{
    public IEnumerable<(Block Block, List<Invitations.Member> Members)> ByBlock =>
        Blocks.Select(b => (b, Members.Where(m => m.BlockId == b.Id).ToList())).Where(g => g.Item2.Count > 0);

    public static async Task<MeetingFormChoices> LoadAsync(RenkeiDbContext db, Invitations invitations, bool english, Meeting? meeting, CancellationToken ct) =>
        new(await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct), await invitations.MembersAsync(english, ct), meeting is null, meeting);
}

/// <summary>What the convening pages share: putting a step's messages beside the inputs, reading stamps.</summary>
public static class ConveningPages
{
    /// <summary>Each message of a refused step on its input: "chairAssociation" goes to "{prefix}.ChairAssociation"; one
    /// for a field the form does not have (or a refusal without fields) goes to the summary.</summary>
    public static void AddStep(this ModelStateDictionary modelState, StepResult result, string prefix, params string[] inputs)
    {
        foreach (var (field, messages) in result.Errors ?? [])
        {
            var name = char.ToUpperInvariant(field[0]) + field[1..];
            var key = inputs.Length == 0 || inputs.Contains(name) ? $"{prefix}.{name}" : "";
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
        if (result.Errors is not { Count: > 0 } && result.Message is { } only) modelState.AddModelError("", only);
    }

    /// <summary>The stamp a form carried; a missing or altered one matches nothing, so the step is refused as a conflict.</summary>
    public static Guid Stamp(string? value) => Guid.TryParse(value, out var g) ? g : Guid.Empty;
}

/// <summary>Punctuation around values in the reader's language: （注） and ・ in Japanese, " (note)" and " · " in English.</summary>
public static class Written
{
    public static string Paren(string? text, bool english) => string.IsNullOrEmpty(text) ? "" : english ? $" ({text})" : $"（{text}）";
    public static string Colon(bool english) => english ? ": " : "：";
    public static string Dot(bool english) => english ? " · " : "・";
    public static string Until(bool english) => english ? " – " : "〜";
}
