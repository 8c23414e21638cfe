using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Features.Associations;

namespace Renkei.Web.Features.Directory;

/// <summary>Anyone: the directory's home, its published editions newest first with their files.</summary>
[AllowAnonymous]
[PublicPageCache]
public class DirectoryIndexModel(PublishedDirectory directory) : PageModel
{
    public IReadOnlyList<DirectoryEdition> Editions { get; private set; } = [];
    public IReadOnlyDictionary<int, int> Counts { get; private set; } = new Dictionary<int, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Editions = await directory.EditionsAsync(ct);
        Counts = await directory.EntryCountsAsync(ct);
    }
}
