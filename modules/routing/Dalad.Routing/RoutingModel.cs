using Dalad.Responsibility;

namespace Dalad.Routing;

/// <summary>A name that places a complaint in a territory.</summary>
/// <param name="Kind">territory-name, territory-alias, territory-partial, village.</param>
internal sealed record PlaceName(string Text, string TerritoryCode, string Kind, double Weight);

/// <summary>A word that names a scope item of an industry owner.</summary>
/// <param name="Weight">Longer and rarer words weigh more (see <see cref="RoutingModel.KeywordWeight"/>).</param>
internal sealed record ScopeKeyword(string Text, string BodyCode, string Sector, double Weight);

/// <summary>A word that names a GB/T 4754 class (from its name or its note) and the body the matrix gives the class.</summary>
/// <param name="FromName">From the class's name (stronger) rather than its note.</param>
/// <param name="ShopOnly">A one-character product or a two-character word of a note (砖, 美甲): read only right before 厂/店/馆.</param>
/// <param name="CallerWord">A caller's everyday word for the class (足疗 for 足浴服务), from <see cref="CallerWords"/>.</param>
internal sealed record ClassTerm(string Text, IndustryClassDto Class, string BodyCode, bool FromName, bool ShopOnly = false, bool CallerWord = false);

/// <summary>
/// The words callers use for a business or a trade where the classification uses its own (足疗, 加油站, 中心校), each
/// naming a GB/T 4754 class. Routing data: which body owns the class is still the matrix's decision.
/// </summary>
internal sealed record CallerWords(IReadOnlyDictionary<string, string[]> Classes)
{
    private sealed record File(string Basis, Dictionary<string, string[]> Classes);

    /// <summary>The list shipped with routing (Data/caller-words.json).</summary>
    public static CallerWords Shipped { get; } = Load();

    public static CallerWords None { get; } = new(new Dictionary<string, string[]>());

    private static CallerWords Load()
    {
        using var stream = typeof(CallerWords).Assembly.GetManifestResourceStream("Dalad.Routing.Data.caller-words.json")
            ?? throw new InvalidOperationException("caller-words.json is not embedded in Dalad.Routing.");
        var file = System.Text.Json.JsonSerializer.Deserialize<File>(stream, new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        return new CallerWords(file.Classes);
    }
}

/// <summary>A construction word: a trade, a building or work, or a project type's word with the type's owner.</summary>
/// <param name="Kind">trade, works, project-type.</param>
internal sealed record ConstructionTerm(string Text, string Kind, ProjectTypeDto? ProjectType);

/// <summary>A township-level name a caller may misspell by one character; <see cref="Stem"/> is the name without its suffix.</summary>
internal sealed record TolerantName(string Stem, string Name, string TerritoryCode, string[] Suffixes);

/// <summary>
/// What routing searches, built from one version of the responsibility matrix: the gazetteer's names, the scope
/// keywords, the industry classification with the owner the matrix gives each class, and the construction
/// vocabulary. Immutable; a change to the matrix builds a new one. Register entries are matched by search (Contracts).
/// </summary>
internal sealed class RoutingModel
{
    // A zone's kind and its short forms; the last list only after the place's name (恩格贝生态区): alone, too common a word.
    private static readonly (string Kind, string[] Short, string[] AfterPlaceOnly)[] ZoneKinds =
        [("经济开发区", ["开发区", "经开区"], []), ("生态示范区", ["示范区"], ["生态区"])];

    // Suffixes of township-level names: "吉格斯太镇" is also called "吉格斯太".
    private static readonly string[] TerritorySuffixes = ["街道办事处", "街道", "苏木", "镇"];
    private static readonly string[] VillageSuffixes = ["嘎查", "社区", "村委会", "村"];

    /// <summary>The owner of a complaint whose sector cannot be told: the scope item holding this code (data, reassignable).</summary>
    public const string FallbackCode = "*";

    // Words of class names and notes that say nothing about the sector (they occur in most complaints or classes).
    private static readonly HashSet<string> StopTerms = new(StringComparer.Ordinal)
    {
        "工资", "工人", "公司", "老板", "项目", "工程", "服务", "其他", "产品", "设备", "材料", "建筑", "管理", "用品", "制品", "加工", "生产",
        "销售", "经营", "单位", "机构", "活动", "专业", "相关", "以及", "包括", "不包括", "各种", "各类", "主要", "用于", "提供", "进行", "利用",
        "未列明", "其他未列明", "零售", "批发", "制造", "修理", "维修", "维护", "安装", "施工", "工作", "人员", "社会", "个人", "家庭", "日用",
        "工业", "农业", "商业", "企业", "机械", "场所", "开发", "组织", "信息", "技术", "运输", "中心", "办公", "公共", "一般", "普通", "综合",
        "小型", "大型", "配套", "基础", "设施", "作业", "辅助", "支持", "代理", "租赁", "咨询", "装修", "维修服务", "修理与维护", "培训", "教育",
        "运营", "政府", "保护", "治理", "文化", "体育", "娱乐", "卫生", "健康", "环境", "生态", "资源", "能源", "电力", "燃料", "化学", "食品",
        "饮料", "用具", "器具", "零件", "配件", "部件", "装置", "仪器", "仪表", "工具", "电子", "电气", "金属", "非金属", "合成", "原料", "半成品",
        "成品", "废料", "制作", "工艺", "家用", "民用", "城市", "农村", "乡村", "地区", "国家", "外包", "劳务", "派遣", "物业",
        "街道", "社区", "乡镇", "居民", "帮助", "修改", "科技", "安全", "质量", "发展", "建设", "改造", "车间", "工厂", "门店", "商店", "店铺",
        "电话", "网络", "平台", "资金", "专用", "通用", "其", "人", "工", "费", "钱", "家", "大", "小", "新", "老", "上", "下", "外", "内", "站",
    };

    private RoutingModel(long version, IReadOnlyDictionary<string, BodyDto> bodies, IReadOnlyDictionary<string, TerritoryDto> territories,
        IReadOnlyList<PlaceName> places, IReadOnlyList<TolerantName> tolerantNames, IReadOnlyList<ScopeKeyword> keywords,
        IReadOnlyList<ClassTerm> classTerms, IReadOnlyList<ConstructionTerm> constructionTerms, ConstructionVocabularyDto construction, string? fallbackBody)
    {
        Version = version;
        Bodies = bodies;
        Territories = territories;
        Places = places;
        TolerantNames = tolerantNames;
        Keywords = keywords;
        ClassTerms = classTerms;
        ConstructionTerms = constructionTerms;
        Construction = construction;
        FallbackBody = fallbackBody;
        PlaceIndex = new TermIndex<PlaceName>(places, p => p.Text);
        KeywordIndex = new TermIndex<ScopeKeyword>(keywords, k => k.Text);
        ClassIndex = new TermIndex<ClassTerm>(classTerms, c => c.Text);
        ConstructionIndex = new TermIndex<ConstructionTerm>(constructionTerms, c => c.Text);
        // 酒店 → 经济型连锁酒店, 旅馆 → 一般旅馆: a shop word that ends a class's own name.
        foreach (var term in classTerms.Where(t => !t.ShopOnly && t.FromName && t.Class.Level >= 3 && t.Text == t.Class.Name && t.Text.Length >= 2))
            ShopWords.TryAdd(term.Text[^2..], term);
    }

    /// <summary>Class names by their last two characters (酒店, 旅馆), for an X店/X馆 no other class names.</summary>
    internal Dictionary<string, ClassTerm> ShopWords { get; } = new(StringComparer.Ordinal);

    public long Version { get; }
    public IReadOnlyDictionary<string, BodyDto> Bodies { get; }
    public IReadOnlyDictionary<string, TerritoryDto> Territories { get; }
    public IReadOnlyList<PlaceName> Places { get; }
    public IReadOnlyList<TolerantName> TolerantNames { get; }
    public IReadOnlyList<ScopeKeyword> Keywords { get; }
    public IReadOnlyList<ClassTerm> ClassTerms { get; }
    public IReadOnlyList<ConstructionTerm> ConstructionTerms { get; }
    public ConstructionVocabularyDto Construction { get; }

    /// <summary>The classes an X厂 (C), X店 (F52) or X馆 (H62) is taken for when no class names its X, with their owners.</summary>
    public IReadOnlyDictionary<string, ClassTerm> ShopFallbacks { get; private init; } = new Dictionary<string, ClassTerm>();

    /// <summary>The body that takes a complaint whose sector cannot be told, proposed only for a dispatcher to confirm.</summary>
    public string? FallbackBody { get; }

    internal TermIndex<PlaceName> PlaceIndex { get; }
    internal TermIndex<ScopeKeyword> KeywordIndex { get; }
    internal TermIndex<ClassTerm> ClassIndex { get; }
    internal TermIndex<ConstructionTerm> ConstructionIndex { get; }

    public static RoutingModel Build(ResponsibilityMatrixSnapshot matrix, IIndustryClassification? classification = null, CallerWords? callerWords = null)
    {
        var bodies = matrix.Bodies.ToDictionary(b => b.Code, StringComparer.Ordinal);
        var activeTerritories = matrix.Territories.Where(t => !bodies.TryGetValue(t.BodyCode, out var body) || body.IsActive).ToList();
        var activeItems = matrix.ScopeItems.Where(i => bodies.TryGetValue(i.BodyCode, out var body) && body.IsActive).ToList();
        var fallback = activeItems.FirstOrDefault(i => i.IndustryCodes.Contains(FallbackCode))?.BodyCode;
        var construction = classification?.Construction ?? new ConstructionVocabularyDto([], [], [], "");
        var shopFallbacks = new Dictionary<string, ClassTerm>(StringComparer.Ordinal);
        return new RoutingModel(matrix.Version, bodies, activeTerritories.ToDictionary(t => t.Code, StringComparer.Ordinal),
            BuildPlaces(activeTerritories), BuildTolerantNames(activeTerritories), BuildKeywords(activeItems.Where(i => bodies[i.BodyCode].Kind != BodyKinds.Zone).ToList()),
            classification is null ? [] : BuildClassTerms(classification, activeItems, bodies, shopFallbacks, callerWords ?? CallerWords.Shipped), BuildConstructionTerms(construction, bodies), construction, fallback)
        {
            ShopFallbacks = shopFallbacks,
        };
    }

    private static List<PlaceName> BuildPlaces(IReadOnlyList<TerritoryDto> territories)
    {
        var candidates = new List<PlaceName>();
        foreach (var territory in territories)
        {
            candidates.Add(new PlaceName(territory.Name, territory.Code, "territory-name", 3.0));
            foreach (var alias in territory.Aliases) candidates.Add(new PlaceName(alias, territory.Code, "territory-alias", 3.0));
            // A zone is also called by its kind alone (开发区, 经开区, 示范区) or its place and kind (达旗开发区, 恩格贝示范区, 恩格贝生态区).
            if (territory.Kind == TerritoryKinds.Zone)
                foreach (var (kind, shortKinds, afterPlaceOnly) in ZoneKinds)
                    foreach (var name in territory.Aliases.Prepend(territory.Name))
                    {
                        var at = name.IndexOf(kind, StringComparison.Ordinal);
                        if (at < 0) continue;
                        foreach (var shortKind in shortKinds.Append(kind))
                        {
                            candidates.Add(new PlaceName(shortKind, territory.Code, "territory-alias", 2.5));
                            if (at > 0) candidates.Add(new PlaceName(name[..at] + shortKind, territory.Code, "territory-alias", 3.0));
                        }
                        if (at > 0)
                            foreach (var shortKind in afterPlaceOnly) candidates.Add(new PlaceName(name[..at] + shortKind, territory.Code, "territory-alias", 3.0));
                    }
            // A zone is named in full: its short form (达拉特) is the banner's own name.
            foreach (var name in territory.Kind == TerritoryKinds.Zone ? [] : territory.Aliases.Prepend(territory.Name))
            {
                var stem = Strip(name, TerritorySuffixes);
                if (stem.Length >= 2) candidates.Add(new PlaceName(stem, territory.Code, "territory-alias", 2.5));
                // A street is also called X街 (工业街).
                if (territory.Kind == TerritoryKinds.Street && stem.Length >= 2) candidates.Add(new PlaceName(stem + "街", territory.Code, "territory-alias", 3.0));
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

    private static List<TolerantName> BuildTolerantNames(IReadOnlyList<TerritoryDto> territories)
    {
        var names = new List<TolerantName>();
        foreach (var territory in territories.Where(t => t.Kind != TerritoryKinds.Zone))
        {
            // The context that confirms a misspelt name is a place: its own kind of suffix, or a village's.
            string[] suffixes = territory.Kind switch
            {
                TerritoryKinds.Street => ["街道", "街", "社区"],
                TerritoryKinds.Sumu => ["苏木", "嘎查"],
                _ => ["镇", "村", "嘎查", "社区"],
            };
            foreach (var name in territory.Aliases.Prepend(territory.Name))
            {
                var stem = Strip(name, TerritorySuffixes);
                // One substituted character in a name of three or more characters with its suffix (树林招镇, 招君镇). A
                // two-character stem is confirmed only by its own full suffix (平源街道, never 商业街 for 工业街道).
                if (stem.Length >= 3) names.Add(new TolerantName(stem, name, territory.Code, suffixes));
                else if (stem.Length == 2 && name.Length > 2) names.Add(new TolerantName(stem, name, territory.Code, [name[2..]]));
            }
        }
        return names;
    }

    private static List<ScopeKeyword> BuildKeywords(List<ScopeItemDto> items)
    {
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

    /// <summary>
    /// The owner of every class (the scope item with the longest code that prefixes it), and the words that name each
    /// class: its name, the parts of its name, and the short terms its note lists. A word that names classes of
    /// different owners is kept only where one owner is named by the class's own name.
    /// </summary>
    private static List<ClassTerm> BuildClassTerms(IIndustryClassification classification, List<ScopeItemDto> items, Dictionary<string, BodyDto> bodies,
        Dictionary<string, ClassTerm> shopFallbacks, CallerWords callerWords)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => bodies[i.BodyCode].Kind != BodyKinds.Zone))
            foreach (var code in item.IndustryCodes.Where(c => c != FallbackCode))
                owners.TryAdd(code, item.BodyCode);

        string? OwnerOf(string code)
        {
            for (var length = code.Length; length >= 1; length--)
                if (owners.TryGetValue(code[..length], out var body)) return body;
            return null;
        }

        // What an X厂 / X店 / X馆 whose X no class names is taken for, and what a trade taught (电焊培训) is.
        foreach (var code in ShopFallbackCodes)
            if (classification.Find(code) is { } cls && OwnerOf(code) is { } owner) shopFallbacks[code] = new ClassTerm(cls.Name, cls, owner, true);

        var byText = new Dictionary<string, List<ClassTerm>>(StringComparer.Ordinal);
        foreach (var cls in classification.Classes.Where(c => c.Level >= 2))
        {
            var owner = OwnerOf(cls.Code);
            if (owner is null) continue;
            foreach (var (term, fromName, shopOnly) in TermsOf(cls))
            {
                // A stem cut before 的 (水的生产和供应 → 水的) is half a phrase, not a word.
                if (term.Length < 1 || term.Length > 8 || StopTerms.Contains(term) || term[^1] == '的') continue;
                (byText.TryGetValue(term, out var list) ? list : byText[term] = []).Add(new ClassTerm(term, cls, owner, fromName, shopOnly || term.Length == 1));
            }
        }

        // A caller's word names its class as plainly as the class's own name; the matrix still decides the owner.
        foreach (var (code, words) in callerWords.Classes)
        {
            if (classification.Find(code) is not { } cls || OwnerOf(code) is not { } owner) continue;
            foreach (var word in words.Where(w => w.Length >= 2))
                (byText.TryGetValue(word, out var list) ? list : byText[word] = []).Add(new ClassTerm(word, cls, owner, FromName: true, CallerWord: true));
        }

        // Per word and owner, the most specific class that names the word by its name, else by its note. A word that
        // names classes of several owners is resolved by its context when matched (种/养 before it, 厂/店 after it).
        var terms = new List<ClassTerm>();
        foreach (var (text, list) in byText)
            terms.AddRange(list.GroupBy(t => t.BodyCode).Select(g => g.OrderBy(t => t.ShopOnly).ThenByDescending(t => t.CallerWord).ThenByDescending(t => t.FromName).ThenByDescending(t => t.Class.Level).First()));
        return terms;
    }

    internal static readonly string[] ShopFallbackCodes = ["C", "F52", "H62", "P8391"];

    private static readonly string[] NameSuffixes =
    [
        "制品制造", "产品制造", "制造", "加工", "生产和供应", "生产", "种植", "养殖", "饲养", "零售", "批发", "服务", "活动", "管理", "工程建筑", "施工",
        "开采", "采选", "修理与维护", "修理", "业",
    ];

    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '。', '（', '）', '(', ')', '和', '及', '与', '或', '等', '：', ' '];

    private static IEnumerable<(string Term, bool FromName, bool ShopOnly)> TermsOf(IndustryClassDto cls)
    {
        var name = cls.Name.Trim();
        yield return (name, true, false);
        // 牛的饲养 is what a 养牛场 does: 养牛, 牛场.
        var feeding = name.IndexOf("的饲养", StringComparison.Ordinal);
        if (feeding is 1 or 2)
        {
            var animal = name[..feeding];
            yield return ("养" + animal, true, false);
            yield return (animal + "场", true, false);
        }
        // 水泥制品制造 → 水泥制品 and 水泥.
        foreach (var suffix in new[] { "制造", "加工", "服务", "零售", "批发" })
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 1) yield return (name[..^suffix.Length], true, false);
        var stripped = Strip(name, NameSuffixes);
        if (stripped != name) yield return (stripped, true, false);
        foreach (var part in stripped.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return (part, true, false);
            var partStem = Strip(part, NameSuffixes);
            if (partStem != part) yield return (partStem, true, false);
        }
        if (cls.Note is null || cls.Level < 3) yield break;
        foreach (var raw in cls.Note.Split([.. Separators, '的'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var part = raw;
            foreach (var lead in new[] { "指", "包括", "主要", "如", "以", "专业" })
                if (part.StartsWith(lead, StringComparison.Ordinal)) part = part[lead.Length..];
            // Short list items of a note are products or trades (稻谷、小麦、玉米); long phrases are explanations.
            // Two characters out of a note are too often an everyday word (帮助, 修改): read only before 厂/店/馆.
            if (part.Length is >= 1 and <= 5 && !part.Contains('的', StringComparison.Ordinal) && !part.Contains('为', StringComparison.Ordinal))
                yield return (part, false, part.Length <= 2);
        }
    }

    private static List<ConstructionTerm> BuildConstructionTerms(ConstructionVocabularyDto construction, Dictionary<string, BodyDto> bodies)
    {
        var terms = new List<ConstructionTerm>();
        terms.AddRange(construction.Trades.Select(t => new ConstructionTerm(t, "trade", null)));
        terms.AddRange(construction.Works.Select(t => new ConstructionTerm(t, "works", null)));
        foreach (var type in construction.ProjectTypes.Where(p => bodies.TryGetValue(p.BodyCode, out var b) && b.IsActive))
            terms.AddRange(type.Terms.Select(t => new ConstructionTerm(t, "project-type", type)));
        return terms;
    }

    private static string Strip(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        return name;
    }
}

/// <summary>Finds every occurrence of a set of words in a text: words grouped by their first character, longest first.</summary>
internal sealed class TermIndex<T>
{
    private readonly Dictionary<char, (string Text, T Item)[]> _byFirst;

    public TermIndex(IEnumerable<T> items, Func<T, string> text) =>
        _byFirst = items.Select(i => (Text: text(i), Item: i)).Where(x => x.Text.Length > 0)
            .GroupBy(x => x.Text[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Text.Length).ToArray());

    /// <summary>All (start, word, item) where the word occurs in <paramref name="source"/>; several items may share a word.</summary>
    public IEnumerable<(int Start, string Text, T Item)> FindAll(string source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            if (!_byFirst.TryGetValue(source[i], out var candidates)) continue;
            foreach (var (text, item) in candidates)
                if (text.Length <= source.Length - i && string.CompareOrdinal(source, i, text, 0, text.Length) == 0)
                    yield return (i, text, item);
        }
    }

    /// <summary>Occurrences with the longest first: a word inside a longer match is not counted again (items sharing the exact span are).</summary>
    public List<(int Start, string Text, T Item)> FindLongest(string source)
    {
        var found = FindAll(source).OrderByDescending(f => f.Text.Length).ThenBy(f => f.Start).ToList();
        var covered = new bool[source.Length];
        var kept = new List<(int Start, string Text, T Item)>();
        foreach (var f in found)
        {
            if (covered.AsSpan(f.Start, f.Text.Length).Contains(true) && !kept.Any(k => k.Start == f.Start && k.Text.Length == f.Text.Length)) continue;
            covered.AsSpan(f.Start, f.Text.Length).Fill(true);
            kept.Add(f);
        }
        return kept;
    }
}
