using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Renkei.Web.Features.Directory;

/// <summary>How an entry's content is written to the database and to JSON exports: camelCase, Japanese kept readable.</summary>
public static class DirectoryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(EntryContent content) => JsonSerializer.Serialize(content, Options);

    public static EntryContent Deserialize(string json) =>
        JsonSerializer.Deserialize<EntryContent>(json, Options) ?? new EntryContent();
}
