namespace Renkei.Web.Features.Disasters.Board;

/// <summary>
/// A disaster as typed in the declare and manage forms or sent to the API. Every value is text, so that a wrong one
/// gets a message beside its field instead of a binding error. Kind is the API's code ("flood", "heavyRain").
/// </summary>
public sealed class DisasterInput
{
    public string? NameJa { get; set; }
    public string? NameEn { get; set; }
    public string? Kind { get; set; }
    /// <summary>Two-digit prefecture codes: all affected ones when declaring, the ones to add when editing.</summary>
    public List<string> Prefectures { get; set; } = [];
    /// <summary>Japan time as a datetime-local input sends it (2027-05-21T13:30).</summary>
    public string? StartedAt { get; set; }
    /// <summary>"true" for a drill (訓練), "false" for a real disaster: asked every time, never assumed.</summary>
    public string? IsDrill { get; set; }
    public string? Details { get; set; }
    /// <summary>Hours before a request not covered goes to every block; the secretariat's to set (empty: 24).</summary>
    public string? EscalationHours { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static DisasterInput From(Disaster d) => new()
    {
        NameJa = d.NameJa,
        NameEn = d.NameEn,
        Kind = DisasterLabels.Code(d.Kind),
        StartedAt = Meetings.JapanTime.InputValue(d.StartedAt),
        IsDrill = d.IsDrill ? "true" : "false",
        Details = d.Details,
        EscalationHours = d.EscalationHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ConcurrencyStamp = d.ConcurrencyStamp.ToString(),
    };
}

/// <summary>An association's status as typed in the status form or sent to the API.</summary>
public sealed class StatusInput
{
    /// <summary>"operating", "limited" or "unable".</summary>
    public string? Status { get; set; }
    /// <summary>Null keeps what is stored (the API may leave it out).</summary>
    public bool? SupportCentreOpen { get; set; }
    public string? Note { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
