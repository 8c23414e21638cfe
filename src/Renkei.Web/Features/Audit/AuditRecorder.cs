using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Audit;

/// <summary>Turns tracked changes into audit rows (before → after of each changed property).</summary>
static class AuditRecorder
{
    public record Pending(EntityEntry Entry, string Action, Dictionary<string, object?>? Before, Dictionary<string, object?>? After);

    // Not audited: the log itself, mail in the outbox (it carries sign-in links), key material and tokens.
    static readonly HashSet<Type> Skipped =
        [typeof(AuditEntry), typeof(OutboxMessage), typeof(DataProtectionKey), typeof(IdentityUserToken<string>)];

    // Secrets and bookkeeping on the user row never reach the log.
    static readonly HashSet<string> HiddenProperties =
        [nameof(RenkeiUser.PasswordHash), nameof(RenkeiUser.SecurityStamp), nameof(RenkeiUser.ConcurrencyStamp), "NormalizedEmail", "NormalizedUserName", nameof(RenkeiUser.AccessFailedCount)];

    // Any property, on any entity, whose name says it holds a secret (a future TokenHash, ApiSecret, ...)
    // is left out too: the audit log is read by people who must not learn credentials from it.
    static readonly string[] SecretNameParts = ["Password", "Secret", "Token", "AuthenticatorKey", "RecoveryCode"];

    internal static bool IsHidden(string property) =>
        HiddenProperties.Contains(property) || SecretNameParts.Any(part => property.Contains(part, StringComparison.OrdinalIgnoreCase));

    static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>The changes about to be saved (the context has detected them: see RenkeiDbContext.SaveChangesAsync).</summary>
    public static List<Pending> Capture(ChangeTracker tracker)
    {
        var list = new List<Pending>();
        foreach (var e in tracker.Entries())
        {
            if (Skipped.Contains(e.Metadata.ClrType)) continue;
            switch (e.State)
            {
                case EntityState.Added:
                    list.Add(new(e, "Added", null, null));
                    break;
                case EntityState.Deleted:
                    list.Add(new(e, "Deleted", Values(e, p => p.OriginalValue), null));
                    break;
                case EntityState.Modified:
                    var changed = e.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !IsHidden(p.Metadata.Name)).ToList();
                    if (changed.Count == 0) break;
                    list.Add(new(e, "Modified",
                        changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue),
                        changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)));
                    break;
            }
        }
        return list;
    }

    public static IEnumerable<AuditEntry> Complete(List<Pending> pending, CurrentActor actor, DateTime now) =>
        pending.Select(p => new AuditEntry
        {
            At = now,
            Actor = actor.Name,
            UserId = actor.UserId,
            Action = p.Action,
            EntityType = TypeName(p.Entry.Metadata.ClrType),
            EntityKey = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => p.Entry.Property(k.Name).CurrentValue)),
            AssociationCode = AssociationOf(p.Entry),
            Before = p.Before is null ? null : JsonSerializer.Serialize(p.Before, Json),
            After = p.Action == "Deleted" ? null : JsonSerializer.Serialize(p.After ?? Values(p.Entry, v => v.CurrentValue), Json),
        });

    // A file's bytes (a meeting document) are recorded by their size: the log says what changed, it is no archive.
    static Dictionary<string, object?> Values(EntityEntry e, Func<PropertyEntry, object?> pick) =>
        e.Properties.Where(p => !IsHidden(p.Metadata.Name))
            .ToDictionary(p => p.Metadata.Name, p => pick(p) is byte[] bytes ? $"{bytes.Length} bytes" : pick(p));

    // "IdentityUserRole`1" reads as "IdentityUserRole".
    static string TypeName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;

    static string? AssociationOf(EntityEntry e) => e.Entity switch
    {
        Association a => a.Code,
        AssociationVersion v => v.AssociationCode,
        BlockRole r => r.AssociationCode,
        RenkeiUser u => u.AssociationCode,
        _ => e.Metadata.FindProperty("AssociationCode") is { } p ? e.Property(p.Name).CurrentValue as string : null,
    };
}
