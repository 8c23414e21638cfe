namespace Renkei.Web.Features.Disasters;

/// <summary>
/// An association's readiness in normal times (平常時の備え): emergency contacts that work when the office does not,
/// and what it could send to help another: staff who could be dispatched, volunteer interpreters and translators by
/// language (counts only, never personal data), remote support. Seen by its own users, the associations of its block
/// and the secretariat. Confirmed at least every 12 months; a reminder goes out when it is older.
/// </summary>
public class Preparedness
{
    public required string AssociationCode { get; set; }
    /// <summary>24時間連絡先.</summary>
    public string? Phone24h { get; set; }
    /// <summary>Where disaster e-mails go; the association's admins when empty.</summary>
    public string? Email { get; set; }
    public string? BackupName { get; set; }
    public string? BackupPhone { get; set; }
    public string? BackupEmail { get; set; }
    public int DispatchableStaff { get; set; }
    public bool RemoteSupport { get; set; }
    public string? RemoteSupportNote { get; set; }
    public List<PreparednessLanguage> Languages { get; set; } = [];
    public DateTime? ConfirmedAt { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTime? ReminderSentAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    /// <summary>Demo data (`--demo`, `seed-demo`), labelled on every page and in the API like the other sample data.</summary>
    public bool IsSample { get; set; }

    public const int ConfirmEveryMonths = 12;

    /// <summary>Never confirmed, or last confirmed 12 months ago or more.</summary>
    public bool NeedsConfirmation(DateTime now) => ConfirmedAt is not { } at || at.AddMonths(ConfirmEveryMonths) <= now;
}

/// <summary>Volunteer interpreters and translators registered for one language: counts only.</summary>
public class PreparednessLanguage
{
    public int Id { get; set; }
    public string AssociationCode { get; set; } = "";
    public required string Language { get; set; }
    public int Interpreters { get; set; }
    public int Translators { get; set; }
}
