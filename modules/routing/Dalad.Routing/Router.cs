using Dalad.Responsibility;
using Dalad.Search;

namespace Dalad.Routing;

/// <summary>
/// Names both owners of a complaint from the evidence in its words. A registered project or employer named in the
/// complaint is the strongest evidence; then the places it names (where the work was done, not where the worker
/// lives); then the scope keywords. Weak or conflicting evidence asks for a dispatcher.
/// </summary>
internal static class Router
{
    public const string FallbackIndustry = "hrss";

    private const double RegisterWeight = 4.0;
    private const double TextOverAddress = 1.5;
    private const double ConfidentEnough = 0.6;

    // Words before a place that make it where the worker lives or comes from, not where the work was.
    private static readonly string[] ResidenceCuesBefore = ["家在", "家住", "住在", "老家", "户籍", "家是", "来自", "籍贯", "居住"];
    private static readonly string[] ResidenceCuesAfter = ["人，", "人,", "人。", "籍", "户口"];

    private sealed record Match(int Start, int Length, string Text, bool InAddress);

    public static RoutingProposal Propose(RoutingModel model, RoutingRequest request, IReadOnlyList<RegisterMatch> registerMatches)
    {
        var text = Normalize(request.Text);
        var address = Normalize(request.Address);
        var registers = registerMatches.Select(r => (r, new Match(0, r.Matched.Length, r.Matched, false))).ToList();

        var (territory, territoryAlternatives) = DecideTerritory(model, text, address, registers);
        var (industry, industryAlternatives) = DecideIndustry(model, text, address, registers, territory);

        var needsDispatcher = territory.Code is null || territory.Confidence < ConfidentEnough || industry.Confidence < ConfidentEnough;
        return new RoutingProposal(territory, industry, [.. territoryAlternatives, .. industryAlternatives], needsDispatcher, model.Version);
    }

    private static (RoutingOwner, List<RoutingAlternative>) DecideTerritory(RoutingModel model, string text, string address, List<(RegisterMatch Entry, Match Match)> registers)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, List<RoutingEvidence>>(StringComparer.Ordinal);
        var residence = new List<RoutingEvidence>();

        void Add(string code, double weight, RoutingEvidence why)
        {
            scores[code] = scores.GetValueOrDefault(code) + weight;
            // The same words matched in the text and in the address count twice but are shown once.
            var list = evidence.TryGetValue(code, out var known) ? known : evidence[code] = [];
            if (!list.Contains(why)) list.Add(why);
        }

        foreach (var (entry, match) in registers.Where(r => r.Entry.TerritoryCode is not null && model.Territories.ContainsKey(r.Entry.TerritoryCode)))
            Add(entry.TerritoryCode!, RegisterWeight, new RoutingEvidence("register", match.Text, $"{entry.Source}:{entry.Name}"));

        foreach (var (source, inAddress) in new[] { (text, false), (address, true) })
        {
            foreach (var (match, place) in FindLongest(source, model.Places, p => p.Text, inAddress))
            {
                var territory = model.Territories[place.TerritoryCode];
                if (IsResidence(source, match))
                {
                    residence.Add(new RoutingEvidence("residence", match.Text, territory.Name));
                    continue;
                }
                Add(place.TerritoryCode, place.Weight * (inAddress ? 1.0 : TextOverAddress), new RoutingEvidence(place.Kind, match.Text, territory.Name));
            }
        }

        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        if (ranked.Count == 0)
            return (new RoutingOwner(null, null, null, 0, residence), []);

        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        var best = model.Territories[top.Key];
        var owner = new RoutingOwner(best.Code, best.Name, best.BodyCode, Confidence(top.Value, second, strong: 3.0), [.. evidence[top.Key], .. residence])
        {
            BodyName = model.Bodies.GetValueOrDefault(best.BodyCode)?.Name,
        };
        var alternatives = ranked.Skip(1).Take(3).Select(s => new RoutingAlternative("territory", s.Key, model.Territories[s.Key].Name,
            Confidence(s.Value, top.Value, strong: 3.0), evidence[s.Key])).ToList();
        return (owner, alternatives);
    }

    private static (RoutingOwner, List<RoutingAlternative>) DecideIndustry(RoutingModel model, string text, string address,
        List<(RegisterMatch Entry, Match Match)> registers, RoutingOwner territory)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, List<RoutingEvidence>>(StringComparer.Ordinal);

        void Add(string body, double weight, RoutingEvidence why)
        {
            scores[body] = scores.GetValueOrDefault(body) + weight;
            var list = evidence.TryGetValue(body, out var known) ? known : evidence[body] = [];
            if (!list.Contains(why)) list.Add(why);
        }

        foreach (var (entry, match) in registers.Where(r => r.Entry.IndustryBodyCode is not null && model.Bodies.ContainsKey(r.Entry.IndustryBodyCode)))
            Add(entry.IndustryBodyCode!, RegisterWeight, new RoutingEvidence("register", match.Text, $"{entry.Source}:{entry.Name}"));

        foreach (var (source, inAddress) in new[] { (text, false), (address, true) })
        {
            // Per body, a sector counts once however many of its synonyms the complaint uses.
            foreach (var group in FindLongest(source, model.Keywords, k => k.Text, inAddress).GroupBy(m => (m.Item.BodyCode, m.Item.Sector)))
            {
                var strongest = group.MaxBy(m => m.Item.Weight);
                Add(group.Key.BodyCode, strongest.Item.Weight, new RoutingEvidence("keyword", strongest.Match.Text, group.Key.Sector));
            }
        }

        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        var alternatives = new List<RoutingAlternative>();

        // The zone committees own the enterprises in their zones (the plan, section 二): inside a zone the zone's body
        // is the industry owner, and the sector's own department is the runner-up.
        if (territory.Code is not null && model.Territories[territory.Code].Kind == TerritoryKinds.Zone
            && model.Bodies.TryGetValue(territory.BodyCode!, out var zoneBody) && zoneBody.Kind == BodyKinds.Zone)
        {
            var zoneEvidence = new List<RoutingEvidence> { new("zone", territory.Name!, zoneBody.Name) };
            alternatives.AddRange(ranked.Where(s => s.Key != zoneBody.Code).Take(3).Select(s =>
                new RoutingAlternative("industry", s.Key, model.Bodies[s.Key].Name, Confidence(s.Value, 0, strong: 2.0) * 0.8, evidence[s.Key])));
            return (new RoutingOwner(zoneBody.Code, zoneBody.Name, zoneBody.Code, territory.Confidence, zoneEvidence) { BodyName = zoneBody.Name }, alternatives);
        }

        if (ranked.Count == 0)
        {
            // No sector can be told: the human resources and social security bureau owns it (it collects every lead).
            var hrss = model.Bodies.GetValueOrDefault(FallbackIndustry);
            return (new RoutingOwner(FallbackIndustry, hrss?.Name, FallbackIndustry, 0.5, [new RoutingEvidence("fallback", "", hrss?.Name)]) { BodyName = hrss?.Name }, alternatives);
        }

        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        var body = model.Bodies[top.Key];
        alternatives.AddRange(ranked.Skip(1).Take(3).Select(s => new RoutingAlternative("industry", s.Key, model.Bodies[s.Key].Name,
            Confidence(s.Value, top.Value, strong: 2.0), evidence[s.Key])));
        return (new RoutingOwner(body.Code, body.Name, body.Code, Confidence(top.Value, second, strong: 2.0), evidence[top.Key]) { BodyName = body.Name }, alternatives);
    }

    /// <summary>High when the evidence is strong in itself and clearly ahead of the runner-up.</summary>
    private static double Confidence(double score, double runnerUp, double strong) =>
        Math.Round(Math.Min(1.0, score / strong) * (score / (score + runnerUp)), 2);

    /// <summary>Occurrences of the items' words in <paramref name="source"/>, the longest first; a word inside a longer match is not counted again.</summary>
    private static List<(Match Match, T Item)> FindLongest<T>(string source, IReadOnlyList<T> items, Func<T, string> word, bool inAddress)
    {
        var found = new List<(Match, T)>();
        if (source.Length == 0) return found;
        var covered = new bool[source.Length];
        foreach (var item in items.OrderByDescending(i => word(i).Length))
        {
            var w = word(item);
            for (var at = source.IndexOf(w, StringComparison.Ordinal); at >= 0; at = source.IndexOf(w, at + 1, StringComparison.Ordinal))
            {
                if (covered.AsSpan(at, w.Length).Contains(true))
                {
                    // The same word again (another body's keyword) at exactly the same place is still a match.
                    if (!found.Any(f => f.Item1.Start == at && f.Item1.Length == w.Length)) continue;
                }
                covered.AsSpan(at, w.Length).Fill(true);
                found.Add((new Match(at, w.Length, w, inAddress), item));
            }
        }
        return found;
    }

    private static bool IsResidence(string source, Match match)
    {
        var before = source[Math.Max(0, match.Start - 4)..match.Start];
        var after = source[(match.Start + match.Length)..Math.Min(source.Length, match.Start + match.Length + 2)];
        return ResidenceCuesBefore.Any(c => before.Contains(c, StringComparison.Ordinal)) || ResidenceCuesAfter.Any(c => after.StartsWith(c, StringComparison.Ordinal));
    }

    private static string Normalize(string? value) => (value ?? "").Trim();
}
