using Microsoft.AspNetCore.OutputCaching;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// Evicts the cached public pages (the directory's among them) whenever an edition, an entry or a published
/// version is saved, by any page, the API or the command line: publication and corrections show at once.
/// Same commit-aware timing as <see cref="RegistryChangeEviction"/>.
/// </summary>
public sealed class DirectoryChangeEviction(IOutputCacheStore store) : RegistryChangeEviction(store)
{
    static readonly HashSet<Type> DirectoryTypes = [typeof(DirectoryEdition), typeof(DirectoryEntry), typeof(DirectoryEntryVersion)];

    protected override bool Watches(Type entityType) => DirectoryTypes.Contains(entityType);
}

public static class DirectoryChangeEvictionSetup
{
    public static IServiceCollection AddDirectoryChangeEviction(this IServiceCollection services)
    {
        services.AddSingleton<DirectoryChangeEviction>();
        services.ConfigureDbContext<RenkeiDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<DirectoryChangeEviction>()));
        return services;
    }
}
