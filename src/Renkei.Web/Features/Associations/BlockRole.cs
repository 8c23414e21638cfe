namespace Renkei.Web.Features.Associations;

public enum BlockRoleKind
{
    /// <summary>幹事協会 (block chair).</summary>
    Chair,
    /// <summary>副幹事協会 (block vice-chair).</summary>
    ViceChair,
}

/// <summary>
/// Which association chairs or vice-chairs a block in a fiscal year. Roles rotate yearly
/// (Kinki rotates its chair every year), so they are stored per fiscal year, never overwritten.
/// </summary>
public class BlockRole
{
    public int Id { get; set; }
    public required string BlockId { get; set; }
    public Block? Block { get; set; }
    public int FiscalYear { get; set; }
    public BlockRoleKind Role { get; set; }
    public required string AssociationCode { get; set; }
    public Association? Association { get; set; }
}
