using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Disasters.Readiness;

/// <summary>Who confirmed a preparedness last, as members may see it: a person's display name, never their e-mail.</summary>
public sealed record Confirmer(string? DisplayName, bool IsSecretariat);

/// <summary>A current member association with its stored preparedness (<see cref="Row"/> null when it has none yet).</summary>
public sealed record PreparednessEntry(string Code, string Name, string? NameEn, string BlockId, Preparedness? Row, Confirmer? ConfirmedBy)
{
    public string DisplayName(bool english) => english && !string.IsNullOrEmpty(NameEn) ? NameEn : Name;

    public bool NeedsConfirmation(DateTime now) => Row?.NeedsConfirmation(now) ?? true;

    /// <summary>Has the contact that confirming vouches for: a row made only to record a reminder has none.</summary>
    public bool IsRegistered => !string.IsNullOrEmpty(Row?.Phone24h);

    public Guid Stamp => Row?.ConcurrencyStamp ?? Guid.Empty;

    public bool IsSample => Row?.IsSample ?? false;

    /// <summary>"山田 花子", "事務局" or the association's name; null when unknown.</summary>
    public string? ConfirmedByText(bool english) => ConfirmedBy switch
    {
        { DisplayName: { Length: > 0 } name } => name,
        { IsSecretariat: true } => english ? "The secretariat" : "事務局",
        not null => DisplayName(english),
        _ => null,
    };
}

/// <summary>
/// Who sees and who changes an association's preparedness. Its own users, the associations of its block and the
/// secretariat see it; anyone else gets 404, as if it did not exist. Its own admins and the secretariat change and
/// confirm it. Only current members are listed: a withdrawn association has nothing to keep ready.
/// </summary>
public static class ReadinessScope
{
    public static bool MayEdit(ClaimsPrincipal user, string code) =>
        user.IsSecretariat() || (user.IsInRole(Roles.AssociationAdmin) && user.AssociationCodeOf() == code);

    /// <summary>The members the caller sees, in code order: its own block; for the secretariat every block or <paramref name="block"/>.</summary>
    public static Task<List<PreparednessEntry>> ListAsync(RenkeiDbContext db, Responder who, string? block, CancellationToken ct = default)
    {
        var members = Members(db, who);
        if (who.IsSecretariat && block is not null) members = members.Where(v => v.BlockId == block);
        return LoadAsync(db, members, ct);
    }

    /// <summary>One association if the caller may see it; null (→ 404) otherwise, for a malformed code as well.</summary>
    public static async Task<PreparednessEntry?> FindAsync(RenkeiDbContext db, Responder who, string? code, CancellationToken ct = default)
    {
        if (LocalGovernmentCode.Normalize(code) is not { } normalized) return null;
        return (await LoadAsync(db, Members(db, who).Where(v => v.AssociationCode == normalized), ct)).SingleOrDefault();
    }

    static IQueryable<AssociationVersion> Members(RenkeiDbContext db, Responder who)
    {
        var members = db.AssociationVersions.Where(v => v.ValidTo == null)
            .Where(v => db.Associations.Any(a => a.Code == v.AssociationCode && a.WithdrawnOn == null));
        // An association user without a block (cannot happen with current data) sees nothing rather than everything.
        return who.IsSecretariat ? members : members.Where(v => v.BlockId == who.BlockId);
    }

    static async Task<List<PreparednessEntry>> LoadAsync(RenkeiDbContext db, IQueryable<AssociationVersion> members, CancellationToken ct)
    {
        var versions = (await members.Select(v => new { v.AssociationCode, v.Name, v.NameEn, v.BlockId, v.ValidFrom }).ToListAsync(ct))
            .GroupBy(v => v.AssociationCode).Select(g => g.OrderByDescending(v => v.ValidFrom).First())
            .OrderBy(v => v.AssociationCode, StringComparer.Ordinal).ToList();
        var codes = versions.Select(v => v.AssociationCode).ToList();
        var rows = await db.Preparedness.AsNoTracking().Include(p => p.Languages)
            .Where(p => codes.Contains(p.AssociationCode)).ToDictionaryAsync(p => p.AssociationCode, ct);
        var confirmers = await ConfirmersAsync(db, rows.Values.Select(r => r.ConfirmedBy), ct);
        return versions.Select(v =>
        {
            var row = rows.GetValueOrDefault(v.AssociationCode);
            var by = row?.ConfirmedBy is not { } stored ? null
                : confirmers.GetValueOrDefault(stored) ?? (stored.Contains('@') ? null : new Confirmer(stored, false));
            return new PreparednessEntry(v.AssociationCode, v.Name, v.NameEn, v.BlockId, row, by);
        }).ToList();
    }

    /// <summary>The people behind the stored e-mails (who confirmed), by e-mail.</summary>
    static async Task<Dictionary<string, Confirmer>> ConfirmersAsync(RenkeiDbContext db, IEnumerable<string?> emails, CancellationToken ct)
    {
        var wanted = emails.OfType<string>().Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<string, Confirmer>(StringComparer.OrdinalIgnoreCase);
        var users = await db.Users.Where(u => u.Email != null && wanted.Contains(u.Email))
            .Select(u => new { u.Email, u.DisplayName, u.AssociationCode }).ToListAsync(ct);
        return users.GroupBy(u => u.Email!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new Confirmer(g.First().DisplayName, g.First().AssociationCode is null), StringComparer.OrdinalIgnoreCase);
    }
}
