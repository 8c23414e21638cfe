namespace Renkei.Tests.Infrastructure;

/// <summary>The repository's own source files, for tests that check conventions across the code.</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Renkei.Web");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Renkei.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Renkei.slnx not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(WebProject, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
}
