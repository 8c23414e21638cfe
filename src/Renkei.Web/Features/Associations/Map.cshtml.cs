using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Associations;

/// <summary>One prefecture on the map: its association (if any), the block that colours it, its designated cities' associations.</summary>
public sealed record MapTile(Prefectures.Prefecture Prefecture, Association? Main, Block? Block, IReadOnlyList<Association> Cities);

/// <summary>Anyone: a tile map of Japan, one tile per prefecture coloured by block, with a plain list as its text equivalent.</summary>
[AllowAnonymous]
[PublicPageCache]
public class MapModel(RenkeiDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<BlockMembers> Blocks { get; private set; } = [];
    public IReadOnlyList<MapTile> Tiles { get; private set; } = [];
    public IReadOnlyList<MapTile> WithoutAssociation => Tiles.Where(t => t.Main is null).ToList();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Blocks = await PublicRegistry.CurrentMembersByBlockAsync(db, JapanDate.Today(clock), ct);
        var blockOf = Blocks.SelectMany(b => b.Members.Select(a => (a.Code, b.Block))).ToDictionary(x => x.Code, x => x.Block);
        var byPrefecture = Blocks.SelectMany(b => b.Members).ToLookup(a => a.PrefectureCode);
        Tiles = Prefectures.All.Select(p =>
        {
            var here = byPrefecture[p.Code].OrderBy(a => a.Code).ToList();
            // The tile stands for the prefecture's own association; a city's only when the prefecture has none.
            var main = here.FirstOrDefault(a => a.Kind == AssociationKind.Prefecture) ?? here.FirstOrDefault();
            var cities = here.Where(a => a.Kind == AssociationKind.DesignatedCity && a != main).ToList();
            return new MapTile(p, main, main is null ? null : blockOf[main.Code], cities);
        }).ToList();
    }

    /// <summary>The tiles coloured by <paramref name="block"/>, in prefecture code order (the text list under the map).</summary>
    public IEnumerable<MapTile> TilesOf(Block block) => Tiles.Where(t => t.Block?.Id == block.Id);
}
