using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Support;

/// <summary>
/// The current names of the member associations (63 rows, read at once), for pages, e-mails and the timeline. A code
/// without a current version (withdrawn since) shows as its code; null is the secretariat.
/// </summary>
public sealed class SupportNames(IReadOnlyDictionary<string, AssociationVersion> versions)
{
    public static async Task<SupportNames> LoadAsync(RenkeiDbContext db, CancellationToken ct = default) =>
        new(await db.AssociationVersions.AsNoTracking().Where(v => v.ValidTo == null).ToDictionaryAsync(v => v.AssociationCode, ct));

    public string Of(string? code, bool english) =>
        code is null ? (english ? "The secretariat" : "事務局")
        : versions.TryGetValue(code, out var v) ? v.DisplayName(english) : code;

    /// <summary>The block an association is in now; null for an unknown code.</summary>
    public string? BlockOf(string code) => versions.TryGetValue(code, out var v) ? v.BlockId : null;

    /// <summary>Every current member association's code, in code order (north to south).</summary>
    public IEnumerable<string> Codes => versions.Keys.Order(StringComparer.Ordinal);

    /// <summary>For <see cref="Timeline.Describe"/>: code → name in the reader's language.</summary>
    public Func<string?, string> For(bool english) => code => Of(code, english);
}
