namespace Renkei.Web.Features.Directory;

/// <summary>collecting: associations fill in their entries; reviewing: the deadline has passed or the
/// secretariat closed collection, only returned entries are still edited; published: frozen.</summary>
public enum EditionStatus
{
    Collecting,
    Reviewing,
    Published,
}

/// <summary>
/// One year's directory (e.g. 2024年度版). Opened by the secretariat with a deadline, published once
/// every entry is approved; publication freezes each entry as version 1 of its published history.
/// </summary>
public class DirectoryEdition
{
    /// <summary>年度: 2024 is 2024年度 (令和6年度). One edition per fiscal year.</summary>
    public int FiscalYear { get; set; }
    public EditionStatus Status { get; set; }
    /// <summary>The last day, in Japan, on which associations are asked to submit.</summary>
    public DateOnly Deadline { get; set; }
    /// <summary>Automatic reminders go to associations that have not submitted this many days before the deadline.</summary>
    public int ReminderDaysBefore { get; set; } = 7;
    /// <summary>Set when the automatic reminder went out, so it goes out once (on any app instance).</summary>
    public DateTime? AutomaticReminderSentAt { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    /// <summary>Back-filled from a spreadsheet of a past year rather than collected in Renkei.</summary>
    public bool Imported { get; set; }
    /// <summary>Demo data: every page showing its figures says they are sample data.</summary>
    public bool IsSample { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<DirectoryEntry> Entries { get; set; } = [];

    public string StatusCode => Status switch
    {
        EditionStatus.Collecting => "collecting",
        EditionStatus.Reviewing => "reviewing",
        _ => "published",
    };

    /// <summary>Overdue once the deadline day has ended in Japan.</summary>
    public bool IsPastDeadline(DateOnly todayInJapan) => todayInJapan > Deadline;
}
