using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Associations;

/// <summary>A block with its current member associations, in local government code order.</summary>
public sealed record BlockMembers(Block Block, IReadOnlyList<Association> Members);

/// <summary>What the public pages read: the blocks in order and who belongs to each today.</summary>
public static class PublicRegistry
{
    /// <summary>
    /// Two small no-tracking queries (the blocks; every association with its versions), grouped in
    /// memory, so that membership follows <see cref="Association.IsCurrentMember"/> exactly.
    /// </summary>
    public static async Task<IReadOnlyList<BlockMembers>> CurrentMembersByBlockAsync(RenkeiDbContext db, DateOnly today, CancellationToken ct)
    {
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);
        var associations = await db.Associations.AsNoTracking().OrderBy(a => a.Code).ToListAsync(ct);
        var byBlock = associations
            .Where(a => a.IsCurrentMember(today) && a.Versions.Any(v => v.ValidTo is null))
            .ToLookup(a => a.Current.BlockId);
        return blocks.Select(b => new BlockMembers(b, byBlock[b.Id].ToList())).ToList();
    }

    /// <summary>An association's website as a link target, only when it is an absolute http(s) address.</summary>
    public static Uri? SafeWebsite(string? website) =>
        Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    /// <summary>Text in parentheses: full-width （…） in Japanese, " (…)" in English.</summary>
    public static string InParens(string text, bool english) => english ? $" ({text})" : $"（{text}）";

    /// <summary>A website shown as its host name (hiecc.or.jp), shorter than the address and unique per row.</summary>
    public static string WebsiteLabel(Uri uri) => uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
}
