using PdfSharp.Fonts;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>
/// The Japanese font every PDF of the app uses: IPAexGothic, shipped in Fonts/ with its licence (see Fonts/README.md),
/// because a fresh server has no CJK font and nothing may be installed at run time. PDFsharp embeds a subset.
/// Bold is simulated (the font has one weight).
/// </summary>
public sealed class JapaneseFont : IFontResolver
{
    public const string Family = "IPAexGothic";
    const string Face = "ipaexg";

    static readonly Lazy<byte[]> Bytes = new(() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fonts", "ipaexg.ttf")));

    // PDFsharp takes one resolver for the whole process, and only before its first document.
    static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new JapaneseFont();
        return true;
    });

    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, italic);

    public byte[] GetFont(string faceName) => Bytes.Value;
}
