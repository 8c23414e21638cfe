using System.IO.Compression;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>
/// The kinds of file a meeting document may be: PDF, Word, Excel, PowerPoint and images. A file must have one of these
/// extensions AND begin with the bytes that kind of file begins with; a renamed program or web page is refused, and the
/// stored content type comes from here, never from what the browser claimed.
/// </summary>
public static class DocumentFiles
{
    public sealed record Kind(string Extension, string ContentType, Func<byte[], bool> Matches);

    static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static readonly IReadOnlyList<Kind> Kinds =
    [
        new(".pdf", "application/pdf", b => StartsWith(b, Pdf)),
        new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b => OfficeOpenXml(b, "word/")),
        new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b => OfficeOpenXml(b, "xl/")),
        new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", b => OfficeOpenXml(b, "ppt/")),
        new(".doc", "application/msword", b => StartsWith(b, Ole)),
        new(".xls", "application/vnd.ms-excel", b => StartsWith(b, Ole)),
        new(".ppt", "application/vnd.ms-powerpoint", b => StartsWith(b, Ole)),
        new(".png", "image/png", b => StartsWith(b, Png)),
        new(".jpg", "image/jpeg", b => StartsWith(b, Jpeg)),
        new(".jpeg", "image/jpeg", b => StartsWith(b, Jpeg)),
        new(".gif", "image/gif", b => StartsWith(b, "GIF87a"u8) || StartsWith(b, "GIF89a"u8)),
        new(".webp", "image/webp", b => StartsWith(b, "RIFF"u8) && b.Length > 12 && b.AsSpan(8, 4).SequenceEqual("WEBP"u8)),
    ];

    /// <summary>For the file input's accept attribute.</summary>
    public static string Accept => string.Join(",", Kinds.Select(k => k.Extension));

    /// <summary>The kind of <paramref name="fileName"/> when its content is of that kind too; null otherwise.</summary>
    public static Kind? Recognise(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var kind = Kinds.FirstOrDefault(k => k.Extension == extension);
        return kind is not null && kind.Matches(content) ? kind : null;
    }

    public static bool IsKnownExtension(string fileName) => Kinds.Any(k => k.Extension == Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>The name as uploaded, without any folder a browser sent along, control characters or reserved characters.</summary>
    public static string CleanName(string? uploaded)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (name.Length > 200) name = name[..(200 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
        return name.Length == 0 || name.StartsWith('.') ? "document" + name : name;
    }

    /// <summary>An ASCII name for old clients (filename=), keeping the extension: the UTF-8 name goes in filename*.</summary>
    public static string AsciiName(string name, int documentId)
    {
        var ascii = new string(name.Select(c => c is >= ' ' and <= '~' and not ('"' or '\\' or '%' or ';') ? c : '_').ToArray());
        return ascii.Count(c => c == '_') * 2 > ascii.Length ? $"document-{documentId}{Path.GetExtension(name).ToLowerInvariant()}" : ascii;
    }

    static bool StartsWith(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);

    // An Office Open XML file is a zip whose parts name the application: word/document.xml, xl/workbook.xml, ppt/presentation.xml.
    // Only the central directory is read, nothing is unpacked.
    static bool OfficeOpenXml(byte[] content, string folder)
    {
        if (!StartsWith(content, Zip)) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName == "[Content_Types].xml") && zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
