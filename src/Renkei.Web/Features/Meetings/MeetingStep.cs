using Microsoft.EntityFrameworkCore;

namespace Renkei.Web.Features.Meetings;

public enum StepOutcome
{
    Done,
    /// <summary>No such meeting or item for this caller (another association's, a draft, not invited): 404.</summary>
    NotFound,
    /// <summary>The caller may see it but not do this (not the representative, staff instead of admin): 403.</summary>
    Forbidden,
    /// <summary>The meeting or item is not in a state that allows it (deadline passed, vote closed): 409.</summary>
    Closed,
    /// <summary>Someone else saved the same row in between: 409, nothing of ours stored.</summary>
    Conflict,
    Invalid,
}

/// <summary>What a meeting step did; messages are in the caller's language. Pages and the API map the outcome to a status.</summary>
public record StepResult(StepOutcome Outcome, string? Message = null, Dictionary<string, string[]>? Errors = null)
{
    public static readonly StepResult Done = new(StepOutcome.Done);
    public bool Succeeded => Outcome == StepOutcome.Done;

    public int StatusCode => Outcome switch
    {
        StepOutcome.Done => 200,
        StepOutcome.NotFound => 404,
        StepOutcome.Forbidden => 403,
        StepOutcome.Closed or StepOutcome.Conflict => 409,
        _ => 400,
    };

    public static StepResult Invalid(string field, string message) => new(StepOutcome.Invalid, message, new() { [field] = [message] });

    /// <summary>Saves; when someone else saved the same row in between, nothing of ours is stored and <paramref name="conflict"/> answers.</summary>
    public static async Task<StepResult> SaveAsync(DbContext db, Func<StepResult> conflict, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return conflict();
        }
    }
}
