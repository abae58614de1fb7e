using Dalad.Responsibility;
using Dalad.Search;

namespace Dalad.Routing;

/// <summary>
/// Names both owners of a complaint from the evidence in its words. A registered project or employer named in the
/// complaint is the strongest evidence; then the places it names — the place of the work over an office, registration
/// or home named beside it, the address field only a hint; then the sector: the plan's scope keywords, the national
/// industry classes the matrix maps to bodies (by name, by note, and by the product of an X厂 or the goods of an X店),
/// and construction told by its trades and works, whose project type decides the owner. A learned layer trained on the
/// dispatchers' decisions adds its vote. Weak or split evidence asks a dispatcher, with the three best candidates.
/// </summary>
internal static class Router
{
    private const double RegisterWeight = 4.0;
    private const double SiteWeight = 1.5;
    private const double AddressWeight = 0.6;
    private const double ClassNameWeight = 2.0;
    private const double ClassNoteWeight = 1.2;
    private const double CallerWordWeight = 1.5;
    private const double ShopWeight = 2.5;
    private const double ConstructionWeight = 2.5;
    private const double TerritoryConfident = 0.6;
    // From the calibration of the sixth and seventh sets, run while still unread: 4 of their 12 unflagged misses had a
    // confidence between 0.6 and 0.7 (docs/benchmarks.md, seventh pass).
    private const double IndustryConfident = 0.7;

    // Words before a place that make it where the worker lives or the employer's office is, not where the work was.
    private static readonly string[] ResidenceCuesBefore = ["家在", "家住", "住在", "其住", "现住", "人住", "老家", "户籍", "家是", "来自", "籍贯", "居住", "住址", "现居", "家里在"];
    private static readonly string[] ResidenceCuesAfter = ["人，", "人,", "人。", "籍", "户口", "的家"];
    private static readonly string[] OfficeCuesBefore =
        ["公司在", "公司位于", "办公室在", "办公室", "总部在", "总部", "注册在", "注册地在", "注册地", "注册于", "公司注册", "登记在", "办公的地方在", "办公地点在", "办公地在", "办公在", "办公地址在", "办公地址"];
    private static readonly string[] OfficeCuesAfter = ["的公司办公室", "的公司", "的办公室", "办公室", "注册"];

    // Words around a place that make it the place of the work.
    private static readonly string[] SiteCuesBefore =
        ["工地在", "项目在", "工程在", "厂在", "工厂在", "厂子在", "店在", "实际在", "派驻", "干活的地方在", "在建的", "位于", "活在", "活儿在", "活儿都在", "活都在", "活的地方是", "派其到", "派到", "派往", "派他到", "派我到", "派我们到"];
    private static readonly string[] SiteCuesAfter =
    [
        "工地", "项目", "工程", "厂", "店", "馆", "场", "站", "园", "干活", "上班", "打工", "干了", "施工", "楼盘", "小区", "住宅", "新建", "在建",
        "一个", "一家", "一处", "那个", "那家", "这个", "某",
    ];
    // "X镇一家公司" says where the employer is, not where its worker was sent: a site only for want of a better one.
    private static readonly string[] LooseSiteCues = ["一个", "一家", "一处", "那个", "那家", "这个", "某"];

    // A place beside which something is (菜市场边上的熟食店): the landmark is not the employer.
    private static readonly string[] LandmarkCues = ["边上", "旁边", "附近", "对面", "门口", "隔壁", "跟前"];

    // Shops and workshops: X厂 is made of X (manufacturing and the like); X店/馆/摊/铺 sells or serves X.
    private static readonly Dictionary<char, string[]> ShopSections = new()
    {
        ['厂'] = ["B", "C", "D"], ['店'] = ["F52", "H", "O", "R"], ['馆'] = ["H", "O", "R", "P"], ['摊'] = ["F52", "H"], ['铺'] = ["F52", "H", "O"],
        ['行'] = ["F"], ['坊'] = ["C", "H"], ['场'] = ["A", "B", "N"],
    };

    private sealed record Place(int Start, int Length, string Text, string TerritoryCode, string Kind, double Weight, bool InAddress, string? CorrectedFrom);

    public static RoutingProposal Propose(RoutingModel model, RoutingRequest request, IReadOnlyList<RegisterMatch> registerMatches, LearnedVote? learned = null)
    {
        var text = Normalize(request.Text);
        var address = Normalize(request.Address);

        var (territory, territoryAlternatives) = DecideTerritory(model, text, address, registerMatches);
        var (industry, industryAlternatives, industryFlag) = DecideIndustry(model, text, address, registerMatches, territory, learned);

        var needsDispatcher = territory.Code is null || territory.Confidence < TerritoryConfident || industryFlag;
        return new RoutingProposal(territory, industry, [.. territoryAlternatives, .. industryAlternatives], needsDispatcher, model.Version);
    }

    private sealed class Scores
    {
        public readonly Dictionary<string, double> Value = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<RoutingEvidence>> Evidence = new(StringComparer.Ordinal);

        private readonly Dictionary<string, int> _firstAdded = new(StringComparer.Ordinal);

        public void Add(string code, double weight, RoutingEvidence why)
        {
            _firstAdded.TryAdd(code, _firstAdded.Count);
            Value[code] = Value.GetValueOrDefault(code) + weight;
            // The same words matched in the text and in the address count twice but are shown once.
            var list = Evidence.TryGetValue(code, out var known) ? known : Evidence[code] = [];
            if (!list.Any(e => e.Matched == why.Matched && e.Source == why.Source)) list.Add(why);
        }

        public void Scale(string code, double factor)
        {
            if (Value.ContainsKey(code)) Value[code] *= factor;
        }

        /// <summary>Takes back evidence already counted: its weight and the lines that showed it.</summary>
        public void Withdraw(string code, double weight, Func<RoutingEvidence, bool> shown)
        {
            if (!Value.TryGetValue(code, out var value)) return;
            Value[code] = Math.Max(0, value - weight);
            Evidence[code].RemoveAll(e => shown(e));
        }

        public List<KeyValuePair<string, double>> Ranked() => Value.Where(v => v.Value > 0).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();

        /// <summary>Equal scores in the order the candidates were first added (for places: the order the caller named them).</summary>
        public List<KeyValuePair<string, double>> RankedByFirstMention() =>
            Value.Where(v => v.Value > 0).OrderByDescending(s => s.Value).ThenBy(s => _firstAdded[s.Key]).ToList();
    }

    // ---- territory ----

    private static (RoutingOwner, List<RoutingAlternative>) DecideTerritory(RoutingModel model, string text, string address, IReadOnlyList<RegisterMatch> registers)
    {
        var scores = new Scores();
        var setAside = new List<RoutingEvidence>();

        foreach (var entry in registers.Where(r => r.TerritoryCode is not null && model.Territories.ContainsKey(r.TerritoryCode)))
            scores.Add(entry.TerritoryCode!, RegisterWeight, new RoutingEvidence("register", entry.Matched, $"{entry.Source}:{entry.Name}"));

        foreach (var (source, inAddress) in new[] { (text, false), (address, true) })
        {
            // In the order the caller names them: of two places with equal evidence the first named is the subject.
            var found = FindPlaces(model, source, inAddress).OrderBy(p => p.Start).ToList();
            foreach (var place in found)
            {
                // "鄂尔多斯市生态示范区（恩格贝）": a name in brackets right after a place glosses it; it is not a second place.
                if (place.Start > 0 && source[place.Start - 1] is '（' or '(' && found.Any(p => p.Start + p.Length == place.Start - 1)) continue;
                var territory = model.Territories[place.TerritoryCode];
                var matched = place.CorrectedFrom is null ? place.Text : $"{place.Text} ≈ {place.CorrectedFrom}";
                var role = inAddress ? "address" : RoleOf(source, place);
                if (role is "office" or "residence")
                {
                    setAside.Add(new RoutingEvidence(role, matched, territory.Name));
                    continue;
                }
                var weight = place.Weight * role switch { "site" => SiteWeight, "address" => AddressWeight, _ => 1.0 };
                // A misspelt or partial name keeps saying so; an exact name at the place of the work says "site".
                var kind = place.CorrectedFrom is not null ? "territory-tolerant" : role == "site" && place.Kind != "territory-partial" ? "site" : place.Kind;
                scores.Add(place.TerritoryCode, weight, new RoutingEvidence(kind, matched, territory.Name));
            }
        }

        var ranked = scores.RankedByFirstMention();
        if (ranked.Count == 0 && setAside.Count > 0)
        {
            // Only an office or home was named: it places the complaint, weakly, for a dispatcher to confirm.
            foreach (var office in setAside.Where(e => e.Kind == "office").ToList())
            {
                var code = model.Territories.Values.First(t => t.Name == office.Source).Code;
                scores.Add(code, 0.5, office);
            }
            ranked = scores.RankedByFirstMention();
        }
        if (ranked.Count == 0)
            return (new RoutingOwner(null, null, null, 0, setAside), []);

        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        var best = model.Territories[top.Key];
        var owner = new RoutingOwner(best.Code, best.Name, best.BodyCode, Confidence(top.Value, second, strong: 2.5), [.. scores.Evidence[top.Key], .. setAside])
        {
            BodyName = model.Bodies.GetValueOrDefault(best.BodyCode)?.Name,
        };
        var alternatives = ranked.Skip(1).Take(2).Select(s => new RoutingAlternative("territory", s.Key, model.Territories[s.Key].Name,
            Confidence(s.Value, top.Value, strong: 2.5), scores.Evidence[s.Key])).ToList();
        return (owner, alternatives);
    }

    /// <summary>The gazetteer's names in the text, and misspelt township names (one character off, confirmed by a place suffix).</summary>
    private static List<Place> FindPlaces(RoutingModel model, string source, bool inAddress)
    {
        var places = model.PlaceIndex.FindLongest(source)
            .Select(m => new Place(m.Start, m.Text.Length, m.Text, m.Item.TerritoryCode, m.Item.Kind, m.Item.Weight, inAddress, null)).ToList();
        var covered = new bool[source.Length];
        foreach (var p in places) covered.AsSpan(p.Start, p.Length).Fill(true);

        foreach (var name in model.TolerantNames)
        {
            var n = name.Stem.Length;
            for (var at = 0; at + n <= source.Length; at++)
            {
                if (covered.AsSpan(at, n).Contains(true)) continue;
                var suffix = name.Suffixes.FirstOrDefault(s => string.CompareOrdinal(source, at + n, s, 0, s.Length) == 0 && at + n + s.Length <= source.Length);
                if (suffix is null) continue;
                var differences = 0;
                for (var i = 0; i < n && differences <= 1; i++)
                    if (source[at + i] != name.Stem[i]) differences++;
                if (differences != 1) continue;
                var written = source.Substring(at, n + suffix.Length);
                places.Add(new Place(at, n + suffix.Length, written, name.TerritoryCode, "territory-tolerant", 2.0, inAddress, name.Name));
                covered.AsSpan(at, n + suffix.Length).Fill(true);
            }
        }
        return places;
    }

    /// <summary>site (the place of the work), office (an office or registration beside it), residence (where the worker lives) or neutral.</summary>
    private static string RoleOf(string source, Place place)
    {
        var before = source[Math.Max(0, place.Start - 6)..place.Start];
        var afterEnd = place.Start + place.Length;
        // Only the clause the place is in.
        var clause = ClauseAfter(source, afterEnd, 8);
        // "公司在X镇的工地" is still the site.
        var siteRightAfter = SiteCuesAfter.Take(3).Any(c => clause.StartsWith("的" + c, StringComparison.Ordinal));
        if (!siteRightAfter && (ResidenceCuesBefore.Any(c => before.Contains(c, StringComparison.Ordinal)) || ResidenceCuesAfter.Any(c => clause.StartsWith(c, StringComparison.Ordinal))))
            return "residence";
        if (!siteRightAfter && (OfficeCuesBefore.Any(c => before.Contains(c, StringComparison.Ordinal))
            || OfficeCuesAfter.Any(c => clause.StartsWith(c, StringComparison.Ordinal) || (c.Length >= 3 && clause.Contains(c, StringComparison.Ordinal)))))
            return "office";
        if (SiteCuesBefore.Any(c => before.EndsWith(c, StringComparison.Ordinal))) return "site";
        var siteCues = SiteCuesAfter.Where(c => clause.Contains(c, StringComparison.Ordinal)).ToList();
        if (siteCues.Count == 0) return "neutral";
        // The company may be named a few words on (一家不动产测绘公司): look to the end of the clause.
        return siteCues.All(LooseSiteCues.Contains) && ClauseAfter(source, afterEnd, 16).Contains("公司", StringComparison.Ordinal) ? "neutral" : "site";
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，。；,;！？");
    private static readonly System.Buffers.SearchValues<char> ClauseOrLineEnds = System.Buffers.SearchValues.Create("，。；,;！？\n");

    /// <summary>At most <paramref name="length"/> characters from <paramref name="start"/>, up to the clause's end.</summary>
    private static string ClauseAfter(string source, int start, int length)
    {
        var after = source.AsSpan(start, Math.Min(length, source.Length - start));
        var cut = after.IndexOfAny(ClauseEnds);
        return (cut >= 0 ? after[..cut] : after).ToString();
    }

    /// <summary>Whether one of <paramref name="words"/> is written at <paramref name="index"/>.</summary>
    private static bool StartsAt(string text, int index, string[] words) => words.Any(w => StartsAt(text, index, w));

    private static bool StartsAt(string text, int index, string word) => string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    // ---- industry ----

    private static (RoutingOwner, List<RoutingAlternative>, bool Flag) DecideIndustry(RoutingModel model, string text, string address,
        IReadOnlyList<RegisterMatch> registers, RoutingOwner territory, LearnedVote? learned)
    {
        var scores = new Scores();
        string Name(string body) => model.Bodies.TryGetValue(body, out var b) ? b.Name : body;
        // "以装修停业为由": what an employer gives as its excuse is not what the worker did.
        text = MaskExcuses(text);
        // Construction at large (the plan's 建筑施工, E-section classes): counted, but a named project type refines it.
        var general = new Dictionary<string, double>(StringComparer.Ordinal);
        var generalSectors = model.Construction.GeneralSectors.ToHashSet(StringComparer.Ordinal);
        var generalWords = new List<string>();

        foreach (var entry in registers.Where(r => r.IndustryBodyCode is not null && model.Bodies.ContainsKey(r.IndustryBodyCode)))
            scores.Add(entry.IndustryBodyCode!, RegisterWeight, new RoutingEvidence("register", entry.Matched, $"{entry.Source}:{entry.Name}"));

        // The plan's scope keywords: per body, a sector counts once however many of its synonyms the complaint uses.
        foreach (var (source, weightFactor) in new[] { (text, 1.0), (address, 0.5) })
        {
            foreach (var group in model.KeywordIndex.FindLongest(source).Where(m => !IsLandmark(source, m.Start + m.Text.Length) && !IsCargo(source, m.Start))
                .GroupBy(m => (m.Item.BodyCode, m.Item.Sector)))
            {
                var strongest = group.MaxBy(m => m.Item.Weight);
                scores.Add(group.Key.BodyCode, strongest.Item.Weight * weightFactor, new RoutingEvidence("keyword", strongest.Text, group.Key.Sector));
                if (generalSectors.Contains(group.Key.Sector))
                {
                    general[group.Key.BodyCode] = general.GetValueOrDefault(group.Key.BodyCode) + strongest.Item.Weight * weightFactor;
                    if (source == text) generalWords.AddRange(group.Select(m => m.Text));
                }
            }
        }

        // The national industry classes: an X厂 / X店 names its product or goods, and class names and notes name sectors.
        var classEvidence = new Dictionary<string, double>(StringComparer.Ordinal);
        var sectionsNamed = new HashSet<char>();
        void AddClass(ClassTerm term, string matched, double weight)
        {
            sectionsNamed.Add(term.Class.Code[0]);
            var current = classEvidence.GetValueOrDefault(term.BodyCode);
            if (weight <= current) return;
            // Per body the strongest class evidence counts (several classes of one body are one sector).
            scores.Add(term.BodyCode, weight - current, new RoutingEvidence("industry-class", matched, $"{term.Class.Code} {term.Class.Name} → {Name(term.BodyCode)}"));
            classEvidence[term.BodyCode] = weight;
            if (term.Class.Code[0] == 'E') general[term.BodyCode] = general.GetValueOrDefault(term.BodyCode) + weight - current;
        }
        // Words the plan's keywords or the gazetteer already read are not read again as classes.
        var read = new bool[text.Length];
        foreach (var m in model.KeywordIndex.FindLongest(text)) read.AsSpan(m.Start, m.Text.Length).Fill(true);
        foreach (var m in model.PlaceIndex.FindLongest(text)) read.AsSpan(m.Start, m.Text.Length).Fill(true);
        var shopsRead = new HashSet<int>();
        // A workshop the plan's own words name (砖厂, 水泥制品厂) makes trades its workers' as much as one a class names.
        var workshop = model.KeywordIndex.FindLongest(text).Any(m => m.Text.EndsWith('厂'))
            // So does a service job (a guard, a cleaner, a waiter): the building it is done in is not a site.
            || ServiceJobs.Any(j => text.Contains(j, StringComparison.Ordinal));
        var classMatches = model.ClassIndex.FindAll(text);
        // 小作坊 is the food workshop of everyday speech; one that weaves cashmere is a textile workshop.
        var productNamed = classMatches.Any(m => !m.Item.ShopOnly && m.Text.Length >= 2 && !m.Text.EndsWith("作坊", StringComparison.Ordinal) && m.Item.Class.Code[0] == 'C'
            && !FoodDivisions.Any(d => m.Item.Class.Code.StartsWith(d, StringComparison.Ordinal)));
        foreach (var group in classMatches.GroupBy(m => (m.Start, m.Text)).OrderByDescending(g => g.Key.Text.Length))
        {
            var (start, matched) = group.Key;
            if (productNamed && matched.EndsWith("作坊", StringComparison.Ordinal)) continue;
            // Skipped only when wholly inside words already read: 宠物医院 is still read around the keyword 医院.
            if (!read.AsSpan(start, matched.Length).Contains(false)) continue;
            var end = start + matched.Length;
            var next = end < text.Length ? text[end] : '\0';
            var previous = start > 0 ? text[start - 1] : '\0';
            var candidates = group.Select(g => g.Item).ToList();
            var following = text.Substring(end, Math.Min(2, text.Length - end));
            if (IsLandmark(text, end) || IsCargo(text, start) || IsDepartmentName(text, end)) continue;
            // Part of a workshop's name (加气砖厂, 加气块厂): the workshop is what it makes, never a shop or a service.
            if (next != '厂' && following.Length == 2 && following[1] == '厂')
            {
                if (candidates.Where(c => c.Class.Code[0] is 'B' or 'C' or 'D' && !c.ShopOnly).ToList() is { Count: > 0 } made)
                {
                    AddClass(made.OrderByDescending(c => c.FromName).ThenByDescending(c => c.Class.Level).First(), matched + following, ShopWeight);
                    shopsRead.Add(end + 1);
                    workshop = true;
                    read.AsSpan(start, matched.Length).Fill(true);
                }
                continue;
            }
            if (ShopSections.TryGetValue(next, out var sections) && candidates.Where(c => sections.Any(p => c.Class.Code.StartsWith(p, StringComparison.Ordinal))).ToList() is { Count: > 0 } shops)
            {
                AddClass(shops.OrderByDescending(c => c.FromName).ThenByDescending(c => c.Class.Level).First(), matched + next, ShopWeight);
                shopsRead.Add(end);
                if (next == '厂') workshop = true;
            }
            else if (following is "销售" or "批发" or "经销" && candidates.Where(c => c.Class.Code[0] == 'F' && !c.ShopOnly).ToList() is { Count: > 0 } trade)
                AddClass(trade[0], matched + following, ClassNameWeight);
            else if (candidates.All(c => c.ShopOnly))
                continue;
            else if (previous is '种' or '养' or '栽' && candidates.Where(c => c.Class.Code[0] == 'A' && !c.ShopOnly).ToList() is { Count: > 0 } farming)
                AddClass(farming[0], previous + matched, ClassNameWeight);
            else if (candidates.Where(c => !c.ShopOnly).ToList() is { Count: > 0 } plain && plain.Select(c => c.BodyCode).Distinct().Count() == 1)
            {
                AddClass(plain[0], matched, WeightOf(plain[0]));
                // A caller's word for a workshop (机械厂, 面粉厂) or for any business outside construction (培训学校,
                // 洗浴中心) makes trades its workers' as an X厂 does: the school's welding teacher is not on a site.
                if (matched.EndsWith('厂') || (plain[0].CallerWord && plain[0].Class.Code[0] != 'E')) workshop = true;
            }
            else
                continue;
            read.AsSpan(start, matched.Length).Fill(true);
        }

        // An X厂 or X店 whose X no class names is still a workshop or a shop: manufacturing, or retail and catering.
        for (var i = 1; i < text.Length; i++)
        {
            // Not when a class or a keyword already named it (砖厂 is the plan's own word).
            if (shopsRead.Contains(i) || read[i] || read[i - 1] || !char.IsLetter(text[i - 1]) || text[i - 1] < '\u4e00') continue;
            var fallbackCode = text[i] switch { '厂' => "C", '店' or '摊' => "F52", '馆' => "H62", _ => null };
            if (fallbackCode is null || (text[i] == '厂' && i + 1 < text.Length && text[i + 1] is '长' or '家' or '区' or '房')) continue;
            if (text[i] != '厂' && i + 1 < text.Length && text[i + 1] is '铺' or '面' or '员' or '主' or '长') continue;
            // 现在店都盘了, 这店, 分店: the word before says which shop, not what it sells (a 小厂子 is still a workshop).
            if (text[i] != '厂' && NotGoods.Contains(text[i - 1])) continue;
            workshop |= text[i] == '厂';
            // 酒店, 旅馆: the word itself names a class (经济型连锁酒店, 一般旅馆).
            var word = text.Substring(i - 1, 2);
            var named = model.ShopWords.GetValueOrDefault(word);
            if (named is not null)
                AddClass(named, text[Math.Max(0, i - 2)..(i + 1)], ShopWeight * 0.8);
            else if (FallbackClass(model, fallbackCode) is { } shopTerm)
                // Weak alone: a dispatcher confirms a shop or workshop no class or keyword names.
                AddClass(shopTerm, text[Math.Max(0, i - 2)..(i + 1)], 1.1);
        }

        // A business that says it makes things (机械制造公司) is manufacturing when no class names what it makes: weakly,
        // like an X厂, for a dispatcher to confirm.
        var making = text.IndexOf("制造", StringComparison.Ordinal);
        if (making >= 0 && !sectionsNamed.Contains('C') && FallbackClass(model, "C") is { } manufacturing)
            AddClass(manufacturing, text[Math.Max(0, making - 2)..(making + 2)], 1.1);

        // Construction: a trade or a building under works makes it a construction complaint; the project type decides.
        var construction = model.ConstructionIndex.FindLongest(MaskEmployerSpeech(text));
        // A trade taught (电焊培训, 挖掘机培训) is vocational skills training, which the plan gives the human resources
        // bureau; its trade is the course, not a site.
        if (FallbackClass(model, "P8391") is { } training)
            foreach (var taught in construction.Where(c => c.Item.Kind == "trade"))
            {
                var end = taught.Start + taught.Text.Length;
                var course = TaughtAfter.FirstOrDefault(t => StartsAt(text, end, t));
                if (course is null) continue;
                AddClass(training, taught.Text + course, ShopWeight);
                workshop = true;
            }
        var trades = construction.Where(c => c.Item.Kind == "trade").Select(c => c.Text).Distinct().ToList();
        // The plan's words for construction at large (总包, 分包单位) say a site as much as 工地 does.
        var works = construction.Where(c => c.Item.Kind == "works").Select(c => c.Text).Concat(generalWords).Distinct().ToList();
        // Trades inside a workshop or shop (a 家具厂's 木工) are its workers: construction then needs a building or works.
        if (workshop || text.Contains("制造", StringComparison.Ordinal) || text.Contains("车间", StringComparison.Ordinal)) trades = works.Count > 0 ? trades : [];
        // And a building with no trade in it (a guard at an office block, a cleaner at a hospital) is where such a
        // business works: only works being done (施工, 装修, 新建) make it construction.
        if (workshop && trades.Count == 0)
            works = construction.Where(c => c.Item.Kind == "works" && (IsWorkBeingDone(c.Text) || IsProjectAfter(text, c.Start + c.Text.Length)))
                .Select(c => c.Text).Distinct().ToList();
        var isConstruction = trades.Count > 0 || works.Count > 0;
        if (isConstruction)
        {
            // A building that merely stands (写字楼) with no trade and no work being done is weak evidence of a site.
            var strength = Math.Min(1.0, 0.5 * trades.Count + works.Sum(w => IsWorkBeingDone(w) ? 0.5 : 0.4));
            var types = construction.Where(c => c.Item.Kind == "project-type").GroupBy(c => c.Item.ProjectType!.BodyCode).ToList();
            var what = string.Join("、", trades.Concat(works).Take(3));
            foreach (var t in trades.Take(2)) scores.Add(types.Count > 0 ? types[0].Key : model.Construction.DefaultOwner, 0, new RoutingEvidence("trade", t, null));
            if (types.Count > 0)
            {
                // 施工/总包 and the construction section's classes say "construction"; the project type says whose.
                foreach (var (body, weight) in general)
                    scores.Withdraw(body, weight, e => (e.Kind == "keyword" && generalSectors.Contains(e.Source ?? "")) || (e.Kind == "industry-class" && e.Source is ['E', ..]));
                foreach (var type in types)
                {
                    var first = type.First();
                    scores.Add(type.Key, ConstructionWeight * strength, new RoutingEvidence("project-type", $"{what}｜{first.Text}", $"{first.Item.ProjectType!.Name} → {Name(type.Key)}"));
                }
            }
            else if (model.Bodies.ContainsKey(model.Construction.DefaultOwner))
            {
                scores.Add(model.Construction.DefaultOwner, ConstructionWeight * strength,
                    new RoutingEvidence("project-type", what, $"{model.Construction.DefaultName} → {Name(model.Construction.DefaultOwner)}"));
            }

            // Building a school, a hospital or a home for the elderly is construction: the building's sector is not the owner.
            if (trades.Count > 0 || works.Any(w => w is "工地" or "施工" or "在建" or "新建" or "新盖" or "盖楼" or "装修"))
            {
                var constructionOwners = types.Select(t => t.Key).Append(model.Construction.DefaultOwner).ToHashSet(StringComparer.Ordinal);
                foreach (var body in scores.Value.Keys.ToList())
                    if (!constructionOwners.Contains(body) && !scores.Evidence[body].Any(e => e.Kind == "register")) scores.Scale(body, 0.35);
            }
        }

        if (learned is { } vote && model.Bodies.ContainsKey(vote.BodyCode))
            scores.Add(vote.BodyCode, vote.Weight, new RoutingEvidence("learned", vote.Similar, Name(vote.BodyCode)));

        var ranked = scores.Ranked();
        var alternatives = new List<RoutingAlternative>();

        // The zone committees own the enterprises in their zones (the plan, section 二): inside a zone the zone's body
        // is the industry owner, and the sector's own department is the runner-up.
        if (territory.Code is not null && model.Territories[territory.Code].Kind == TerritoryKinds.Zone
            && model.Bodies.TryGetValue(territory.BodyCode!, out var zoneBody) && zoneBody.Kind == BodyKinds.Zone)
        {
            var zoneEvidence = new List<RoutingEvidence> { new("zone", territory.Name!, zoneBody.Name) };
            alternatives.AddRange(ranked.Where(s => s.Key != zoneBody.Code).Take(2).Select(s =>
                new RoutingAlternative("industry", s.Key, Name(s.Key), Confidence(s.Value, 0, strong: 2.0) * 0.8, scores.Evidence[s.Key])));
            return (new RoutingOwner(zoneBody.Code, zoneBody.Name, zoneBody.Code, territory.Confidence, zoneEvidence) { BodyName = zoneBody.Name }, alternatives, false);
        }

        if (ranked.Count == 0)
        {
            // No sector can be told: the body the matrix names for it (the collector of every lead) is proposed, and a
            // dispatcher decides — never silently.
            var fallback = model.FallbackBody;
            var owner = fallback is null
                ? new RoutingOwner(null, null, null, 0, [])
                : new RoutingOwner(fallback, Name(fallback), fallback, 0.3, [new RoutingEvidence("fallback", "", Name(fallback))]) { BodyName = Name(fallback) };
            return (owner, alternatives, true);
        }

        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        alternatives.AddRange(ranked.Skip(1).Take(2).Select(s => new RoutingAlternative("industry", s.Key, Name(s.Key),
            Confidence(s.Value, top.Value, strong: 2.0), scores.Evidence[s.Key])));
        var confidence = Confidence(top.Value, second, strong: 2.0);
        var best = new RoutingOwner(top.Key, Name(top.Key), top.Key, confidence, scores.Evidence[top.Key]) { BodyName = Name(top.Key) };
        return (best, alternatives, confidence < IndustryConfident);
    }

    /// <summary>
    /// A class named alone (not as an X厂/X店): a caller's everyday word for a business (足疗, 加油站) is as plain as the
    /// plan's own keyword; a word out of a class's long name or note is weaker, as it often means something else.
    /// </summary>
    private static double WeightOf(ClassTerm term) =>
        term.CallerWord ? (term.Text.Length >= 3 ? ClassNameWeight : CallerWordWeight) : term.FromName ? ClassNameWeight * 0.5 : ClassNoteWeight * 0.5;

    /// <summary>High when the evidence is strong in itself and clearly ahead of the runner-up.</summary>
    private static double Confidence(double score, double runnerUp, double strong) =>
        Math.Round(Math.Min(1.0, score / strong) * (score / (score + runnerUp)), 2);

    private static string Normalize(string? value) => (value ?? "").Trim();

    // Words after a trade that make it a course taught, not work done (电焊培训, 电焊技能培训班).
    private static readonly string[] TaughtAfter = ["培训", "技能培训", "技术培训"];

    // 安置小区项目, 住宅楼工程: the building is what is being built.
    private static readonly string[] ProjectAfter = ["项目", "工程", "工地"];

    private static bool IsProjectAfter(string text, int end) => StartsAt(text, end, ProjectAfter);

    // Agricultural food processing, food, drink (GB/T 4754 divisions 13–15).
    private static readonly string[] FoodDivisions = ["C13", "C14", "C15"];

    private static readonly string[] ServiceJobs = ["保安", "保洁", "门卫", "物业", "服务员", "收银", "前台", "宿管", "看门", "清洁工", "厨师", "传菜", "洗碗"];

    private static readonly HashSet<char> NotGoods = [.. "在的了个家到去回进开这那该本此分小大总新老旧门整全每各说是把让给现原后前又也还都就才已曾再"];

    // 拉百货, 运煤: what a driver carries is the cargo, not the employer's trade.
    private static bool IsCargo(string text, int start) => start > 0 && text[start - 1] is '拉' or '运';

    // 市场监管部门, 交通局: a department the caller names is not the employer's trade.
    private static readonly string[] DepartmentAfter = ["监管", "部门", "局"];

    private static bool IsDepartmentName(string text, int end) => StartsAt(text, end, DepartmentAfter);

    private static bool IsLandmark(string text, int end) => StartsAt(text, end, LandmarkCues);

    /// <summary>Works being done (施工, 装修, 新建, 工程), as against a building that merely stands (写字楼, 小区).</summary>
    private static bool IsWorkBeingDone(string works) => works.AsSpan().IndexOfAny(WorkBeingDoneChars) >= 0 || works is "硬化" or "封顶";

    private static readonly System.Buffers.SearchValues<char> WorkBeingDoneChars = System.Buffers.SearchValues.Create("工建修盖装改项");

    // Who speaks for the employer: what they say (老板说装修花多了) is an excuse, not the work.
    private static readonly string[] EmployerSpeakers = ["老板娘", "老板", "包工头", "工头", "公司", "厂里", "店主", "坊主", "场主", "窑主", "甲方", "开发商", "总包", "项目部"];
    private static readonly char[] Says = ['说', '称', '讲'];

    /// <summary>
    /// Blanks what the employer says, to the end of its clause, for telling construction: 老板说装修花多了 is a shop's
    /// excuse, not a site. (Its sector words still count: 老板说绿化的钱没拨 names the work.)
    /// </summary>
    private static string MaskEmployerSpeech(string text)
    {
        var chars = text.ToCharArray();
        foreach (var speaker in EmployerSpeakers)
            for (var from = text.IndexOf(speaker, StringComparison.Ordinal); from >= 0; from = text.IndexOf(speaker, from + speaker.Length, StringComparison.Ordinal))
            {
                var verb = from + speaker.Length;
                if (verb >= text.Length || !Says.Contains(text[verb])) continue;
                BlankClause(chars, text, verb + 1);
            }
        // 说是装修完再开业: hearsay of the employer's excuse, whoever is not named.
        for (var from = text.IndexOf("说是", StringComparison.Ordinal); from >= 0; from = text.IndexOf("说是", from + 2, StringComparison.Ordinal))
            BlankClause(chars, text, from + 2);
        return new string(chars);
    }

    private static void BlankClause(char[] chars, string text, int start)
    {
        var cut = text.AsSpan(start).IndexOfAny(ClauseOrLineEnds);
        var end = cut < 0 ? text.Length : start + cut;
        if (end > start) chars.AsSpan(start, end - start).Fill('\u3000');
    }

    /// <summary>Blanks "以…为由" (the employer's excuse) so that what it names is not read as the work.</summary>
    private static string MaskExcuses(string text)
    {
        var at = text.IndexOf('以', StringComparison.Ordinal);
        if (at < 0) return text;
        var chars = text.ToCharArray();
        for (; at >= 0 && at < text.Length - 1; at = text.IndexOf('以', at + 1))
        {
            var reason = text.IndexOf("为由", at + 1, Math.Min(14, text.Length - at - 1), StringComparison.Ordinal);
            if (reason < 0 || (reason + 2 < text.Length && text[reason + 2] == '于')) continue;
            chars.AsSpan(at + 1, reason - at - 1).Fill('\u3000');
        }
        return new string(chars);
    }

    /// <summary>The class term for a whole section or division (C, F52, H62) — its owner under the matrix.</summary>
    private static ClassTerm? FallbackClass(RoutingModel model, string code) => model.ShopFallbacks.GetValueOrDefault(code);
}

/// <summary>The learned layer's vote for a complaint: the body, its weight, and what it learned from.</summary>
/// <param name="Similar">The start of the most similar decided complaint.</param>
internal sealed record LearnedVote(string BodyCode, double Weight, int Examples, string Similar);
