using Dalad.Responsibility;

namespace Dalad.Routing;

/// <summary>A name that places a complaint in a territory.</summary>
/// <param name="Kind">territory-name, territory-alias, territory-partial, village.</param>
internal sealed record PlaceName(string Text, string TerritoryCode, string Kind, double Weight);

/// <summary>A word that names a scope item of an industry owner.</summary>
/// <param name="Weight">Longer and rarer words weigh more (see <see cref="RoutingModel.KeywordWeight"/>).</param>
internal sealed record ScopeKeyword(string Text, string BodyCode, string Sector, double Weight);

/// <summary>
/// What routing searches, built from one version of the responsibility matrix: the gazetteer's names and the scope
/// keywords. Immutable; a change to the matrix builds a new one. Register entries are matched by search (Contracts).
/// </summary>
internal sealed class RoutingModel
{
    // Suffixes of township-level names: "吉格斯太镇" is also called "吉格斯太".
    private static readonly string[] TerritorySuffixes = ["街道办事处", "街道", "苏木", "镇"];
    private static readonly string[] VillageSuffixes = ["嘎查", "社区", "村委会", "村"];

    private RoutingModel(long version, IReadOnlyDictionary<string, BodyDto> bodies, IReadOnlyDictionary<string, TerritoryDto> territories,
        IReadOnlyList<PlaceName> places, IReadOnlyList<ScopeKeyword> keywords)
    {
        Version = version;
        Bodies = bodies;
        Territories = territories;
        Places = places;
        Keywords = keywords;
    }

    public long Version { get; }
    public IReadOnlyDictionary<string, BodyDto> Bodies { get; }
    public IReadOnlyDictionary<string, TerritoryDto> Territories { get; }
    public IReadOnlyList<PlaceName> Places { get; }
    public IReadOnlyList<ScopeKeyword> Keywords { get; }

    public static RoutingModel Build(ResponsibilityMatrixSnapshot matrix)
    {
        var bodies = matrix.Bodies.ToDictionary(b => b.Code, StringComparer.Ordinal);
        var activeTerritories = matrix.Territories.Where(t => !bodies.TryGetValue(t.BodyCode, out var body) || body.IsActive).ToList();
        return new RoutingModel(matrix.Version, bodies, activeTerritories.ToDictionary(t => t.Code, StringComparer.Ordinal),
            BuildPlaces(activeTerritories), BuildKeywords(matrix, bodies));
    }

    private static List<PlaceName> BuildPlaces(IReadOnlyList<TerritoryDto> territories)
    {
        var candidates = new List<PlaceName>();
        foreach (var territory in territories)
        {
            candidates.Add(new PlaceName(territory.Name, territory.Code, "territory-name", 3.0));
            foreach (var alias in territory.Aliases) candidates.Add(new PlaceName(alias, territory.Code, "territory-alias", 3.0));
            // A zone is named in full: its short form (达拉特) is the banner's own name.
            foreach (var name in territory.Kind == TerritoryKinds.Zone ? [] : territory.Aliases.Prepend(territory.Name))
            {
                var stem = Strip(name, TerritorySuffixes);
                if (stem.Length >= 2) candidates.Add(new PlaceName(stem, territory.Code, "territory-alias", 2.5));
                // A caller may write a homophone for the last syllable (吉格斯台 for 吉格斯太): the first three characters
                // of a longer name still point to the territory, as weaker evidence.
                if (stem.Length >= 4) candidates.Add(new PlaceName(stem[..3], territory.Code, "territory-partial", 1.5));
            }
            foreach (var village in territory.Villages)
            {
                candidates.Add(new PlaceName(village.Name, territory.Code, "village", 2.5));
                var stem = Strip(village.Name, VillageSuffixes);
                if (stem.Length >= 2 && stem != village.Name) candidates.Add(new PlaceName(stem, territory.Code, "village", 1.5));
            }
        }

        // A name shared by two territories (昭君 is both 昭君镇 and 昭君街道) proves neither.
        return candidates
            .Where(p => p.Text.Length >= 2)
            .GroupBy(p => p.Text, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.TerritoryCode).Distinct().Count() == 1)
            .Select(g => g.MaxBy(p => p.Weight)!)
            .ToList();
    }

    private static List<ScopeKeyword> BuildKeywords(ResponsibilityMatrixSnapshot matrix, Dictionary<string, BodyDto> bodies)
    {
        var items = matrix.ScopeItems.Where(i => bodies.TryGetValue(i.BodyCode, out var body) && body.IsActive).ToList();
        var sourceTexts = items.GroupBy(i => i.BodyCode).Select(g => string.Concat(g.Select(i => i.SourceText + i.Sector))).ToList();
        var keywords = new Dictionary<(string, string), ScopeKeyword>();
        foreach (var item in items)
        {
            foreach (var word in item.Keywords.Append(item.Sector).Select(k => k.Trim()).Where(k => k.Length >= 2 && !k.Contains('（', StringComparison.Ordinal)))
            {
                var keyword = new ScopeKeyword(word, item.BodyCode, item.Sector, KeywordWeight(word, sourceTexts));
                var key = (word, item.BodyCode);
                if (!keywords.TryGetValue(key, out var existing) || existing.Weight < keyword.Weight) keywords[key] = keyword;
            }
        }
        return [.. keywords.Values];
    }

    /// <summary>
    /// Longer words are more telling; a word that appears in the scope text of several bodies (施工, 工程) says less
    /// about which one owns the complaint — an inverse document frequency over the bodies' scope texts.
    /// </summary>
    internal static double KeywordWeight(string word, IReadOnlyList<string> bodyScopeTexts)
    {
        var length = word.Length switch { 2 => 1.0, 3 => 1.5, 4 => 2.0, _ => 2.5 };
        var bodiesMentioning = Math.Max(1, bodyScopeTexts.Count(t => t.Contains(word, StringComparison.Ordinal)));
        return length / bodiesMentioning;
    }

    private static string Strip(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        return name;
    }
}
