namespace Renkei.Web.Features.Associations;

public enum AssociationKind
{
    Prefecture,
    DesignatedCity,
}

/// <summary>
/// A regional international association (地域国際化協会), keyed by the local government code of its
/// prefecture or designated city. What can change over time (name, legal form, website, block) lives
/// in <see cref="AssociationVersion"/> rows, so a rename is a new version, never an overwrite.
/// </summary>
public class Association
{
    /// <summary>全国地方公共団体コード: 6 digits, the last a check digit (Tokyo 130001).</summary>
    public required string Code { get; set; }
    public AssociationKind Kind { get; set; }
    /// <summary>Two digits, "01" to "47".</summary>
    public required string PrefectureCode { get; set; }
    public required string Prefecture { get; set; }
    public required string PrefectureEn { get; set; }
    public string? City { get; set; }
    public string? CityEn { get; set; }
    /// <summary>総務省の認定日. Unknown for some historical certifications.</summary>
    public DateOnly? CertifiedOn { get; set; }
    /// <summary>Set when the certification ends; the association is never deleted.</summary>
    public DateOnly? WithdrawnOn { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<AssociationVersion> Versions { get; set; } = [];

    public bool IsCurrentMember(DateOnly today) =>
        (CertifiedOn is null || CertifiedOn <= today) && (WithdrawnOn is null || WithdrawnOn > today);

    /// <summary>The version in force: the one whose period is still open.</summary>
    public AssociationVersion Current =>
        Versions.Where(v => v.ValidTo is null).OrderByDescending(v => v.ValidFrom).ThenByDescending(v => v.Id).FirstOrDefault()
        ?? throw new InvalidOperationException($"Association {Code} has no current version.");

    public string Place(bool english) => english
        ? (CityEn ?? PrefectureEn)
        : (City ?? Prefecture);

    /// <summary>
    /// Records a change of the versioned details as of <paramref name="effectiveFrom"/>: the current
    /// version is closed and the new one opened, so the history keeps what was true before.
    /// </summary>
    public AssociationVersion Revise(AssociationDetails details, DateOnly effectiveFrom)
    {
        var current = Current;
        if (effectiveFrom < current.ValidFrom)
            throw new ArgumentOutOfRangeException(nameof(effectiveFrom), "A revision cannot start before the version it replaces.");
        current.ValidTo = effectiveFrom;
        var next = AssociationVersion.From(details, effectiveFrom);
        Versions.Add(next);
        ConcurrencyStamp = Guid.NewGuid();
        return next;
    }
}
