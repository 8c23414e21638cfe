using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Associations;

/// <summary>
/// Evicts the cached public pages whenever blocks, associations, their versions or block roles are
/// saved, whoever saves them (registry pages, the API, the command line), so no caller can forget.
/// Eviction waits for the commit when the save runs inside a transaction (the audited save does).
/// </summary>
public class RegistryChangeEviction(IOutputCacheStore store) : AfterCommitInterceptor
{
    static readonly HashSet<Type> RegistryTypes = [typeof(Block), typeof(Association), typeof(AssociationVersion), typeof(BlockRole)];

    protected override bool Watches(EntityEntry entry) => Watches(entry.Metadata.ClrType);

    /// <summary>Whether saving an entity of this type changes what the cached public pages show.</summary>
    protected virtual bool Watches(Type entityType) => RegistryTypes.Contains(entityType);

    protected override ValueTask CommittedAsync(CancellationToken ct) => PublicPageCache.EvictAsync(store, ct);
}

public static class PublicPageCacheSetup
{
    /// <summary>Evicts the cached public pages on every registry save (the output cache itself is in WebPlumbing).</summary>
    public static WebApplicationBuilder AddPublicPageCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegistryChangeEviction>();
        builder.Services.ConfigureDbContext<RenkeiDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<RegistryChangeEviction>()));
        return builder;
    }
}
