using System.Text.RegularExpressions;
using System.Xml.Linq;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Localization;

/// <summary>
/// Japanese first, English second: every text a view looks up with L["…"] must have its English in
/// the view's sibling .en.resx, and no English entry may be empty. Catches a page that would
/// otherwise show Japanese to an English reader.
/// </summary>
public partial class TranslationTests
{
    // L["…"] and L["…", arguments]: a text with placeholders needs its English as much as any other.
    [GeneratedRegex("""\bL\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex ViewLookup();

    public static TheoryData<string> Views()
    {
        var data = new TheoryData<string>();
        foreach (var view in SourceTree.Files("*.cshtml").Where(v => ViewLookup().IsMatch(File.ReadAllText(v))))
            data.Add(Path.GetRelativePath(SourceTree.WebProject, view));
        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_text_a_view_looks_up_has_english(string view)
    {
        var path = Path.Combine(SourceTree.WebProject, view);
        var resx = Path.ChangeExtension(path, null) + ".en.resx";
        var keys = ViewLookup().Matches(File.ReadAllText(path)).Select(m => Regex.Unescape(m.Groups[1].Value)).Distinct().ToList();
        Assert.True(File.Exists(resx), $"{view} looks up {keys.Count} texts but has no {Path.GetFileName(resx)}");
        var english = Entries(resx);
        var missing = keys.Where(k => !english.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"{view}: no English for: {string.Join(" | ", missing)}");
    }

    [Fact]
    public void No_english_entry_is_empty()
    {
        var empty = SourceTree.Files("*.en.resx")
            .SelectMany(f => Entries(f).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{Path.GetFileName(f)}: {e.Key}"))
            .ToList();
        Assert.True(empty.Count == 0, "Empty English entries: " + string.Join(", ", empty));
    }

    static Dictionary<string, string> Entries(string resx) =>
        XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
