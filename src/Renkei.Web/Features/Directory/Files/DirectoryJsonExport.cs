using System.Text.Json;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>The edition as JSON, for programs: camelCase, entries' content as stored (<see cref="DirectoryJson"/>).</summary>
public static class DirectoryJsonExport
{
    public const string ContentType = "application/json; charset=utf-8";

    public sealed record Document(int FiscalYear, string Status, DateTime? PublishedAt, bool IsSample, bool WorkingCopy, bool MembersOnlyFields,
        IReadOnlyList<Entry> Entries);

    public sealed record Entry(string Code, string AssociationName, string Block, string BlockName, int Version, EntryContent Content);

    public static Document Build(EditionFile file) => new(
        file.FiscalYear, file.Edition.StatusCode,
        file.Edition.PublishedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
        file.Edition.IsSample, file.WorkingCopy, file.Members,
        file.Entries.Select(e => new Entry(e.Code, e.AssociationName, e.Block.Id, e.Block.NameJa, e.Version, e.Content)).ToList());

    public static void Write(EditionFile file, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = DirectoryJson.Options.Encoder, Indented = true });
        JsonSerializer.Serialize(writer, Build(file), DirectoryJson.Options);
    }
}
