namespace Renkei.BrowserTests.Infrastructure;

/// <summary>The two screens every page must work on: a phone held upright and an ordinary desktop window.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Viewport Phone = new("phone", 390, 844, IsMobile: true);
    public static readonly Viewport Desktop = new("desktop", 1280, 800, IsMobile: false);

    /// <summary>For [InlineData]: theories name a viewport by "phone" or "desktop".</summary>
    public static Viewport Named(string name) => name switch
    {
        "phone" => Phone,
        "desktop" => Desktop,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "phone or desktop"),
    };

    public override string ToString() => Name;
}
