namespace Renkei.Web.Features.Associations;

/// <summary>A regional block (地域ブロック): the unit of block councils and of disaster mutual support.</summary>
public class Block
{
    /// <summary>Stable slug used in URLs and the API, e.g. "kanto".</summary>
    public required string Id { get; set; }
    public required string NameJa { get; set; }
    public required string NameEn { get; set; }
    /// <summary>North to south, the order Japanese readers expect.</summary>
    public int SortOrder { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public string Name(bool english) => english ? NameEn : NameJa;
}
