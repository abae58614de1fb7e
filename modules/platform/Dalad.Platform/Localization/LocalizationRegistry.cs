using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Dalad.Platform.Localization;

public sealed record LanguageInfo(string CultureName, string DisplayName, string FlagIcon);

/// <summary>
/// Texts of every module, by resource and culture, read from embedded JSON files in ABP's format
/// (<c>Localization/{Resource}/{culture}.json</c> holding <c>{ "culture": "zh-Hans", "texts": { … } }</c>).
/// Several modules may add to one resource.
/// </summary>
public sealed class LocalizationRegistry
{
    public const string DefaultCulture = "zh-Hans";

    private readonly Dictionary<string, Dictionary<string, Dictionary<string, string>>> _texts = new(StringComparer.Ordinal);

    // Texts held as data (a department configured at run time), replaced whole by their owner; they never override a
    // text a module ships.
    private volatile Dictionary<string, Dictionary<string, Dictionary<string, string>>> _dynamic = new(StringComparer.Ordinal);

    public IReadOnlyList<LanguageInfo> Languages { get; } =
    [
        new("zh-Hans", "简体中文", "cn"),
        new("en", "English", "gb"),
    ];

    public IEnumerable<string> ResourceNames => _texts.Keys.Union(_dynamic.Keys);

    /// <summary>Replaces every text held as data: resource → culture → key → text.</summary>
    public void SetDynamic(IEnumerable<(string Resource, string Culture, string Key, string Text)> texts)
    {
        var next = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var (resource, culture, key, text) in texts)
        {
            if (!next.TryGetValue(resource, out var cultures)) next[resource] = cultures = new(StringComparer.OrdinalIgnoreCase);
            if (!cultures.TryGetValue(culture, out var existing)) cultures[culture] = existing = new(StringComparer.Ordinal);
            existing[key] = text;
        }
        _dynamic = next;
    }

    public void AddEmbeddedJson(Assembly assembly)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var afterFolder = name[(name.IndexOf(".Localization.", StringComparison.Ordinal) + ".Localization.".Length)..];
            var resource = afterFolder[..afterFolder.IndexOf('.', StringComparison.Ordinal)];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<LocalizationFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidOperationException($"Empty localization file {name}.");
            Add(resource, file.Culture, file.Texts);
        }
    }

    public void Add(string resource, string culture, IReadOnlyDictionary<string, string> texts)
    {
        if (!_texts.TryGetValue(resource, out var cultures)) _texts[resource] = cultures = new(StringComparer.OrdinalIgnoreCase);
        if (!cultures.TryGetValue(culture, out var existing)) cultures[culture] = existing = new(StringComparer.Ordinal);
        foreach (var (key, value) in texts) existing[key] = value;
    }

    /// <summary>The texts of a resource in a culture, falling back to its parent culture and then to zh-Hans.</summary>
    public IReadOnlyDictionary<string, string> GetTexts(string resource, string culture)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in new[] { _dynamic, _texts })
        {
            if (!source.TryGetValue(resource, out var cultures)) continue;
            foreach (var candidate in FallbackChain(culture).Reverse())
            {
                if (cultures.TryGetValue(candidate, out var texts))
                    foreach (var (key, value) in texts) result[key] = value;
            }
        }
        return result;
    }

    public string? Find(string resource, string key, string culture)
    {
        foreach (var candidate in FallbackChain(culture))
        {
            if (_texts.TryGetValue(resource, out var cultures) && cultures.TryGetValue(candidate, out var texts) && texts.TryGetValue(key, out var text)) return text;
            if (_dynamic.TryGetValue(resource, out var held) && held.TryGetValue(candidate, out var heldTexts) && heldTexts.TryGetValue(key, out var heldText)) return heldText;
        }
        return null;
    }

    public static string NormalizeCulture(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture)) return DefaultCulture;
        return culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : DefaultCulture;
    }

    private static IEnumerable<string> FallbackChain(string culture)
    {
        var normalized = NormalizeCulture(culture);
        yield return normalized;
        if (normalized != DefaultCulture) yield return DefaultCulture;
    }

    private sealed record LocalizationFile(string Culture, Dictionary<string, string> Texts);
}

/// <summary>The platform's <see cref="IStringLocalizer"/> over one resource, in the current UI culture.</summary>
public sealed class ResourceLocalizer(LocalizationRegistry registry, string resource = LocalizationResourceNames.Default) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = registry.Find(resource, name, CultureInfo.CurrentUICulture.Name);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        => registry.GetTexts(resource, CultureInfo.CurrentUICulture.Name).Select(kv => new LocalizedString(kv.Key, kv.Value));
}
