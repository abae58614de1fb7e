using System.Text.Json;

namespace Dalad.E2E.Tests;

/// <summary>
/// The texts of the <c>Dalad</c> resource as the host serves them, read from the repository's localization files, so
/// the tests check what a user reads without repeating every wording.
/// </summary>
public static class Texts
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> ByCulture = new(Load);

    public static string Zh(string key) => Get("zh-Hans", key);

    public static string En(string key) => Get("en", key);

    private static string Get(string culture, string key) =>
        ByCulture.Value.TryGetValue(culture, out var texts) && texts.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No {culture} text for Dalad::{key} in any Localization/Dalad/{culture}.json.");

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        var root = RepositoryRoot();
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var folder in new[] { "modules", "host" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.json", SearchOption.AllDirectories)
                         .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Dalad" && Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) == "Localization")
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var culture = json.RootElement.GetProperty("culture").GetString()!;
                if (!result.TryGetValue(culture, out var texts)) result[culture] = texts = new(StringComparer.Ordinal);
                foreach (var text in json.RootElement.GetProperty("texts").EnumerateObject()) texts[text.Name] = text.Value.GetString()!;
            }
        }
        return result;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dalad.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Dalad.sln not found above {AppContext.BaseDirectory}.");
    }
}
