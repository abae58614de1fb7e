using System.Text.Json;

namespace Dalad.E2E.Tests;

/// <summary>
/// The texts the host serves (our <c>Dalad</c> resource and ABP's), read from the repository's localization files, so the
/// tests check what a user reads without repeating every wording.
/// </summary>
public static class Texts
{
    /// <summary>resource → culture → key → text.</summary>
    private static readonly Lazy<Dictionary<string, Dictionary<string, Dictionary<string, string>>>> All = new(Load);

    public static string Zh(string key) => Get("Dalad", "zh-Hans", key);

    public static string En(string key) => Get("Dalad", "en", key);

    /// <summary>A text of one of ABP's resources as the host serves it, e.g. <c>Abp("AbpIdentity", "NewUser")</c>.</summary>
    public static string Abp(string resource, string key, string culture = "zh-Hans") => Get(resource, culture, key);

    private static string Get(string resource, string culture, string key) =>
        All.Value.TryGetValue(resource, out var cultures) && cultures.TryGetValue(culture, out var texts) && texts.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No {culture} text for {resource}::{key} in any Localization/{resource}/{culture}.json.");

    private static Dictionary<string, Dictionary<string, Dictionary<string, string>>> Load()
    {
        var root = RepositoryRoot();
        var separator = Path.DirectorySeparatorChar;
        var result = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var file in new[] { "modules", "host" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.json", SearchOption.AllDirectories)))
        {
            var resourceFolder = Path.GetDirectoryName(file)!;
            if (Path.GetFileName(Path.GetDirectoryName(resourceFolder)) != "Localization") continue;
            if (file.Contains($"{separator}bin{separator}", StringComparison.Ordinal) || file.Contains($"{separator}obj{separator}", StringComparison.Ordinal)) continue;
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var culture = json.RootElement.GetProperty("culture").GetString()!;
            var resource = Path.GetFileName(resourceFolder);
            if (!result.TryGetValue(resource, out var cultures)) result[resource] = cultures = new(StringComparer.Ordinal);
            if (!cultures.TryGetValue(culture, out var texts)) cultures[culture] = texts = new(StringComparer.Ordinal);
            foreach (var text in json.RootElement.GetProperty("texts").EnumerateObject()) texts[text.Name] = text.Value.GetString()!;
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
